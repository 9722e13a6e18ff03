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

/** A certification decision on an offering or programme, as far as "in force on a day" needs it. */
export interface CertificationDecision {
  readonly outcome: 'CERTIFIED' | 'REJECTED';
  /** Null for a rejection. */
  readonly validFrom: CalendarDate | null;
  readonly validUntil?: CalendarDate | null;
  readonly decidedOn: CalendarDate;
  /** When the decision was recorded: breaks a tie between two decisions of the same day (the later wins). */
  readonly createdAt?: Date;
}

/**
 * The certification in force on `date`: of the certifying decisions whose period contains the date
 * ({@link isCertifiedOn}), the latest decided (then the latest recorded); null when none. One rule for
 * recording completions, certificates, theme progress and the catalogue (DESIGN §3.2, §3.4).
 */
export function certificationOn<T extends CertificationDecision>(decisions: readonly T[], date: CalendarDate): T | null {
  const candidates = decisions
    .filter((c) => c.outcome === 'CERTIFIED' && c.validFrom !== null && isCertifiedOn({ validFrom: c.validFrom, validUntil: c.validUntil }, date))
    .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0)));
  return candidates[0] ?? null;
}
