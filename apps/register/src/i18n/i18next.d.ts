import 'i18next';
import type { uiNl } from '@srpo/ui';
import type { nl } from './nl';
import type { nlApiDocs } from './nlApiDocs';
import type { nlOpenData } from './nlOpenData';

// Typed translation keys: `t('themes.title')` is checked against the Dutch strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      // The API page's strings join the namespace when that page loads (api-docs/apiDocsStrings.ts).
      translation: typeof nl & typeof nlApiDocs & typeof nlOpenData;
      ui: typeof uiNl;
    };
  }
}
