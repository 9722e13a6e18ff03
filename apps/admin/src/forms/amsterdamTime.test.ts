import { describe, expect, it } from 'vitest';
import { amsterdamInstant, sessionRange } from './amsterdamTime';

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

describe('sessionRange', () => {
  it('names the day, the date and both times in Dutch', () => {
    expect(sessionRange('2026-12-07T13:00:00Z', '2026-12-07T15:30:00Z', 'nl')).toBe('maandag 7 december 2026, 14:00–16:30');
  });
});
