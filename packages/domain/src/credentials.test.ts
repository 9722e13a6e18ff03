import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialPeriodOn, credentialStandingOn, STATUS_LIST_SIZE, statusListPosition } from './credentials';
import type { RegistrationFacts } from './registration-status';
import { arbDate, d } from './test-support';

function registration(overrides: Partial<RegistrationFacts> = {}): RegistrationFacts {
  return { registeredOn: d('2020-03-01'), title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reRegistrations: [], deferrals: [], ...overrides };
}

describe('credentialPeriodOn: what a credential is issued for', () => {
  it('is the current period while the leader is registered (ACTIVE or CONDITIONAL)', () => {
    expect(credentialPeriodOn(registration(), d('2021-01-01'))).toEqual({ startsOn: '2020-03-01', aspirant: false });
    expect(credentialPeriodOn(registration(), d('2024-03-01'))).toEqual({ startsOn: '2020-03-01', aspirant: false });
  });

  it('is nothing before registration, once expired or deregistered', () => {
    expect(credentialPeriodOn(registration(), d('2020-02-29'))).toBeNull();
    expect(credentialPeriodOn(registration(), d('2024-09-01'))).toBeNull();
    expect(credentialPeriodOn(registration({ deregisteredOn: d('2022-01-01') }), d('2022-01-01'))).toBeNull();
  });

  it('is the new period after a re-registration, and an aspirant period says so', () => {
    expect(credentialPeriodOn(registration({ reRegistrations: [{ approvedOn: d('2024-01-10') }] }), d('2024-01-10'))).toEqual({ startsOn: '2024-01-10', aspirant: false });
    const aspirant = registration({ aspirant: true, aspirantUntil: d('2021-12-31') });
    expect(credentialPeriodOn(aspirant, d('2021-06-01'))).toEqual({ startsOn: '2020-03-01', aspirant: true });
  });
});

describe('credentialStandingOn: valid or revoked, as of a date', () => {
  it('is VALID in its period, CONDITIONAL months included, until the last day before expiry', () => {
    expect(credentialStandingOn(registration(), d('2020-03-01'), d('2024-08-31'))).toEqual({
      status: 'VALID',
      revocation: null,
      validFrom: '2020-03-01',
      validUntil: '2024-08-31',
    });
  });

  it('is NOT_YET_VALID before the period starts', () => {
    expect(credentialStandingOn(registration(), d('2020-03-01'), d('2020-02-01'))).toMatchObject({ status: 'NOT_YET_VALID', validUntil: null });
  });

  it('is REVOKED (EXPIRED) once the registration expired', () => {
    expect(credentialStandingOn(registration(), d('2020-03-01'), d('2024-09-01'))).toMatchObject({ status: 'REVOKED', revocation: 'EXPIRED' });
  });

  it('is REVOKED (DEREGISTERED) from the day of leaving the register, valid until the day before', () => {
    const facts = registration({ deregisteredOn: d('2022-05-01') });
    expect(credentialStandingOn(facts, d('2020-03-01'), d('2022-04-30')).status).toBe('VALID');
    expect(credentialStandingOn(facts, d('2020-03-01'), d('2022-05-01'))).toMatchObject({ status: 'REVOKED', revocation: 'DEREGISTERED', validUntil: '2022-04-30' });
  });

  it('is REVOKED (SUPERSEDED) once a re-registration opened the next period, whose credential is VALID', () => {
    const facts = registration({ reRegistrations: [{ approvedOn: d('2024-01-10') }] });
    expect(credentialStandingOn(facts, d('2020-03-01'), d('2024-01-09')).status).toBe('VALID');
    expect(credentialStandingOn(facts, d('2020-03-01'), d('2024-01-10'))).toMatchObject({ status: 'REVOKED', revocation: 'SUPERSEDED', validUntil: '2024-01-09' });
    expect(credentialStandingOn(facts, d('2024-01-10'), d('2024-01-10'))).toMatchObject({ status: 'VALID', validUntil: '2028-08-31' });
  });

  it('is REVOKED (SUPERSEDED) for a period the facts no longer hold', () => {
    expect(credentialStandingOn(registration(), d('2021-01-01'), d('2022-01-01'))).toMatchObject({ status: 'REVOKED', revocation: 'SUPERSEDED', validUntil: null });
  });

  it('a deferral keeps the credential valid longer', () => {
    const facts = registration({ deferrals: [{ grantedOn: d('2023-01-01'), newDueDate: d('2025-03-01') }] });
    expect(credentialStandingOn(facts, d('2020-03-01'), d('2024-09-01'))).toMatchObject({ status: 'VALID', validUntil: '2025-08-31' });
  });

  it('is valid exactly when the registration is ACTIVE or CONDITIONAL in that period (property)', () => {
    fc.assert(
      fc.property(arbDate('2019-01-01', '2030-12-31'), (date) => {
        const facts = registration();
        const standing = credentialStandingOn(facts, d('2020-03-01'), date);
        expect(standing.status === 'VALID').toBe(credentialPeriodOn(facts, date)?.startsOn === '2020-03-01');
      }),
    );
  });
});

describe('statusListPosition', () => {
  it('fills list 1 with the first 131,072 credentials, then list 2', () => {
    expect(STATUS_LIST_SIZE).toBe(131_072);
    expect(statusListPosition(0)).toEqual({ list: 1, index: 0 });
    expect(statusListPosition(131_071)).toEqual({ list: 1, index: 131_071 });
    expect(statusListPosition(131_072)).toEqual({ list: 2, index: 0 });
  });
});
