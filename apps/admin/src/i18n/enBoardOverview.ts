import type { SameKeys } from '@srpo/ui';
import type { nlBoardOverview } from './nlBoardOverview';

/** English strings of the board's overview. */
export const enBoardOverview: SameKeys<typeof nlBoardOverview> = {
  boardOverview: {
    title: 'Overview',
    asOf: 'As of {{date}}. Choose a number to show only those school leaders.',
    statusGroup: 'Status',
    dueGroup: 'Re-registration',
    filters: {
      ALL: 'All school leaders',
      ACTIVE: 'Registered',
      ASPIRANT: 'Aspirant',
      CONDITIONAL: 'Conditional',
      EXPIRED: 'Re-registration expired',
      DEREGISTERED: 'Deregistered',
      DUE_6: 'Re-registration within 6 months',
      DUE_12: 'Re-registration within 12 months',
    },
    notRegistered_one: '{{count}} school leader of your board is not registered (yet).',
    notRegistered_other: '{{count}} school leaders of your board are not registered (yet).',
    loadError: 'The overview could not be loaded.',
    themesColumn: 'Themes completed',
    themesOf: '{{completed}} of {{required}}',
    export: {
      label: 'Export',
      csv: 'Download as CSV',
      xlsx: 'Download as Excel (XLSX)',
      hint: 'All school leaders of your board, with status, re-registration date and themes.',
    },
  },
};
