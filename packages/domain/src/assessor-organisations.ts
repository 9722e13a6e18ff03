import { isAfter, isWithin, type CalendarDate } from './calendar-date';
import { reason, resultOf, type Reason, type Result } from './reasons';

/**
 * Assessor organisations (DESIGN §3.6): parties the register certifies for a period to assess
 * portfolios of informal learning, each with its own fee schedule.
 */

/** The period the register certified an organisation for: both ends inclusive. */
export interface AssessorCertificationPeriod {
  readonly certifiedFrom: CalendarDate;
  readonly certifiedUntil: CalendarDate;
}

/** An organisation's own fees, in euro cents (e.g. 40 one-off, 450 per theme, 500 per interview, 200 resubmission). */
export interface AssessorFeeSchedule {
  readonly oneOffCents: number;
  readonly perThemeCents: number;
  readonly perInterviewCents: number;
  readonly resubmissionCents: number;
}

/** Highest fee the register accepts on a schedule: € 10.000 (catches typing a few zeros too many). */
export const MAX_ASSESSOR_FEE_CENTS = 1_000_000;

/** Whether the organisation is certified on `date`: the first and the last day of the period count. */
export function isAssessorOrganisationCertified(period: AssessorCertificationPeriod, date: CalendarDate): boolean {
  return isWithin(date, period.certifiedFrom, period.certifiedUntil);
}

/** A Chamber of Commerce (KvK) number: eight digits. */
export function isKvkNumber(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/** Every fee a whole number of cents from € 0 up to {@link MAX_ASSESSOR_FEE_CENTS}; all refusals at once. */
export function checkAssessorFeeSchedule(fees: AssessorFeeSchedule): Result<true> {
  const amounts = [fees.oneOffCents, fees.perThemeCents, fees.perInterviewCents, fees.resubmissionCents];
  const wrong = amounts.some((cents) => !Number.isInteger(cents) || cents < 0 || cents > MAX_ASSESSOR_FEE_CENTS);
  return resultOf(wrong ? [reason('ASSESSOR_FEE_OUT_OF_RANGE', { max: MAX_ASSESSOR_FEE_CENTS / 100 })] : [], () => true as const);
}

/** An organisation as staff record it: its KvK number, the certification period and the fee schedule. */
export interface AssessorOrganisationFacts extends AssessorCertificationPeriod {
  readonly kvkNumber: string;
  readonly fees: AssessorFeeSchedule;
}

/** Checks an organisation's facts: an eight-digit KvK number, a period that does not end before it starts, fees in range. */
export function checkAssessorOrganisation(facts: AssessorOrganisationFacts): Result<true> {
  const reasons: Reason[] = [];
  if (!isKvkNumber(facts.kvkNumber)) reasons.push(reason('KVK_NUMBER_INVALID'));
  if (isAfter(facts.certifiedFrom, facts.certifiedUntil)) {
    reasons.push(reason('CERTIFICATION_PERIOD_REVERSED', { certifiedFrom: facts.certifiedFrom, certifiedUntil: facts.certifiedUntil }));
  }
  const fees = checkAssessorFeeSchedule(facts.fees);
  if (!fees.ok) reasons.push(...fees.reasons);
  return resultOf(reasons, () => true as const);
}
