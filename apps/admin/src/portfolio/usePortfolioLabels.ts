import { formatEuroCents } from '@srpo/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { PortfolioCaseState } from '../gql/graphql';

export interface PortfolioLabels {
  state(state: PortfolioCaseState): string;
  /** Cents as euros the Dutch way ("€ 450,00"). */
  euro(cents: number): string;
  date(value: string): string;
  dateTime(value: string): string;
  /** Themes as "1. Persoonlijk leiderschap en 2. Regie & strategie". */
  themes(themes: readonly { code: string; name: string }[]): string;
}

/** Texts for portfolio cases in the current language. */
export function usePortfolioLabels(): PortfolioLabels {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const language = i18n.language;
  return useMemo(() => {
    const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    return {
      state: (state) => t(`portfolio.state.${state}`),
      euro: (cents) => formatEuroCents(cents, language),
      date: labels.date,
      dateTime: labels.dateTime,
      themes: (themes) => list.format(themes.map((theme) => `${theme.code}. ${theme.name}`)),
    };
  }, [t, language, labels]);
}
