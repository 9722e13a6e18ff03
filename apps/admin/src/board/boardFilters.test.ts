import { calendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { boardFilterVariables } from './boardFilters';

describe('board filters', () => {
  const today = calendarDate('2026-08-31');

  it('asks for a status, or for registrations due within six months (end of month clamped)', () => {
    expect(boardFilterVariables('ALL', today)).toEqual({ status: null, dueBefore: null });
    expect(boardFilterVariables('CONDITIONAL', today)).toEqual({ status: ['CONDITIONAL'], dueBefore: null });
    expect(boardFilterVariables('EXPIRED', today)).toEqual({ status: ['EXPIRED'], dueBefore: null });
    expect(boardFilterVariables('DUE_SOON', today)).toEqual({ status: ['ACTIVE'], dueBefore: '2027-02-28' });
  });
});
