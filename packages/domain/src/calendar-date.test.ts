import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamInstant,
  addDuration,
  addMonths,
  addWeeks,
  addYears,
  calendarDate,
  calendarDateParts,
  compareCalendarDates,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  fromEpochDay,
  isValidCalendarDate,
  isWithin,
  maxDate,
  minDate,
  parseCalendarDate,
  parseDutchOrIsoDate,
  subtractDuration,
  toEpochDay,
  timeInAmsterdam,
  todayInAmsterdam,
} from './calendar-date';
import { arbDate, d } from './test-support';

describe('parseCalendarDate / isValidCalendarDate', () => {
  it.each([
    ['2018-01-01', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2019-02-29', false],
    ['2018-04-31', false],
    ['2018-13-01', false],
    ['2018-00-10', false],
    ['2018-1-01', false],
    ['2018-01-01T00:00:00Z', false],
    [' 2018-01-01', false],
    ['0000-01-01', false],
    ['', false],
  ])('%s → valid %s', (value, valid) => {
    expect(isValidCalendarDate(value)).toBe(valid);
    expect(parseCalendarDate(value)).toBe(valid ? value : null);
  });

  it('calendarDate throws on invalid input', () => {
    expect(() => calendarDate('2018-02-30')).toThrow(RangeError);
  });

  it('formats and splits', () => {
    expect(formatCalendarDate(2018, 3, 5)).toBe('2018-03-05');
    expect(formatCalendarDate(987, 12, 31)).toBe('0987-12-31');
    expect(calendarDateParts(d('2018-03-05'))).toEqual({ year: 2018, month: 3, day: 5 });
    expect(() => formatCalendarDate(2019, 2, 29)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2018-01-01', 17532],
  ])('toEpochDay(%s) = %i', (date, epochDay) => {
    expect(toEpochDay(d(date))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(date);
  });

  it.each([
    ['2018-12-31', 1, '2019-01-01'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2017-02-28', 1, '2017-03-01'],
    ['2018-03-01', -1, '2018-02-28'],
    ['2018-03-25', 1, '2018-03-26'], // DST start in Europe: still exactly one day
    ['2018-10-28', 1, '2018-10-29'], // DST end
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  it('addWeeks and daysBetween', () => {
    expect(addWeeks(d('2018-01-10'), 6)).toBe('2018-02-21');
    expect(daysBetween(d('2018-01-10'), d('2018-02-21'))).toBe(42);
    expect(daysBetween(d('2018-02-21'), d('2018-01-10'))).toBe(-42);
  });

  it('daysInMonth', () => {
    expect([daysInMonth(2016, 2), daysInMonth(2017, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2018, 4)]).toEqual([29, 28, 28, 29, 30]);
  });
});

describe('month and year arithmetic (end-of-month clamping)', () => {
  it.each([
    ['2018-01-31', 1, '2018-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2018-03-31', 1, '2018-04-30'],
    ['2018-08-31', 6, '2019-02-28'],
    ['2018-08-31', -6, '2018-02-28'],
    ['2018-01-15', -1, '2017-12-15'],
    ['2018-12-15', 1, '2019-01-15'],
    ['2018-05-31', 0, '2018-05-31'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(d(date), months)).toBe(expected);
  });

  it.each([
    ['2016-02-29', 4, '2020-02-29'],
    ['2016-02-29', 1, '2017-02-28'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2014-03-01', 4, '2018-03-01'],
    ['2015-12-31', 4, '2019-12-31'],
  ])('addYears(%s, %i) = %s', (date, years, expected) => {
    expect(addYears(d(date), years)).toBe(expected);
  });

  it('durations: months first, then weeks/days', () => {
    expect(addDuration(d('2018-01-31'), { months: 1, days: 1 })).toBe('2018-03-01');
    expect(subtractDuration(d('2018-08-31'), { months: 6 })).toBe('2018-02-28');
    expect(subtractDuration(d('2018-03-01'), { weeks: 12 })).toBe('2017-12-07');
  });
});

describe('comparison', () => {
  it('compares, min, max, isWithin', () => {
    expect(compareCalendarDates(d('2018-01-01'), d('2018-01-02'))).toBe(-1);
    expect(compareCalendarDates(d('2018-01-02'), d('2018-01-02'))).toBe(0);
    expect(compareCalendarDates(d('2019-01-01'), d('2018-12-31'))).toBe(1);
    expect(minDate(d('2018-05-01'), d('2017-01-01'), d('2019-01-01'))).toBe('2017-01-01');
    expect(maxDate(d('2018-05-01'), d('2017-01-01'), d('2019-01-01'))).toBe('2019-01-01');
    expect(isWithin(d('2018-01-01'), d('2018-01-01'), d('2018-01-31'))).toBe(true);
    expect(isWithin(d('2018-01-31'), d('2018-01-01'), d('2018-01-31'))).toBe(true);
    expect(isWithin(d('2018-02-01'), d('2018-01-01'), d('2018-01-31'))).toBe(false);
    expect(isWithin(d('2099-01-01'), d('2018-01-01'), null)).toBe(true);
  });
});

describe('timeInAmsterdam', () => {
  it.each([
    ['2018-01-15T08:30:00Z', '09:30'],
    ['2018-07-15T08:30:00Z', '10:30'],
    ['2018-01-15T23:05:00Z', '00:05'],
  ])('%s → %s', (instant, expected) => {
    expect(timeInAmsterdam(new Date(instant))).toBe(expected);
  });
});

describe('todayInAmsterdam', () => {
  it.each([
    // winter (CET, UTC+1)
    ['2018-01-15T22:00:00Z', '2018-01-15 23:00 Amsterdam', '2018-01-15'],
    ['2018-01-15T23:00:00Z', '2018-01-16 00:00 Amsterdam', '2018-01-16'],
    ['2018-01-16T00:00:00Z', '2018-01-16 01:00 Amsterdam', '2018-01-16'],
    ['2018-01-15T22:59:59Z', '2018-01-15 23:59:59 Amsterdam', '2018-01-15'],
    // summer (CEST, UTC+2)
    ['2018-07-15T21:00:00Z', '2018-07-15 23:00 Amsterdam', '2018-07-15'],
    ['2018-07-15T23:00:00Z', '2018-07-16 01:00 Amsterdam', '2018-07-16'],
    ['2018-07-15T22:00:00Z', '2018-07-16 00:00 Amsterdam', '2018-07-16'],
    // DST start 2018-03-25 (02:00 CET → 03:00 CEST)
    ['2018-03-24T22:00:00Z', '2018-03-24 23:00 CET', '2018-03-24'],
    ['2018-03-25T00:00:00Z', '2018-03-25 01:00 CET', '2018-03-25'],
    ['2018-03-25T21:00:00Z', '2018-03-25 23:00 CEST', '2018-03-25'],
    ['2018-03-25T23:00:00Z', '2018-03-26 01:00 CEST', '2018-03-26'],
    // DST end 2018-10-28 (03:00 CEST → 02:00 CET)
    ['2018-10-27T21:00:00Z', '2018-10-27 23:00 CEST', '2018-10-27'],
    ['2018-10-27T23:00:00Z', '2018-10-28 01:00 CEST', '2018-10-28'],
    ['2018-10-28T22:00:00Z', '2018-10-28 23:00 CET', '2018-10-28'],
    ['2018-10-29T00:00:00Z', '2018-10-29 01:00 CET', '2018-10-29'],
    // year boundary
    ['2017-12-31T23:30:00Z', '2018-01-01 00:30 Amsterdam', '2018-01-01'],
  ])('%s (%s) → %s', (instant, _local, expected) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid instant', () => {
    expect(() => todayInAmsterdam(new Date('nonsense'))).toThrow(RangeError);
  });

  it('property: the Amsterdam date is the UTC date or the day after (UTC+1/UTC+2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const now = new Date(ms);
        const utcDate = d(now.toISOString().slice(0, 10));
        const local = todayInAmsterdam(now);
        expect([utcDate, addDays(utcDate, 1)]).toContain(local);
        // 03:00 UTC is always the same day in Amsterdam.
        const threeAm = new Date(`${utcDate}T03:00:00Z`);
        expect(todayInAmsterdam(threeAm)).toBe(utcDate);
      }),
    );
  });
});

describe('properties', () => {
  it('format(parse(x)) round-trips and epoch days are consecutive', () => {
    fc.assert(
      fc.property(arbDate(), (date) => {
        expect(parseCalendarDate(date)).toBe(date);
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
        expect(toEpochDay(addDays(date, 1)) - toEpochDay(date)).toBe(1);
      }),
    );
  });

  it('addDays agrees with a Date.UTC reference and is invertible', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const { year, month, day } = calendarDateParts(date);
        const reference = new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
        expect(addDays(date, days)).toBe(reference);
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('compare agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(arbDate(), arbDate(), (a, b) => {
        expect(compareCalendarDates(a, b)).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });

  it('addMonths is monotonic: a ≤ b ⇒ addMonths(a, n) ≤ addMonths(b, n)', () => {
    fc.assert(
      fc.property(arbDate(), arbDate(), fc.integer({ min: -120, max: 120 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addMonths(lo, n) <= addMonths(hi, n)).toBe(true);
      }),
    );
  });

  it('addMonths moves exactly n months and never past the month end', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -120, max: 120 }), (date, n) => {
        const from = calendarDateParts(date);
        const to = calendarDateParts(addMonths(date, n));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(n);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('addMonths is strictly increasing in n for a fixed date', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -60, max: 60 }), (date, n) => {
        expect(addMonths(date, n) < addMonths(date, n + 1)).toBe(true);
      }),
    );
  });

  it('addYears(x, 4) keeps month and day except 29 Feb in a non-leap target', () => {
    fc.assert(
      fc.property(arbDate('1990-01-01', '2090-12-31'), (date) => {
        const from = calendarDateParts(date);
        const to = calendarDateParts(addYears(date, 4));
        expect(to.year).toBe(from.year + 4);
        expect(to.month).toBe(from.month);
        expect(to.day).toBe(from.day); // every 4th year is leap between 1990 and 2094
      }),
    );
  });
});

describe('parseDutchOrIsoDate', () => {
  it.each([
    ['31-12-2020', '2020-12-31'],
    ['1-5-2024', '2024-05-01'],
    ['01/05/2024', '2024-05-01'],
    ['1.5.2024', '2024-05-01'],
    [' 29-02-2024 ', '2024-02-29'],
    ['2020-12-31', '2020-12-31'],
    ['2024-5-1', '2024-05-01'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDutchOrIsoDate(text)).toBe(expected);
  });

  it.each(['31-02-2024', '29-02-2023', '2023-02-29', '32-01-2024', '1-13-2024', '00-01-2024', '31-12-20', '1-5/2024', '2024/05/01', '20201231', '', 'gisteren', '31-12-2020x', '0000-01-01'])(
    'refuses %j',
    (text) => {
      expect(parseDutchOrIsoDate(text)).toBeNull();
    },
  );

  it('reads back every date it formats, both ways', () => {
    fc.assert(
      fc.property(arbDate(), (date) => {
        const { year, month, day } = calendarDateParts(date);
        expect(parseDutchOrIsoDate(date)).toBe(date);
        expect(parseDutchOrIsoDate(`${day}-${month}-${String(year).padStart(4, '0')}`)).toBe(date);
      }),
    );
  });
});

describe('amsterdamInstant', () => {
  it('reads the time on the Dutch clock, in winter and in summer time', () => {
    expect(amsterdamInstant('2026-12-07', '14:00')).toBe('2026-12-07T13:00:00.000Z');
    expect(amsterdamInstant('2027-06-15', '09:30')).toBe('2027-06-15T07:30:00.000Z');
  });

  it('handles the night of the switch to summer time', () => {
    expect(amsterdamInstant('2027-03-28', '01:30')).toBe('2027-03-28T00:30:00.000Z');
    expect(amsterdamInstant('2027-03-28', '04:00')).toBe('2027-03-28T02:00:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(amsterdamInstant('2027-02-30', '10:00')).toBeNull();
    expect(amsterdamInstant('2027-02-03', '24:00')).toBeNull();
    expect(amsterdamInstant('', '10:00')).toBeNull();
    expect(amsterdamInstant('2027-02-03', '')).toBeNull();
  });
});
