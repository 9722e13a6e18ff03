import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { OfferingKind, OfferingStatus } from '../gql/graphql';

export interface OfferingLabels {
  kind(kind: OfferingKind): string;
  status(status: OfferingStatus): string;
  /** "1 januari 2026 t/m 31 december 2031", or "—" without dates. */
  period(from: string | null | undefined, until: string | null | undefined): string;
  /** Themes and subthemes as "1. Naam, 4.1 Naam". */
  scope(themes: readonly { code: string; name: string }[], subthemes: readonly { code: string; name: string }[]): string;
}

/** Texts for offerings in the current language. */
export function useOfferingLabels(): OfferingLabels {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  return useMemo(
    () => ({
      kind: (kind) => t(`offering.kinds.${kind}`),
      status: (status) => t(`offering.status.${status}`),
      period: (from, until) => (from && until ? t('offering.period', { from: labels.date(from), until: labels.date(until) }) : t('offering.noPeriod')),
      scope: (themes, subthemes) => [...themes.map((theme) => `${theme.code}. ${theme.name}`), ...subthemes.map((sub) => `${sub.code} ${sub.name}`)].join(', '),
    }),
    [t, labels],
  );
}
