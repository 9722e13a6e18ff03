import { describe, expect, it } from 'vitest';
import { explainStatus, themesPeriodOf } from './statusExplanation';

describe('explainStatus', () => {
  it('gives the due date of an active registration', () => {
    expect(explainStatus({ status: 'ACTIVE', aspirant: false, reRegistrationDue: '2028-03-01', expiresOn: '2028-09-01' })).toEqual({ kind: 'active', due: '2028-03-01' });
  });

  it('takes the end of the six conditional months from the API, not from a sum of its own', () => {
    // The API's expiresOn wins: the page does no date arithmetic (it used to add six months itself).
    expect(explainStatus({ status: 'CONDITIONAL', aspirant: false, reRegistrationDue: '2026-08-01', expiresOn: '2027-02-02' })).toEqual({
      kind: 'conditional',
      due: '2026-08-01',
      until: '2027-02-02',
    });
    expect(explainStatus({ status: 'EXPIRED', aspirant: false, reRegistrationDue: '2025-08-31', expiresOn: '2026-02-28' })).toEqual({
      kind: 'expired',
      due: '2025-08-31',
      since: '2026-02-28',
    });
  });

  it('describes an aspirant by the end of the programme, also once it has passed (not as a late re-registration)', () => {
    expect(explainStatus({ status: 'ACTIVE', aspirant: true, reRegistrationDue: null, aspirantUntil: '2027-08-31', expiresOn: '2028-03-01' })).toEqual({
      kind: 'aspirant',
      until: '2027-08-31',
    });
    expect(explainStatus({ status: 'CONDITIONAL', aspirant: true, aspirantUntil: '2023-08-31', expiresOn: '2024-03-01' })).toEqual({
      kind: 'aspirantConditional',
      until: '2023-08-31',
      expiresOn: '2024-03-01',
    });
    expect(explainStatus({ status: 'EXPIRED', aspirant: true, aspirantUntil: '2023-08-31', expiresOn: '2024-03-01' })).toEqual({
      kind: 'aspirantExpired',
      until: '2023-08-31',
      since: '2024-03-01',
    });
  });

  it('gives the deregistration date, and falls back to a sentence without dates when one is missing', () => {
    expect(explainStatus({ status: 'DEREGISTERED', aspirant: false, deregisteredOn: '2019-01-01' })).toEqual({ kind: 'deregistered', on: '2019-01-01' });
    expect(explainStatus({ status: 'EXPIRED', aspirant: false, reRegistrationDue: null })).toEqual({ kind: 'lapsed' });
  });
});

describe('themesPeriodOf', () => {
  it('names the period whose themes are listed', () => {
    expect(themesPeriodOf({ status: 'ACTIVE', aspirant: false })).toBe('current');
    expect(themesPeriodOf({ status: 'CONDITIONAL', aspirant: false })).toBe('current');
    expect(themesPeriodOf({ status: 'ACTIVE', aspirant: true })).toBe('aspirant');
    expect(themesPeriodOf({ status: 'EXPIRED', aspirant: true })).toBe('aspirant');
    expect(themesPeriodOf({ status: 'EXPIRED', aspirant: false })).toBe('expired');
    expect(themesPeriodOf({ status: 'DEREGISTERED', aspirant: false })).toBe('deregistered');
  });
});
