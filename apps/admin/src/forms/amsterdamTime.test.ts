import { describe, expect, it } from 'vitest';
import { sessionRange } from './amsterdamTime';

describe('sessionRange', () => {
  it('names the day, the date and both times in Dutch', () => {
    expect(sessionRange('2026-12-07T13:00:00Z', '2026-12-07T15:30:00Z', 'nl')).toBe('maandag 7 december 2026, 14:00–16:30');
  });
});
