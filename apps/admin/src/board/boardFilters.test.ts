import { calendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { BOARD_OVERVIEW as OVERVIEW } from '../test/boardOverviewFixture';
import { boardFilterCount, boardFilterVariables } from './boardFilters';

describe('board filters', () => {
  const today = calendarDate('2026-08-31');

  it('ask for a status, aspirants or not, or full registrations due within a window (end of month clamped)', () => {
    expect(boardFilterVariables('ALL', today)).toEqual({ status: null, aspirant: null, dueBefore: null });
    expect(boardFilterVariables('ACTIVE', today)).toEqual({ status: ['ACTIVE'], aspirant: false, dueBefore: null });
    expect(boardFilterVariables('ASPIRANT', today)).toEqual({ status: ['ACTIVE'], aspirant: true, dueBefore: null });
    expect(boardFilterVariables('EXPIRED', today)).toEqual({ status: ['EXPIRED'], aspirant: null, dueBefore: null });
    expect(boardFilterVariables('DUE_6', today)).toEqual({ status: ['ACTIVE'], aspirant: false, dueBefore: '2027-02-28' });
    expect(boardFilterVariables('DUE_12', today)).toEqual({ status: ['ACTIVE'], aspirant: false, dueBefore: '2027-08-31' });
  });

  it('count what each filter lists: registered without the aspirants, aspirants apart', () => {
    expect(boardFilterCount('ALL', OVERVIEW)).toBe(12);
    expect(boardFilterCount('ACTIVE', OVERVIEW)).toBe(5);
    expect(boardFilterCount('ASPIRANT', OVERVIEW)).toBe(2);
    expect(boardFilterCount('CONDITIONAL', OVERVIEW)).toBe(2);
    expect(boardFilterCount('DUE_6', OVERVIEW)).toBe(1);
    expect(boardFilterCount('DUE_12', OVERVIEW)).toBe(3);
  });
});
