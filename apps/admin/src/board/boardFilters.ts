import { DUE_WINDOW_MONTHS, dueWindowEnd, type CalendarDate, type DueWindowMonths } from '@srpo/domain';
import type { BoardOverviewQuery, RegistrationStatus } from '../gql/graphql';

/** The counts by status; each one filters the list. */
export const STATUS_FILTERS = ['ALL', 'ACTIVE', 'ASPIRANT', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED'] as const;
/** The counts of re-registrations falling due, one per window of the domain (6 and 12 months). */
export const DUE_FILTERS = DUE_WINDOW_MONTHS.map((months) => `DUE_${months}` as const);
export type BoardFilter = (typeof STATUS_FILTERS)[number] | `DUE_${DueWindowMonths}`;

export interface BoardFilterVariables {
  status: RegistrationStatus[] | null;
  aspirant: boolean | null;
  dueBefore: CalendarDate | null;
}

function dueMonths(filter: BoardFilter): DueWindowMonths | null {
  const match = /^DUE_(\d+)$/.exec(filter);
  return match ? (Number(match[1]) as DueWindowMonths) : null;
}

/**
 * The `boardLeaders` variables of a filter on `today`: the same selection the API counts in
 * `boardOverview` (a due window is a full registration, ACTIVE, due on or before the domain's window end).
 */
export function boardFilterVariables(filter: BoardFilter, today: CalendarDate): BoardFilterVariables {
  const months = dueMonths(filter);
  if (months !== null) return { status: ['ACTIVE'], aspirant: false, dueBefore: dueWindowEnd(today, months) };
  switch (filter) {
    case 'ACTIVE':
      return { status: ['ACTIVE'], aspirant: false, dueBefore: null };
    case 'ASPIRANT':
      return { status: ['ACTIVE'], aspirant: true, dueBefore: null };
    case 'CONDITIONAL':
    case 'EXPIRED':
    case 'DEREGISTERED':
      return { status: [filter], aspirant: null, dueBefore: null };
    default:
      return { status: null, aspirant: null, dueBefore: null };
  }
}

type Overview = BoardOverviewQuery['boardOverview'];

/** How many leaders a filter shows, from the board's overview. */
export function boardFilterCount(filter: BoardFilter, overview: Overview): number {
  const months = dueMonths(filter);
  if (months !== null) return overview.dueWithin.find((window) => window.months === months)?.count ?? 0;
  const active = overview.byStatus.find((row) => row.status === 'ACTIVE');
  switch (filter) {
    case 'ALL':
      return overview.leaders;
    case 'ACTIVE':
      return (active?.count ?? 0) - (active?.aspirants ?? 0);
    case 'ASPIRANT':
      return active?.aspirants ?? 0;
    default:
      return overview.byStatus.find((row) => row.status === filter)?.count ?? 0;
  }
}
