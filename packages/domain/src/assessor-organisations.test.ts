import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAssessorOrganisation, isAssessorOrganisationCertified, isKvkNumber, MAX_ASSESSOR_FEE_CENTS, type AssessorOrganisationFacts } from './assessor-organisations';
import { addDays, type CalendarDate } from './calendar-date';

const d = (value: string) => value as CalendarDate;
const period = { certifiedFrom: d('2026-01-01'), certifiedUntil: d('2027-12-31') };
const facts: AssessorOrganisationFacts = {
  kvkNumber: '12345678',
  ...period,
  fees: { oneOffCents: 4000, perThemeCents: 45000, perInterviewCents: 50000, resubmissionCents: 20000 },
};
const codes = (value: AssessorOrganisationFacts) => {
  const result = checkAssessorOrganisation(value);
  return result.ok ? [] : result.reasons.map((r) => r.code);
};

describe('isAssessorOrganisationCertified', () => {
  it('counts the first and the last day of the period', () => {
    expect(isAssessorOrganisationCertified(period, d('2026-01-01'))).toBe(true);
    expect(isAssessorOrganisationCertified(period, d('2027-12-31'))).toBe(true);
    expect(isAssessorOrganisationCertified(period, d('2025-12-31'))).toBe(false);
    expect(isAssessorOrganisationCertified(period, d('2028-01-01'))).toBe(false);
  });

  it('holds exactly on the days from the start to the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), (offset) => {
        const date = addDays(period.certifiedFrom, offset);
        expect(isAssessorOrganisationCertified(period, date)).toBe(date >= period.certifiedFrom && date <= period.certifiedUntil);
      }),
    );
  });
});

describe('checkAssessorOrganisation', () => {
  it('accepts the schedule of DESIGN §3.6 and a one-day period', () => {
    expect(codes(facts)).toEqual([]);
    expect(codes({ ...facts, certifiedUntil: facts.certifiedFrom })).toEqual([]);
    expect(codes({ ...facts, fees: { oneOffCents: 0, perThemeCents: MAX_ASSESSOR_FEE_CENTS, perInterviewCents: 0, resubmissionCents: 0 } })).toEqual([]);
  });

  it('refuses a KvK number that is not eight digits', () => {
    expect(isKvkNumber('1234567')).toBe(false);
    expect(isKvkNumber('1234567a')).toBe(false);
    expect(codes({ ...facts, kvkNumber: '123456789' })).toEqual(['KVK_NUMBER_INVALID']);
  });

  it('refuses a period that ends before it starts, naming both dates in words', () => {
    const result = checkAssessorOrganisation({ ...facts, certifiedFrom: d('2027-01-01'), certifiedUntil: d('2026-12-31') });
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'CERTIFICATION_PERIOD_REVERSED', message: 'De certificering kan niet eindigen (31 december 2026) voordat zij begint (1 januari 2027).' }] });
  });

  it('refuses negative, fractional and absurd fees, once for the schedule', () => {
    for (const cents of [-1, 0.5, MAX_ASSESSOR_FEE_CENTS + 1, Number.NaN]) {
      expect(codes({ ...facts, fees: { ...facts.fees, resubmissionCents: cents } })).toEqual(['ASSESSOR_FEE_OUT_OF_RANGE']);
    }
    expect(codes({ ...facts, kvkNumber: '', fees: { ...facts.fees, oneOffCents: -5, perThemeCents: -5 } })).toEqual(['KVK_NUMBER_INVALID', 'ASSESSOR_FEE_OUT_OF_RANGE']);
  });
});
