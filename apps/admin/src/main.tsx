import { mountApp } from '@srpo/ui';
import { App } from './App';
import { createAppI18n } from './i18n/createAppI18n';

mountApp(App, createAppI18n(), import.meta.env.BASE_URL);
