import { describe, expect, it } from 'vitest';
import { deferralReasonsFor, isEarlyRegistrant, validateDeferralDecision, validateDeferralRequest, type DeferralRequest } from './deferrals';
import type { RegistrationFacts } from './registration-status';
import { RULES_2018 } from './rule-sets';
import { d } from './test-support';

const early: RegistrationFacts = { registeredOn: d('2014-09-01'), title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reRegistrations: [], deferrals: [] };
const late: RegistrationFacts = { ...early, registeredOn: d('2016-09-01') };
const request = (overrides: Partial<DeferralRequest> = {}): DeferralRequest => ({
  kind: 'RE_REGISTRATION',
  reason: 'EARLY_REGISTRANT',
  requestedOn: d('2018-05-01'),
  requestedDueDate: d('2020-09-01'),
  ...overrides,
});
const codes = (result: { ok: boolean; reasons?: readonly { code: string }[] }): string[] => (result.reasons ?? []).map((r) => r.code);

describe('deferral reasons (§3.7)', () => {
  it('lists the reasons per kind', () => {
    expect(deferralReasonsFor('INITIAL_REGISTRATION', RULES_2018)).toEqual(['FINISHING_PROGRAMME', 'OTHER_ROUTE_IN_PROCEDURE', 'PERSONAL_CIRCUMSTANCES']);
    expect(deferralReasonsFor('RE_REGISTRATION', RULES_2018)).toEqual(['GROUNDED_REASON', 'EARLY_REGISTRANT']);
  });

  it.each([
    ['2013-12-31', false],
    ['2014-01-01', true],
    ['2015-12-31', true],
    ['2016-01-01', false],
  ])('first registered %s → early registrant %s', (date, expected) => {
    expect(isEarlyRegistrant({ registeredOn: d('2017-01-01'), firstRegisteredOn: d(date) }, RULES_2018)).toBe(expected);
  });
});

describe('validateDeferralRequest', () => {
  it.each([
    ['2020-09-01', null, 'exactly two years after the due date'],
    ['2020-09-02', 'DEFERRAL_EXCEEDS_CAP', 'one day beyond two years'],
    ['2018-09-01', 'DEFERRAL_DATE_NOT_AFTER_DUE', 'the due date itself'],
  ])('early registrant asks for %s → %s (%s)', (date, code, _label) => {
    const result = validateDeferralRequest(request({ requestedDueDate: d(date) }), early);
    if (code === null) expect(result).toEqual({ ok: true, value: { currentDueDate: '2018-09-01', maxDueDate: '2020-09-01' } });
    else expect(codes(result)).toEqual([code]);
  });

  it('early-registrant deferral needs registration in 2014/2015', () => {
    expect(codes(validateDeferralRequest(request({ requestedDueDate: d('2021-09-01') }), late))).toEqual(['DEFERRAL_NOT_EARLY_REGISTRANT']);
  });

  it('early-registrant deferral only for the first re-registration', () => {
    const reRegistered = { ...early, reRegistrations: [{ approvedOn: d('2018-08-01') }] };
    const result = validateDeferralRequest(request({ requestedOn: d('2021-01-01'), requestedDueDate: d('2023-01-01') }), reRegistered);
    expect(codes(result)).toEqual(['DEFERRAL_EARLY_REGISTRANT_ONLY_FIRST_PERIOD']);
  });

  it('a grounded reason has no fixed cap but needs a motivation', () => {
    expect(validateDeferralRequest(request({ reason: 'GROUNDED_REASON', requestedDueDate: d('2022-01-01'), motivation: 'Langdurige ziekte' }), late)).toEqual({
      ok: true,
      value: { currentDueDate: '2020-09-01', maxDueDate: null },
    });
    expect(codes(validateDeferralRequest(request({ reason: 'GROUNDED_REASON', requestedDueDate: d('2022-01-01'), motivation: '  ' }), late))).toEqual([
      'DEFERRAL_MOTIVATION_REQUIRED',
    ]);
  });

  it('initial-registration reasons do not fit a re-registration, and vice versa', () => {
    expect(codes(validateDeferralRequest(request({ reason: 'FINISHING_PROGRAMME', motivation: 'x' }), early))).toContain('DEFERRAL_REASON_NOT_FOR_KIND');
    const initial = request({ kind: 'INITIAL_REGISTRATION', reason: 'GROUNDED_REASON', motivation: 'x', requestedOn: d('2017-11-01'), requestedDueDate: d('2018-07-01') });
    expect(codes(validateDeferralRequest(initial, null))).toEqual(['DEFERRAL_REASON_NOT_FOR_KIND']);
  });

  it.each([
    ['2018-01-01', 'DEFERRAL_DATE_NOT_AFTER_DUE'],
    ['2018-01-02', null],
  ])('initial registration deferral to %s → %s', (date, code) => {
    const initial = request({ kind: 'INITIAL_REGISTRATION', reason: 'FINISHING_PROGRAMME', motivation: 'Laatste module', requestedOn: d('2017-11-01'), requestedDueDate: d(date) });
    const result = validateDeferralRequest(initial, null);
    if (code === null) expect(result).toEqual({ ok: true, value: { currentDueDate: '2018-01-01', maxDueDate: null } });
    else expect(codes(result)).toEqual([code]);
  });
});

describe('validateDeferralDecision', () => {
  const req = request({ requestedDueDate: d('2020-09-01') });
  it.each([
    [{ outcome: 'GRANTED' as const, decidedOn: d('2018-06-01'), newDueDate: d('2020-09-01') }, null],
    [{ outcome: 'GRANTED' as const, decidedOn: d('2018-06-01'), newDueDate: d('2019-09-01') }, 'DEFERRAL_FULL_GRANT_MUST_MATCH_REQUEST'],
    [{ outcome: 'PARTLY_GRANTED' as const, decidedOn: d('2018-06-01'), newDueDate: d('2019-09-01') }, null],
    [{ outcome: 'PARTLY_GRANTED' as const, decidedOn: d('2018-06-01'), newDueDate: d('2020-09-01') }, 'DEFERRAL_PARTIAL_NOT_BEFORE_REQUESTED'],
    [{ outcome: 'PARTLY_GRANTED' as const, decidedOn: d('2018-06-01'), newDueDate: null }, 'DEFERRAL_GRANT_NEEDS_DATE'],
    [{ outcome: 'REJECTED' as const, decidedOn: d('2018-06-01'), grounds: [] }, 'DEFERRAL_REJECTION_NEEDS_REASONS'],
    [{ outcome: 'REJECTED' as const, decidedOn: d('2018-06-01'), grounds: ['Onvoldoende onderbouwd'] }, null],
  ])('%j → %s', (decision, code) => {
    const result = validateDeferralDecision(decision, req, early);
    if (code === null) expect(result.ok).toBe(true);
    else expect(codes(result)).toContain(code);
  });

  it('a grant produces the fact to store', () => {
    const result = validateDeferralDecision({ outcome: 'PARTLY_GRANTED', decidedOn: d('2018-06-01'), newDueDate: d('2019-09-01') }, req, early);
    expect(result).toEqual({
      ok: true,
      value: { outcome: 'PARTLY_GRANTED', newDueDate: '2019-09-01', grantedDeferral: { grantedOn: '2018-06-01', newDueDate: '2019-09-01' } },
    });
  });
});
