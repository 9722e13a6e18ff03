import { calendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { asOfFieldText, readAsOf } from './asOfDate';

const today = calendarDate('2026-11-29');

describe('readAsOf', () => {
  it('accepts a date typed the Dutch way, and the API’s way', () => {
    expect(readAsOf('31-12-2020', today)).toEqual({ kind: 'date', date: '2020-12-31' });
    expect(readAsOf(' 1-5-2024 ', today)).toEqual({ kind: 'date', date: '2024-05-01' });
    expect(readAsOf('2020-12-31', today)).toEqual({ kind: 'date', date: '2020-12-31' });
  });

  it('refuses an impossible date and a date after today', () => {
    expect(readAsOf('31-02-2024', today)).toEqual({ kind: 'invalid' });
    expect(readAsOf('morgen', today)).toEqual({ kind: 'invalid' });
    expect(readAsOf('01-01-2031', today)).toEqual({ kind: 'future', date: '2031-01-01' });
    expect(readAsOf('29-11-2026', today)).toEqual({ kind: 'date', date: '2026-11-29' });
    expect(readAsOf('', today)).toEqual({ kind: 'none' });
    expect(readAsOf(null, today)).toEqual({ kind: 'none' });
  });
});

describe('asOfFieldText', () => {
  it('writes the date the Dutch way', () => {
    expect(asOfFieldText(calendarDate('2020-01-05'))).toBe('05-01-2020');
  });
});
