import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningRouteValue, QualificationLevelValue, RegistrationStatusValue, RegistrationTitleValue } from './registrationValues';

export interface RegistrationLabels {
  /**
   * Plain-language status: "Geregistreerd", "Onder voorwaarden", "Herregistratie verlopen", "Uitgeschreven";
   * for an aspirant "Aspirant", "Onder voorwaarden", "Aspirantperiode verlopen".
   */
  status(status: RegistrationStatusValue, aspirant?: boolean): string;
  /** Short title: "RDO", "RADO", "aspirant RDO". */
  title(title: RegistrationTitleValue, aspirant?: boolean): string;
  /** The title written out: "Registerdirecteur Onderwijs". */
  titleName(title: RegistrationTitleValue): string;
  /** The profession's level term: "basisbekwaam", "vakbekwaam", "master". */
  level(level: QualificationLevelValue): string;
  /** "formeel leren" / "informeel leren". */
  route(route: LearningRouteValue): string;
}

/** Texts for a registration's enums in the current language; shared by the public register and the portal. */
export function useRegistrationLabels(): RegistrationLabels {
  const { t } = useTranslation('ui');
  return useMemo(
    () => ({
      status: (status, aspirant = false) => t(aspirant ? `registration.aspirantStatus.${status}` : `registration.status.${status}`),
      title: (title, aspirant = false) => {
        const short = t(`registration.title.${title}`);
        return aspirant ? t('registration.aspirantTitle', { title: short }) : short;
      },
      titleName: (title) => t(`registration.titleName.${title}`),
      level: (level) => t(`registration.level.${level}`),
      route: (route) => t(`registration.route.${route}`),
    }),
    [t],
  );
}
