import { createI18n, type CreateI18nOptions } from '@srpo/ui';
import { en } from './en';
import { nl } from './nl';

/** The register's i18n: its own strings plus the shared ones; Dutch unless the visitor chose English. */
export function createAppI18n(options: Omit<CreateI18nOptions, 'resources'> = {}) {
  return createI18n({ ...options, resources: { nl, en } });
}
