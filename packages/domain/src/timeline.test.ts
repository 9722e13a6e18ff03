import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, type CalendarDate } from './calendar-date';
import { timelineSegments } from './timeline';

const d = calendarDate;

describe('timelineSegments', () => {
  // A value that changes on fixed days: null before 2020-01-01, 'A' until 2021-01-01, 'A' again
  // (a change day without a change) until 2022-01-01, none for a year, then 'B' for ever.
  const changes: [CalendarDate, string | null][] = [
    [d('2020-01-01'), 'A'],
    [d('2021-01-01'), 'A'],
    [d('2022-01-01'), null],
    [d('2023-01-01'), 'B'],
  ];
  const valueOn = (date: CalendarDate) => [...changes].reverse().find(([from]) => from <= date)?.[1] ?? null;
  const nextChangeAfter = (date: CalendarDate) => changes.map(([from]) => from).find((from) => from > date) ?? null;

  it('merges equal neighbours, leaves gaps out and ends the last segment never', () => {
    expect(timelineSegments(d('2019-06-01'), valueOn, nextChangeAfter, (a, b) => a === b)).toEqual([
      { validFrom: '2020-01-01', validTo: '2022-01-01', value: 'A' },
      { validFrom: '2023-01-01', validTo: null, value: 'B' },
    ]);
  });

  it('refuses a next change that is not later (it would never end)', () => {
    expect(() => timelineSegments(d('2020-01-01'), () => 'A', (date) => date, () => true)).toThrow(/not after/);
    expect(() => timelineSegments(d('2020-01-01'), () => 'A', (date) => addDays(date, 1), () => false)).toThrow(/more than/);
  });
});
