import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { sessionRange } from '../forms/amsterdamTime';

export interface PeerLabels {
  /** "maandag 7 december 2026, 14:00–16:30". */
  session(session: { startsAt: string; endsAt: string }): string;
  /** A moment, e.g. a deadline: "9 december 2026 om 16:30". */
  moment(value: string): string;
  /** A calendar date: "7 december 2026". */
  date(value: string): string;
  /** "Thema 3. Kwaliteitszorg". */
  theme(theme: { code: string; name: string }): string;
}

/** Texts for peer-validation sessions in the current language (Dutch time, whatever the browser's zone). */
export function usePeerLabels(): PeerLabels {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const language = i18n.language;
  return useMemo(
    () => ({
      session: ({ startsAt, endsAt }) => sessionRange(startsAt, endsAt, language),
      moment: labels.dateTime,
      date: labels.date,
      theme: ({ code, name }) => t('peer.theme', { code, name }),
    }),
    [t, labels, language],
  );
}
