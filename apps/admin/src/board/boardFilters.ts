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

/** The alias of each filter in `BoardFilterCounts`. */
export const BOARD_FILTER_COUNT_ALIAS = { ALL: 'all', CONDITIONAL: 'conditional', EXPIRED: 'expired', DUE_SOON: 'dueSoon' } as const satisfies Record<BoardFilter, string>;

/** Variables of `BoardFilterCounts`: each filter's own `status` and `dueBefore`, prefixed with its alias. */
export function boardFilterCountVariables(today: CalendarDate): Record<string, RegistrationStatus[] | CalendarDate | null> {
  return Object.fromEntries(
    BOARD_FILTERS.flatMap((filter) => {
      const alias = BOARD_FILTER_COUNT_ALIAS[filter];
      const { status, dueBefore } = boardFilterVariables(filter, today);
      return [
        [`${alias}Status`, status],
        [`${alias}DueBefore`, dueBefore],
      ];
    }),
  );
}
