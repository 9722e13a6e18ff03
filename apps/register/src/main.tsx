import { mountUi } from '@srpo/ui';
import { App } from './App';
import { createAppI18n } from './i18n/createAppI18n';

// No Apollo here: the pages that ask the API bring it (App.tsx).
mountUi(App, createAppI18n(), import.meta.env.BASE_URL);
