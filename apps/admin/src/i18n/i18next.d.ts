import 'i18next';
import type { uiNl } from '@srpo/ui';
import type { nl } from './nl';

// Typed translation keys: `t('themes.title')` is checked against the Dutch strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof nl;
      ui: typeof uiNl;
    };
  }
}
