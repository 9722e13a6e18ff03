import { createI18n, type CreateI18nOptions } from '@srpo/ui';
import { nl } from './nl';

/**
 * The portal's i18n: its own strings plus the shared ones; Dutch unless the user chose English. English comes as its
 * own chunk on first use (a fifth of the first visit's JavaScript otherwise).
 */
export function createAppI18n(options: Omit<CreateI18nOptions, 'resources'> = {}) {
  return createI18n({ ...options, resources: { nl, en: () => import('./en').then((module) => module.en) } });
}
