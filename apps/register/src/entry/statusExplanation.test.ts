import { calendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { explainStatus } from './statusExplanation';

const today = calendarDate('2026-10-01');

describe('explainStatus', () => {
  it('gives the due date of an active registration', () => {
    expect(explainStatus({ status: 'ACTIVE', aspirant: false, reRegistrationDue: '2028-03-01' }, today)).toEqual({ kind: 'active', due: '2028-03-01' });
    expect(explainStatus({ status: 'ACTIVE', aspirant: true, reRegistrationDue: '2027-08-01' }, today)).toEqual({ kind: 'aspirant' });
  });

  it('gives the end of the six conditional months', () => {
    expect(explainStatus({ status: 'CONDITIONAL', aspirant: false, reRegistrationDue: '2026-08-01' }, today)).toEqual({
      kind: 'conditional',
      due: '2026-08-01',
      until: '2027-02-01',
    });
  });

  it('gives the day an expired registration lapsed', () => {
    expect(explainStatus({ status: 'EXPIRED', aspirant: false, reRegistrationDue: '2025-08-31' }, today)).toEqual({
      kind: 'expired',
      due: '2025-08-31',
      since: '2026-02-28',
    });
  });

  it('falls back to a sentence without dates when the due date is missing', () => {
    expect(explainStatus({ status: 'EXPIRED', aspirant: false, reRegistrationDue: null }, today)).toEqual({ kind: 'lapsed' });
    expect(explainStatus({ status: 'DEREGISTERED', aspirant: false }, today)).toEqual({ kind: 'deregistered' });
  });
});
