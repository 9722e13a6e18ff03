import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date';
import { anonymisationRefusal, isRetentionPassed, leftRegisterOn, RETENTION_RULES, retainUntil, retentionPeriod } from './personal-data-retention';

const d = calendarDate;
const sevenYears = { years: 7 };

describe('retention of personal data', () => {
  it('keeps data until the end of the period and lets it go on that day', () => {
    expect(retainUntil(d('2020-03-15'), sevenYears)).toBe('2027-03-15');
    expect(isRetentionPassed(d('2020-03-15'), sevenYears, d('2027-03-14'))).toBe(false);
    expect(isRetentionPassed(d('2020-03-15'), sevenYears, d('2027-03-15'))).toBe(true);
    // 29 February plus seven years falls on 28 February (no leap day then).
    expect(retainUntil(d('2020-02-29'), sevenYears)).toBe('2027-02-28');
    expect(retainUntil(d('2026-01-31'), { months: 1 })).toBe('2026-02-28');
  });

  it("starts a leader's clock at the last deregistration, and only when every registration is deregistered", () => {
    expect(leftRegisterOn([])).toBeNull();
    expect(leftRegisterOn([{ deregisteredOn: d('2019-05-01') }, { deregisteredOn: null }])).toBeNull();
    expect(leftRegisterOn([{ deregisteredOn: d('2019-05-01') }, { deregisteredOn: d('2021-02-01') }])).toBe('2021-02-01');
    expect(leftRegisterOn([{ deregisteredOn: d('2021-02-01') }, { deregisteredOn: d('2019-05-01') }])).toBe('2021-02-01');
  });

  it('refuses anonymisation before deregistration and before the period ends, in Dutch with the date in words', () => {
    expect(anonymisationRefusal([{ deregisteredOn: null }], d('2040-01-01'), sevenYears)?.code).toBe('ANONYMISATION_NOT_DEREGISTERED');
    expect(anonymisationRefusal([], d('2040-01-01'), sevenYears)?.code).toBe('ANONYMISATION_NOT_DEREGISTERED');
    const early = anonymisationRefusal([{ deregisteredOn: d('2020-03-15') }], d('2027-03-14'), sevenYears);
    expect(early?.code).toBe('ANONYMISATION_RETENTION_NOT_PASSED');
    expect(early?.message).toBe('De bewaartermijn loopt nog tot 15 maart 2027; pas daarna worden de gegevens geanonimiseerd.');
    expect(anonymisationRefusal([{ deregisteredOn: d('2020-03-15') }], d('2027-03-15'), sevenYears)).toBeNull();
  });

  it('has one rule per key, each with a Dutch period and outcome', () => {
    expect(new Set(RETENTION_RULES.map((rule) => rule.key)).size).toBe(RETENTION_RULES.length);
    for (const rule of RETENTION_RULES) expect(rule.periodText.length * rule.outcome.length * rule.basis.length).toBeGreaterThan(0);
    expect(retentionPeriod('EMAIL_OUTBOX')).toEqual({ months: 12 });
    expect(() => retentionPeriod('AUDIT_LOG')).toThrow(RangeError);
  });
});
