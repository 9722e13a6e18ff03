import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment, ApiKeyScope } from '../gql/graphql';

export interface ApiKeyLabels {
  scope(scope: ApiKeyScope): string;
  /** Actief / Ingetrokken. */
  status(key: Pick<ApiKeyFieldsFragment, 'revokedAt'>): string;
  /** A moment as a Dutch (or English) date and time in Amsterdam: "29 november 2026 om 17:05". */
  moment(value: string): string;
  /** The last use, or "nooit gebruikt". */
  lastUsed(key: Pick<ApiKeyFieldsFragment, 'lastUsedAt'>): string;
  /** "1 verzoek", "12 verzoeken". */
  usage(count: number): string;
}

/** Texts of an API key in the current language. */
export function useApiKeyLabels(): ApiKeyLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    const numbers = new Intl.NumberFormat(language);
    const moment = (value: string) => format.format(new Date(value));
    return {
      scope: (scope) => t(`apiKeys.scopes.${scope}`),
      status: (key) => (key.revokedAt ? t('apiKeys.status.revoked') : t('apiKeys.status.active')),
      moment,
      lastUsed: (key) => (key.lastUsedAt ? moment(key.lastUsedAt) : t('apiKeys.neverUsed')),
      usage: (count) => t('apiKeys.usage', { count, formatted: numbers.format(count) }),
    };
  }, [t, language]);
}
