import type { CalendarDate } from './calendar-date';

/** A stretch of days with one value: from `validFrom` up to but not including `validTo` (null: no end). */
export interface TimelineSegment<T> {
  readonly validFrom: CalendarDate;
  readonly validTo: CalendarDate | null;
  readonly value: T;
}

/** More change days than any history has: a `nextChangeAfter` that never stops is a bug, not data. */
const MAX_CHANGES = 10_000;

/**
 * The values of a day-by-day function over all dates from `start`, as segments: `valueOn(date)` is
 * evaluated on `start` and then on each day `nextChangeAfter(date)` names (the first later day on
 * which the value may differ; null: never), so between two such days the value is the one of the
 * first. Days with no value (null) have no segment; equal neighbours (`same`) are merged. Lets a
 * statistic for any date count stored segments instead of re-running a rule per leader and date.
 */
export function timelineSegments<T>(
  start: CalendarDate,
  valueOn: (date: CalendarDate) => T | null,
  nextChangeAfter: (date: CalendarDate) => CalendarDate | null,
  same: (a: T, b: T) => boolean,
): TimelineSegment<T>[] {
  const segments: { validFrom: CalendarDate; validTo: CalendarDate | null; value: T }[] = [];
  let date: CalendarDate | null = start;
  for (let step = 0; date !== null; step += 1) {
    if (step >= MAX_CHANGES) throw new Error(`timelineSegments: more than ${MAX_CHANGES} changes after ${start}`);
    const value = valueOn(date);
    const next = nextChangeAfter(date);
    if (next !== null && next <= date) throw new Error(`timelineSegments: next change ${next} is not after ${date}`);
    const last = segments[segments.length - 1];
    if (value === null) {
      // A gap: the previous segment ends here.
    } else if (last && last.validTo === date && same(last.value, value)) {
      last.validTo = next;
    } else {
      segments.push({ validFrom: date, validTo: next, value });
    }
    date = next;
  }
  return segments;
}
