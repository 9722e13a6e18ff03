import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isAfter, isBefore } from './calendar-date';
import {
  checkErasureAllowed,
  dataRequestDeadline,
  isDataRequestOverdue,
  validateDataRequestDecision,
  validateDataRequestExtension,
  validateCorrectionValues,
  validateDataRequestFiling,
} from './data-requests';
import { arbDate, d } from './test-support';

const codes = (result: { ok: boolean; reasons?: readonly { code: string }[] }): string[] => (result.reasons ?? []).map((r) => r.code);

describe('dataRequestDeadline (AVG art. 12(3))', () => {
  it.each([
    ['2026-03-10', false, '2026-04-10'],
    ['2026-01-31', false, '2026-02-28'],
    ['2028-01-31', false, '2028-02-29'],
    ['2026-12-15', false, '2027-01-15'],
    ['2026-03-10', true, '2026-06-10'],
    ['2026-11-30', true, '2027-02-28'],
  ])('received %s, extended %s → %s', (receivedOn, extended, deadline) => {
    expect(dataRequestDeadline(d(receivedOn), extended)).toBe(deadline);
  });

  it('is always after receipt, and the extension only moves it later', () => {
    fc.assert(
      fc.property(arbDate(), (receivedOn) => {
        const first = dataRequestDeadline(receivedOn, false);
        expect(isAfter(first, receivedOn)).toBe(true);
        expect(isAfter(dataRequestDeadline(receivedOn, true), first)).toBe(true);
      }),
    );
  });

  it('is overdue from the day after the deadline', () => {
    expect(isDataRequestOverdue(d('2026-03-10'), false, d('2026-04-10'))).toBe(false);
    expect(isDataRequestOverdue(d('2026-03-10'), false, d('2026-04-11'))).toBe(true);
    expect(isDataRequestOverdue(d('2026-03-10'), true, d('2026-04-11'))).toBe(false);
  });
});

describe('validateDataRequestFiling', () => {
  it('accepts a complete correction and an erasure with a reason', () => {
    expect(validateDataRequestFiling({ kind: 'CORRECTION', subject: 'NAME', description: 'Achternaam verkeerd gespeld', proposedValue: 'Jansen' }).ok).toBe(true);
    expect(validateDataRequestFiling({ kind: 'ERASURE', subject: null, description: 'Ik werk niet meer in het onderwijs', proposedValue: null }).ok).toBe(true);
  });

  it.each([
    [{ kind: 'CORRECTION', subject: null, description: 'Achternaam verkeerd', proposedValue: 'Jansen' }, 'DATA_REQUEST_SUBJECT_MISSING'],
    [{ kind: 'CORRECTION', subject: 'NAME', description: '  ab ', proposedValue: 'Jansen' }, 'DATA_REQUEST_DESCRIPTION_MISSING'],
    [{ kind: 'CORRECTION', subject: 'NAME', description: 'Achternaam verkeerd', proposedValue: '   ' }, 'DATA_REQUEST_PROPOSED_VALUE_MISSING'],
    [{ kind: 'ERASURE', subject: null, description: null, proposedValue: null }, 'DATA_REQUEST_ERASURE_REASON_MISSING'],
  ] as const)('refuses %o with %s', (filing, code) => {
    expect(codes(validateDataRequestFiling(filing))).toEqual([code]);
  });
});

describe('validateDataRequestExtension', () => {
  const request = { receivedOn: d('2026-03-10'), extended: false };
  it('extends once, within the first month, with grounds', () => {
    const result = validateDataRequestExtension(request, d('2026-04-10'), 'Veel gegevens uit het oude register na te gaan');
    expect(result).toEqual({ ok: true, value: { deadline: '2026-06-10' } });
  });
  it.each([
    [{ ...request, extended: true }, '2026-03-20', 'Meer tijd nodig', 'DATA_REQUEST_ALREADY_EXTENDED'],
    [request, '2026-04-11', 'Meer tijd nodig', 'DATA_REQUEST_EXTENSION_LATE'],
    [request, '2026-03-20', '', 'DATA_REQUEST_GROUNDS_MISSING'],
  ])('refuses %o on %s', (req, today, grounds, code) => {
    expect(codes(validateDataRequestExtension(req, d(today), grounds))).toEqual([code]);
  });
  it('names the last day of the first month in words', () => {
    const result = validateDataRequestExtension(request, d('2026-05-01'), 'Meer tijd nodig');
    expect(result.ok ? '' : result.reasons[0]!.message).toContain('10 april 2026');
  });
});

describe('checkErasureAllowed (art. 17(3)(b): the register keeps a registered leader’s entry)', () => {
  const today = d('2026-06-01');
  it('allows erasure without registrations or when every registration is deregistered by today', () => {
    expect(checkErasureAllowed([], today).ok).toBe(true);
    expect(checkErasureAllowed([{ registeredOn: d('2015-01-01'), deregisteredOn: d('2020-01-01') }, { registeredOn: d('2021-01-01'), deregisteredOn: today }], today).ok).toBe(true);
  });
  it('refuses while a registration stands, or its deregistration lies ahead', () => {
    expect(codes(checkErasureAllowed([{ registeredOn: d('2015-01-01'), deregisteredOn: null }], today))).toEqual(['ERASURE_WHILE_REGISTERED']);
    expect(codes(checkErasureAllowed([{ registeredOn: d('2015-01-01'), deregisteredOn: addDays(today, 1) }], today))).toEqual(['ERASURE_WHILE_REGISTERED']);
  });
  it('allows exactly when no registration is deregistered after today', () => {
    fc.assert(
      fc.property(fc.array(fc.option(arbDate('2020-01-01', '2030-12-31'), { nil: null }), { maxLength: 3 }), (ends) => {
        const registrations = ends.map((deregisteredOn) => ({ registeredOn: d('2015-01-01'), deregisteredOn }));
        const expected = ends.every((end) => end !== null && !isBefore(today, end));
        expect(checkErasureAllowed(registrations, today).ok).toBe(expected);
      }),
    );
  });
});

describe('validateDataRequestDecision', () => {
  const today = d('2026-06-01');
  const registered = [{ registeredOn: d('2015-01-01'), deregisteredOn: null }];
  it('needs grounds for a refusal', () => {
    expect(codes(validateDataRequestDecision('CORRECTION', { outcome: 'REFUSED', grounds: ' ', changedFields: [] }, [], today))).toEqual(['DATA_REQUEST_GROUNDS_MISSING']);
    expect(validateDataRequestDecision('ERASURE', { outcome: 'REFUSED', grounds: 'Nog ingeschreven in het register', changedFields: [] }, registered, today).ok).toBe(true);
  });
  it('needs a change or a description for a carried-out correction', () => {
    expect(codes(validateDataRequestDecision('CORRECTION', { outcome: 'GRANTED', grounds: null, changedFields: [] }, [], today))).toEqual(['DATA_REQUEST_NOTHING_CORRECTED']);
    expect(validateDataRequestDecision('CORRECTION', { outcome: 'GRANTED', grounds: null, changedFields: ['lastName'] }, registered, today).ok).toBe(true);
    expect(validateDataRequestDecision('CORRECTION', { outcome: 'GRANTED', grounds: 'Dienstverband aangepast', changedFields: [] }, [], today).ok).toBe(true);
  });
  it('grants an erasure only after deregistration', () => {
    expect(codes(validateDataRequestDecision('ERASURE', { outcome: 'GRANTED', grounds: null, changedFields: [] }, registered, today))).toEqual(['ERASURE_WHILE_REGISTERED']);
    expect(validateDataRequestDecision('ERASURE', { outcome: 'GRANTED', grounds: null, changedFields: [] }, [{ ...registered[0]!, deregisteredOn: d('2026-05-01') }], today).ok).toBe(true);
  });
});

describe('validateCorrectionValues', () => {
  const none = { initials: null, firstName: null, lastName: null, birthDate: null, email: null };
  const today = d('2026-06-01');
  it('accepts nothing changed and sound values', () => {
    expect(validateCorrectionValues(none, today).ok).toBe(true);
    expect(validateCorrectionValues({ ...none, lastName: 'Jansen', email: 'j.jansen@school.nl', birthDate: d('1970-05-01') }, today).ok).toBe(true);
  });
  it('refuses an empty name, a malformed address and a birth date today or later, all at once', () => {
    expect(codes(validateCorrectionValues({ ...none, firstName: '  ', email: 'jansen@', birthDate: today }, today))).toEqual([
      'CORRECTION_NAME_EMPTY',
      'CORRECTION_EMAIL_INVALID',
      'DATE_IN_FUTURE',
    ]);
  });
});
