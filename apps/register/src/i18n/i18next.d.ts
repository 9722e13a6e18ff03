import 'i18next';
import type { uiNl } from '@srpo/ui';
import type { nl } from './nl';
import type { nlApiDocs } from './nlApiDocs';
import type { nlOpenData } from './nlOpenData';
import type { nlStatistics } from './nlStatistics';
import type { nlWebhookDocs } from './nlWebhookDocs';
import type { nlVerification } from './nlVerification';

// Typed translation keys: `t('themes.title')` is checked against the Dutch strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      // The API and statistics pages' strings join the namespace when the page loads (i18n/pageStrings.ts).
      translation: typeof nl & typeof nlApiDocs & typeof nlOpenData & typeof nlStatistics & typeof nlWebhookDocs & typeof nlVerification;
      ui: typeof uiNl;
    };
  }
}
