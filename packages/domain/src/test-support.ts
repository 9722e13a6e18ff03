import fc from 'fast-check';
import { fromEpochDay, toEpochDay, calendarDate, type CalendarDate } from './calendar-date';

/** Shorthand for literal dates in tests. */
export const d = (value: string): CalendarDate => calendarDate(value);

/** Arbitrary calendar dates between two bounds (inclusive). */
export function arbDate(from = '1990-01-01', until = '2100-12-31'): fc.Arbitrary<CalendarDate> {
  return fc.integer({ min: toEpochDay(d(from)), max: toEpochDay(d(until)) }).map(fromEpochDay);
}
