import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, todayInAmsterdam, type CalendarDate } from './calendar-date';
import {
  dueDateOn,
  nextDueDateAfterReRegistration,
  registrationPeriods,
  registrationStateOn,
  statusOn,
  statusRank,
  statusTransitionOn,
  type RegistrationFacts,
} from './registration-status';
import { arbDate, d } from './test-support';

function registration(overrides: Partial<RegistrationFacts> = {}): RegistrationFacts {
  return {
    registeredOn: d('2014-03-01'),
    title: 'RDO',
    level: 'VAKBEKWAAM',
    aspirant: false,
    reRegistrations: [],
    deferrals: [],
    ...overrides,
  };
}

describe('statusOn: the life cycle (§3.3)', () => {
  const base = registration();
  it.each([
    ['2014-02-28', null, 'the day before registration'],
    ['2014-03-01', 'ACTIVE', 'the registration date'],
    ['2018-02-28', 'ACTIVE', 'the day before the due date'],
    ['2018-03-01', 'CONDITIONAL', 'the due date itself'],
    ['2018-08-31', 'CONDITIONAL', 'due + 6 months − 1 day'],
    ['2018-09-01', 'EXPIRED', 'due + 6 months'],
    ['2030-01-01', 'EXPIRED', 'long after'],
  ])('%s → %s (%s)', (date, expected, _label) => {
    expect(statusOn(base, d(date))).toBe(expected);
  });

  it('the due date is four years after the registration date', () => {
    expect(dueDateOn(base, d('2015-01-01'))).toBe('2018-03-01');
    expect(dueDateOn(base, d('2013-01-01'))).toBeNull();
  });

  it.each([
    // registration on 29 Feb: due on 29 Feb four years later, CONDITIONAL window clamps at month end
    ['2016-02-29', '2020-02-28', 'ACTIVE'],
    ['2016-02-29', '2020-02-29', 'CONDITIONAL'],
    ['2016-02-29', '2020-08-28', 'CONDITIONAL'],
    ['2016-02-29', '2020-08-29', 'EXPIRED'],
    // due on 31 Aug: six months later clamps to 29 Feb (leap year 2020)
    ['2015-08-31', '2019-08-31', 'CONDITIONAL'],
    ['2015-08-31', '2020-02-28', 'CONDITIONAL'],
    ['2015-08-31', '2020-02-29', 'EXPIRED'],
  ])('registered %s: on %s → %s', (registeredOn, date, expected) => {
    expect(statusOn(registration({ registeredOn: d(registeredOn) }), d(date))).toBe(expected);
  });

  it.each([
    ['2016-04-30', 'ACTIVE'],
    ['2016-05-01', 'DEREGISTERED'],
    ['2019-01-01', 'DEREGISTERED'],
  ])('deregistered on 2016-05-01: on %s → %s', (date, expected) => {
    expect(statusOn(registration({ deregisteredOn: d('2016-05-01') }), d(date))).toBe(expected);
  });
});

describe('re-registration keeps the schedule (§3.3)', () => {
  it.each([
    ['2017-11-01', 'early'],
    ['2018-02-28', 'the day before the due date'],
    ['2018-03-01', 'on the due date'],
    ['2018-05-15', 'late, while CONDITIONAL'],
    ['2018-08-31', 'on the last CONDITIONAL day'],
    ['2018-10-01', 'after expiry'],
  ])('approved %s (%s) → next due 2022-03-01', (approvedOn) => {
    const facts = registration({ reRegistrations: [{ approvedOn: d(approvedOn) }] });
    expect(nextDueDateAfterReRegistration(registration(), d(approvedOn))).toBe('2022-03-01');
    expect(dueDateOn(facts, d(approvedOn))).toBe('2022-03-01');
    expect(statusOn(facts, d(approvedOn))).toBe('ACTIVE');
    expect(statusOn(facts, d('2022-03-01'))).toBe('CONDITIONAL');
  });

  it('a late re-registration is CONDITIONAL until its approval day, ACTIVE from it', () => {
    const facts = registration({ reRegistrations: [{ approvedOn: d('2018-05-15') }] });
    expect(statusOn(facts, d('2018-05-14'))).toBe('CONDITIONAL');
    expect(statusOn(facts, d('2018-05-15'))).toBe('ACTIVE');
    const periods = registrationPeriods(facts, d('2018-05-15'));
    expect(periods.map((p) => [p.kind, p.startsOn, p.dueDate])).toEqual([
      ['REGISTRATION', '2014-03-01', '2018-03-01'],
      ['RE_REGISTRATION', '2018-05-15', '2022-03-01'],
    ]);
    // Evidence counts strictly after the date that opened the period (§3.5).
    expect(periods.map((p) => p.evidenceFrom)).toEqual(['2014-03-02', '2018-05-16']);
  });

  it('second cycle continues from the previous due date, not from approvals', () => {
    const facts = registration({ reRegistrations: [{ approvedOn: d('2018-06-01') }, { approvedOn: d('2022-07-01') }] });
    expect(dueDateOn(facts, d('2022-07-01'))).toBe('2026-03-01');
  });
});

describe('deferrals move the effective due date (§3.3, §3.7)', () => {
  const deferred = registration({ deferrals: [{ grantedOn: d('2017-12-01'), newDueDate: d('2019-03-01') }] });

  it.each([
    ['2017-11-30', 'ACTIVE', '2018-03-01'],
    ['2018-03-01', 'ACTIVE', '2019-03-01'],
    ['2019-02-28', 'ACTIVE', '2019-03-01'],
    ['2019-03-01', 'CONDITIONAL', '2019-03-01'],
    ['2019-08-31', 'CONDITIONAL', '2019-03-01'],
    ['2019-09-01', 'EXPIRED', '2019-03-01'],
  ])('on %s → %s (due %s)', (date, status, due) => {
    const state = registrationStateOn(deferred, d(date));
    expect(state.status).toBe(status);
    expect(state.period?.dueDate).toBe(due);
    expect(state.period?.nominalDueDate).toBe('2018-03-01');
  });

  it('the next due date is the deferred due date + 4 years', () => {
    expect(nextDueDateAfterReRegistration(deferred, d('2019-01-10'))).toBe('2023-03-01');
  });

  it('a deferral granted while CONDITIONAL makes the leader ACTIVE from the decision day', () => {
    const late = registration({ deferrals: [{ grantedOn: d('2018-04-01'), newDueDate: d('2019-03-01') }] });
    expect(statusOn(late, d('2018-03-31'))).toBe('CONDITIONAL');
    expect(statusOn(late, d('2018-04-01'))).toBe('ACTIVE');
  });

  it('a deferral never moves a due date earlier; the latest date wins', () => {
    const facts = registration({
      deferrals: [
        { grantedOn: d('2017-10-01'), newDueDate: d('2017-12-01') },
        { grantedOn: d('2017-11-01'), newDueDate: d('2018-09-01') },
        { grantedOn: d('2017-12-01'), newDueDate: d('2018-06-01') },
      ],
    });
    expect(dueDateOn(facts, d('2018-01-01'))).toBe('2018-09-01');
  });

  it('a deferral belongs to the period current on its decision date', () => {
    const facts = registration({
      reRegistrations: [{ approvedOn: d('2018-01-15') }],
      deferrals: [{ grantedOn: d('2021-06-01'), newDueDate: d('2022-09-01') }],
    });
    const periods = registrationPeriods(facts, d('2022-01-01'));
    expect(periods.map((p) => p.dueDate)).toEqual(['2018-03-01', '2022-09-01']);
  });
});

describe('aspirants (§3.1, §3.3)', () => {
  const aspirant = registration({ registeredOn: d('2017-09-01'), aspirant: true, aspirantUntil: d('2019-07-31'), level: null });

  it.each([
    ['2017-09-01', 'ACTIVE', true],
    ['2019-07-31', 'ACTIVE', true],
    ['2019-08-01', 'CONDITIONAL', true],
    ['2020-01-31', 'CONDITIONAL', true],
    ['2020-02-01', 'EXPIRED', true],
  ])('aspirant until 2019-07-31: on %s → %s, aspirant %s', (date, status, isAspirant) => {
    const state = registrationStateOn(aspirant, d(date));
    expect(state.status).toBe(status);
    expect(state.aspirant).toBe(isAspirant);
  });

  it('a full registration starts the four-year cycle', () => {
    const converted = { ...aspirant, fullRegistrationOn: d('2019-06-15') };
    const state = registrationStateOn(converted, d('2019-06-15'));
    expect(state).toMatchObject({ status: 'ACTIVE', aspirant: false });
    expect(state.period?.dueDate).toBe('2023-06-15');
    expect(registrationStateOn(converted, d('2019-06-14')).aspirant).toBe(true);
    expect(nextDueDateAfterReRegistration(aspirant, d('2019-06-15'))).toBe('2023-06-15');
  });
});

describe('status transitions for letters (§3.3)', () => {
  const base = registration();
  it.each([
    ['2014-03-01', null, 'ACTIVE'],
    ['2018-03-01', 'ACTIVE', 'CONDITIONAL'],
    ['2018-09-01', 'CONDITIONAL', 'EXPIRED'],
  ])('on %s: %s → %s', (date, from, to) => {
    expect(statusTransitionOn(base, d(date))).toEqual({ on: date, from, to });
  });

  it.each(['2018-02-28', '2018-03-02', '2018-08-31'])('no transition on %s', (date) => {
    expect(statusTransitionOn(base, d(date))).toBeNull();
  });
});

describe('time zones: a status never changes at 23:00 or 01:00 Amsterdam time', () => {
  const base = registration();
  it.each([
    ['2018-02-28T22:00:00Z', 'ACTIVE'], // 23:00 on the day before the due date (CET)
    ['2018-02-28T22:59:59Z', 'ACTIVE'],
    ['2018-02-28T23:00:00Z', 'CONDITIONAL'], // midnight Amsterdam
    ['2018-03-01T00:00:00Z', 'CONDITIONAL'], // 01:00 on the due date
    ['2018-08-31T21:00:00Z', 'CONDITIONAL'], // 23:00 CEST on the last CONDITIONAL day
    ['2018-08-31T23:00:00Z', 'EXPIRED'], // 01:00 CEST on due + 6 months
  ])('at %s → %s', (instant, expected) => {
    expect(statusOn(base, todayInAmsterdam(new Date(instant)))).toBe(expected);
  });
});

describe('properties', () => {
  const arbRegistration = arbDate('2014-01-01', '2060-12-31').map((registeredOn) => registration({ registeredOn }));

  it('without re-registration the status is monotone ACTIVE → CONDITIONAL → EXPIRED', () => {
    fc.assert(
      fc.property(arbRegistration, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (facts, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const s1 = statusOn(facts, addDays(facts.registeredOn, early));
        const s2 = statusOn(facts, addDays(facts.registeredOn, late));
        expect(s1).not.toBeNull();
        expect(s2).not.toBeNull();
        if (s1 !== null && s2 !== null) expect(statusRank(s1)).toBeLessThanOrEqual(statusRank(s2));
      }),
    );
  });

  it('CONDITIONAL exactly from the due date up to due + 6 months − 1 day', () => {
    fc.assert(
      fc.property(arbRegistration, fc.integer({ min: 0, max: 2500 }), (facts, offset) => {
        const date = addDays(facts.registeredOn, offset);
        const due = addYears(facts.registeredOn, 4);
        const expected = date < due ? 'ACTIVE' : date < addMonths(due, 6) ? 'CONDITIONAL' : 'EXPIRED';
        expect(statusOn(facts, date)).toBe(expected);
      }),
    );
  });

  it('the next due date never depends on the approval date', () => {
    fc.assert(
      fc.property(arbRegistration, fc.integer({ min: 1, max: 2200 }), (facts, offset) => {
        const approvedOn: CalendarDate = addDays(facts.registeredOn, offset);
        const withApproval = { ...facts, reRegistrations: [{ approvedOn }] };
        expect(dueDateOn(withApproval, approvedOn)).toBe(addYears(addYears(facts.registeredOn, 4), 4));
        expect(nextDueDateAfterReRegistration(facts, approvedOn)).toBe(addYears(addYears(facts.registeredOn, 4), 4));
      }),
    );
  });

  it('after k re-registrations at any dates, due = registration + 4(k+1) years', () => {
    fc.assert(
      fc.property(
        arbDate('2014-01-01', '2040-12-31'),
        fc.array(fc.integer({ min: 1, max: 1800 }), { minLength: 1, maxLength: 5 }),
        (registeredOn, gaps) => {
          let approvedOn = registeredOn;
          const reRegistrations = gaps.map((gap) => {
            approvedOn = addDays(approvedOn, gap);
            return { approvedOn };
          });
          const facts = registration({ registeredOn, reRegistrations });
          const periods = registrationPeriods(facts, approvedOn);
          periods.forEach((period, index) => {
            expect(period.dueDate).toBe(addYears(registeredOn, 4 * (index + 1)));
          });
        },
      ),
    );
  });

  it('a deferral never makes the due date earlier than the nominal one', () => {
    fc.assert(
      fc.property(arbRegistration, fc.integer({ min: 0, max: 1400 }), fc.integer({ min: -800, max: 800 }), (facts, grantOffset, shift) => {
        const nominal = addYears(facts.registeredOn, 4);
        const withDeferral = { ...facts, deferrals: [{ grantedOn: addDays(facts.registeredOn, grantOffset), newDueDate: addDays(nominal, shift) }] };
        const due = dueDateOn(withDeferral, addDays(facts.registeredOn, 1460));
        expect(due).not.toBeNull();
        expect((due ?? '') >= nominal).toBe(true);
      }),
    );
  });
});
