import { describe, expect, it } from 'vitest';
import { publicEntryDates, isPublicAsOf } from './public-entry';
import { registrationStateOn, type RegistrationFacts, type RegistrationPeriod, type RegistrationState } from './registration-status';
import { d } from './test-support';

function facts(overrides: Partial<RegistrationFacts> = {}): RegistrationFacts {
  return { registeredOn: d('2015-08-01'), title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reRegistrations: [], deferrals: [], ...overrides };
}

function datesOn(registration: RegistrationFacts, asOf: string) {
  const state = registrationStateOn(registration, d(asOf));
  if (!state.period) throw new Error('not registered');
  return publicEntryDates(registration, state as RegistrationState & { period: RegistrationPeriod }, d(asOf));
}

describe('isPublicAsOf: the register tells how it is or was, not how it will be', () => {
  it('answers today and earlier, refuses later dates', () => {
    expect(isPublicAsOf(d('2026-11-29'), d('2026-11-29'))).toBe(true);
    expect(isPublicAsOf(d('2010-01-01'), d('2026-11-29'))).toBe(true);
    expect(isPublicAsOf(d('2026-11-30'), d('2026-11-29'))).toBe(false);
  });
});

describe('publicEntryDates', () => {
  it('gives an active registration its due date and the first day it would expire', () => {
    expect(datesOn(facts(), '2018-01-01')).toEqual({
      periodStartsOn: '2015-08-01',
      reRegistrationDue: '2019-08-01',
      aspirantUntil: null,
      expiresOn: '2020-02-01',
      deregisteredOn: null,
      themeWindow: { from: '2015-08-02', until: '2018-01-01' },
    });
  });

  it('lists the themes of a lapsed period only up to the day it lapsed, not what came years later', () => {
    expect(datesOn(facts(), '2026-11-29')).toMatchObject({
      reRegistrationDue: '2019-08-01',
      expiresOn: '2020-02-01',
      themeWindow: { from: '2015-08-02', until: '2020-01-31' },
    });
    // While conditional, work done after the due date still counts for the re-registration.
    expect(datesOn(facts(), '2019-10-01').themeWindow).toEqual({ from: '2015-08-02', until: '2019-10-01' });
  });

  it('gives an aspirant the programme’s end date instead of a re-registration due date', () => {
    const aspirant = facts({ registeredOn: d('2025-09-01'), aspirant: true, level: null, aspirantUntil: d('2027-08-31') });
    expect(datesOn(aspirant, '2026-01-01')).toMatchObject({ reRegistrationDue: null, aspirantUntil: '2027-08-31', expiresOn: '2028-03-01' });
    // Past the programme's end without a full registration: still the aspirant period.
    expect(datesOn(aspirant, '2028-06-01')).toMatchObject({ reRegistrationDue: null, aspirantUntil: '2027-08-31' });
    // Fully registered: a normal period from the full registration.
    const full = { ...aspirant, fullRegistrationOn: d('2027-07-01') };
    expect(datesOn(full, '2028-01-01')).toMatchObject({ periodStartsOn: '2027-07-01', reRegistrationDue: '2031-07-01', aspirantUntil: null });
  });

  it('gives a deregistered entry its deregistration date and no expiry', () => {
    const left = facts({ deregisteredOn: d('2017-03-01') });
    expect(datesOn(left, '2026-11-29')).toMatchObject({
      deregisteredOn: '2017-03-01',
      expiresOn: null,
      themeWindow: { from: '2015-08-02', until: '2017-02-28' },
    });
    expect(datesOn(left, '2017-02-28').deregisteredOn).toBeNull();
  });
});
