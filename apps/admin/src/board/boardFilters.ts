import { addMonths, type CalendarDate } from '@srpo/domain';
import type { RegistrationStatus } from '../gql/graphql';

export const BOARD_FILTERS = ['ALL', 'CONDITIONAL', 'EXPIRED', 'DUE_SOON'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

/** Months ahead for "Herregistratie binnen 6 maanden". */
export const DUE_SOON_MONTHS = 6;

/** The `boardLeaders` variables of a filter on `today`. */
export function boardFilterVariables(filter: BoardFilter, today: CalendarDate): { status: RegistrationStatus[] | null; dueBefore: CalendarDate | null } {
  switch (filter) {
    case 'CONDITIONAL':
      return { status: ['CONDITIONAL'], dueBefore: null };
    case 'EXPIRED':
      return { status: ['EXPIRED'], dueBefore: null };
    case 'DUE_SOON':
      return { status: ['ACTIVE'], dueBefore: addMonths(today, DUE_SOON_MONTHS) };
    default:
      return { status: null, dueBefore: null };
  }
}
