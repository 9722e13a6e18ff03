import { calendarDate } from '@srpo/domain';
import { describe, expect, it } from 'vitest';
import { decisionVariables, missingFields, motivationRequired, reasonsForKind } from './deferralDraft';

const TODAY = calendarDate('2026-03-01');

describe('deferral drafts', () => {
  it('offers the domain’s reasons per kind', () => {
    expect(reasonsForKind('RE_REGISTRATION', TODAY)).toEqual(['GROUNDED_REASON', 'EARLY_REGISTRANT']);
    expect(reasonsForKind('INITIAL_REGISTRATION', TODAY)).toEqual(['FINISHING_PROGRAMME', 'OTHER_ROUTE_IN_PROCEDURE', 'PERSONAL_CIRCUMSTANCES']);
  });

  it('asks a motivation for every reason except an early registration', () => {
    expect(motivationRequired('RE_REGISTRATION', 'GROUNDED_REASON', TODAY)).toBe(true);
    expect(motivationRequired('RE_REGISTRATION', 'EARLY_REGISTRANT', TODAY)).toBe(false);
    expect(missingFields('RE_REGISTRATION', { reason: 'GROUNDED_REASON', requestedDueDate: '2027-01-01', motivation: '  ' }, TODAY)).toEqual(['motivation']);
    expect(missingFields('RE_REGISTRATION', { reason: 'EARLY_REGISTRANT', requestedDueDate: '2027-01-01', motivation: '' }, TODAY)).toEqual([]);
    expect(missingFields('RE_REGISTRATION', { reason: '', requestedDueDate: '2027-02-30', motivation: '' }, TODAY)).toEqual(['reason', 'requestedDueDate']);
  });

  it('turns a decision into variables: full grant = requested date, partial needs a date, rejection needs grounds', () => {
    expect(decisionVariables('2027-06-01', { outcome: 'GRANTED', newDueDate: '2027-01-01', reasons: '' })).toEqual({
      ok: true,
      variables: { outcome: 'GRANTED', newDueDate: '2027-06-01', reasons: null },
    });
    expect(decisionVariables('2027-06-01', { outcome: 'PARTLY_GRANTED', newDueDate: '', reasons: '' })).toEqual({ ok: false, missing: 'newDueDate' });
    expect(decisionVariables('2027-06-01', { outcome: 'PARTLY_GRANTED', newDueDate: '2027-03-01', reasons: ' Half jaar. ' })).toEqual({
      ok: true,
      variables: { outcome: 'PARTLY_GRANTED', newDueDate: '2027-03-01', reasons: 'Half jaar.' },
    });
    expect(decisionVariables('2027-06-01', { outcome: 'REJECTED', newDueDate: '', reasons: ' ' })).toEqual({ ok: false, missing: 'reasons' });
    expect(decisionVariables('2027-06-01', { outcome: 'REJECTED', newDueDate: '2027-03-01', reasons: 'Geen grond.' })).toEqual({
      ok: true,
      variables: { outcome: 'REJECTED', newDueDate: null, reasons: 'Geen grond.' },
    });
  });
});
