import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, todayIsoDate } from './dates';

describe('formatDate', () => {
  it('formats an API date in Dutch and English without shifting the day', () => {
    expect(formatDate('2014-01-01', 'nl')).toBe('1 januari 2014');
    expect(formatDate('2014-01-01', 'en')).toBe('January 1, 2014');
    expect(formatDate('2025-12-31', 'nl')).toBe('31 december 2025');
  });

  it('returns anything that is not an API date unchanged', () => {
    expect(formatDate('morgen', 'nl')).toBe('morgen');
  });
});

describe('formatDateTime', () => {
  it('formats an API moment in Amsterdam time, in Dutch and English', () => {
    expect(formatDateTime('2026-11-30T08:05:00.000Z', 'nl')).toBe('30 november 2026 om 09:05');
    expect(formatDateTime('2026-07-01T08:05:00.000Z', 'nl')).toBe('1 juli 2026 om 10:05');
    expect(formatDateTime('2026-11-30T08:05:00.000Z', 'en')).toBe('November 30, 2026 at 9:05 AM');
    expect(formatDateTime('straks', 'nl')).toBe('straks');
  });
});

describe('formatMonth', () => {
  it('names the month in Dutch and English, long or short, without shifting it', () => {
    expect(formatMonth('2018-03-01', 'nl')).toBe('maart 2018');
    expect(formatMonth('2018-03-01', 'nl', { short: true })).toBe('mrt 2018');
    expect(formatMonth('2018-12-31', 'en')).toBe('December 2018');
    expect(formatMonth('volgende maand', 'nl')).toBe('volgende maand');
  });
});

describe('todayIsoDate', () => {
  it('uses the local calendar day', () => {
    expect(todayIsoDate(new Date(2024, 1, 9, 23, 59))).toBe('2024-02-09');
  });
});
