/** Dutch strings of the legacy import (issue 11): the origin shown to staff on an imported leader's case file. */
export const nlLegacyImport = {
  legacyImport: {
    origin: 'Overgenomen uit het oude register op {{date}}',
  },
} as const;
