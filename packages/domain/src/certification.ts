import { addDays, addYears, isBefore, isWithin, type CalendarDate } from './calendar-date';
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

/**
 * What the register judged when it certified an offering (DESIGN §3.4). While a certification of the
 * offering lasts, this content is fixed, so that what the public catalogue shows is what was certified
 * and every completion credits what it says. The price is not part of it: the provider may change it.
 */
export interface CertifiedOfferingContent {
  readonly title: string;
  readonly kind: string;
  readonly leadsToLevel: string | null;
  readonly description: string;
  readonly hours: number | null;
  readonly learningGoals: string;
  readonly programme: string;
  /** The claimed whole themes and subthemes (codes or ids, compared as sets). */
  readonly themes: readonly string[];
  readonly subthemes: readonly string[];
}

export type CertifiedContentField = keyof CertifiedOfferingContent;

const CERTIFIED_CONTENT_FIELDS: readonly CertifiedContentField[] = [
  'title',
  'kind',
  'leadsToLevel',
  'description',
  'hours',
  'learningGoals',
  'programme',
  'themes',
  'subthemes',
];

function sameValue(a: CertifiedOfferingContent[CertifiedContentField], b: CertifiedOfferingContent[CertifiedContentField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = new Set<string>(a);
    return left.size === new Set<string>(b).size && b.every((item: string) => left.has(item));
  }
  return a === b;
}

/** The certified fields that differ between two versions of an offering's content (lists compared as sets). */
export function changedCertifiedContent(before: CertifiedOfferingContent, after: CertifiedOfferingContent): CertifiedContentField[] {
  return CERTIFIED_CONTENT_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/**
 * Whether an offering's certified content is fixed on `today`: some certification of it lasts until
 * today or later (also one that starts later, such as an extension). Changing the content then takes a
 * new offering submitted for certification; re-submitting the same content (to extend) stays possible.
 */
export function isCertifiedContentLocked(decisions: readonly CertificationDecision[], today: CalendarDate): boolean {
  return decisions.some(
    (decision) => decision.outcome === 'CERTIFIED' && decision.validFrom !== null && !isBefore(certificationEnd({ validFrom: decision.validFrom, validUntil: decision.validUntil }), today),
  );
}
