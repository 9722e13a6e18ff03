import { addDays, addYears, isWithin, type CalendarDate } from './calendar-date';
import { rulesOn, type RuleSet } from './rule-sets';

/**
 * The validity of a certification by the register (of a programme, an offering, an assessment
 * provider or an EVC bureau). Both ends inclusive; `validUntil` absent or null means "the rule set's
 * default length" (six years in 2018, DESIGN §3.2).
 */
export interface CertificationPeriod {
  readonly validFrom: CalendarDate;
  /** Last day of validity (inclusive). */
  readonly validUntil?: CalendarDate | null;
}

/**
 * Last day of a certification period: `validUntil` when given, otherwise `validFrom` plus the rule
 * set's `programmeCertificationYears` minus one day (2018-03-01 → 2024-02-29). DESIGN §3.2.
 */
export function certificationEnd(period: CertificationPeriod, rules: RuleSet = rulesOn(period.validFrom)): CalendarDate {
  return period.validUntil ?? addDays(addYears(period.validFrom, rules.programmeCertificationYears), -1);
}

/**
 * Whether `date` lies inside the certification period, both ends included: a completion or diploma
 * on the last day of the period counts (DESIGN §3.2, §3.4).
 */
export function isCertifiedOn(period: CertificationPeriod, date: CalendarDate, rules: RuleSet = rulesOn(period.validFrom)): boolean {
  return isWithin(date, period.validFrom, certificationEnd(period, rules));
}
