import type { SameKeys } from '@srpo/ui';
import type { nlLegacyImport } from './nlLegacyImport';

/** English strings of the legacy import: the same keys as Dutch. */
export const enLegacyImport: SameKeys<typeof nlLegacyImport> = {
  legacyImport: {
    origin: 'Taken over from the old register on {{date}}',
  },
};
