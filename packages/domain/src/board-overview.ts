import { addMonths, isAfter, type CalendarDate } from './calendar-date';
import type { RegistrationStatus } from './enums';

/**
 * How far ahead a board looks for re-registrations that fall due (its overview counts and the monthly
 * digest): six months (the first reminder goes out then, §3.3) and twelve months (time to plan training).
 */
export const DUE_WINDOW_MONTHS = [6, 12] as const;
export type DueWindowMonths = (typeof DUE_WINDOW_MONTHS)[number];

/** The last due date inside the window of `months` from `today` (end of month clamped: 31 August + 6 = 28/29 February). */
export function dueWindowEnd(today: CalendarDate, months: number): CalendarDate {
  return addMonths(today, months);
}

/** What the window rule needs to know of a leader's registration today. */
export interface DueWindowEntry {
  readonly status: RegistrationStatus | null;
  readonly aspirant: boolean;
  /** The current period's effective due date (after deferrals). */
  readonly dueDate: CalendarDate | null;
}

/**
 * Whether a registration's re-registration falls due within `months` from `today`: a full registration
 * that is ACTIVE today (so not yet due) whose due date is on or before {@link dueWindowEnd}. An
 * aspirant's period ends without a re-registration, and a registration already past its due date is
 * CONDITIONAL or EXPIRED (counted as such), so neither is "due".
 */
export function isReRegistrationDueWithin(entry: DueWindowEntry, today: CalendarDate, months: number): boolean {
  return entry.status === 'ACTIVE' && !entry.aspirant && entry.dueDate !== null && !isAfter(entry.dueDate, dueWindowEnd(today, months));
}
