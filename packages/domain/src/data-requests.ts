import { addMonths, isAfter, isBefore, type CalendarDate } from './calendar-date';
import { isEmailAddress } from './email-address';
import { fail, ok, reason, resultOf, type Reason, type Result } from './reasons';

/**
 * A leader's request about their own personal data (AVG): a correction (art. 16: rectification) or
 * an erasure (art. 17). The register answers within one month of receipt, extendable once by two
 * further months with a reason given to the leader within the first month (art. 12(3)).
 */
export const DataRequestKind = { CORRECTION: 'CORRECTION', ERASURE: 'ERASURE' } as const;
export type DataRequestKind = (typeof DataRequestKind)[keyof typeof DataRequestKind];

/** What a correction is about: the data the register holds on the leader, by subject. */
export const DataRequestSubject = { NAME: 'NAME', BIRTH_DATE: 'BIRTH_DATE', EMAIL: 'EMAIL', EMPLOYMENT: 'EMPLOYMENT', OTHER: 'OTHER' } as const;
export type DataRequestSubject = (typeof DataRequestSubject)[keyof typeof DataRequestSubject];

/** GRANTED: the correction was carried out or the data erased; REFUSED: with grounds. */
export const DataRequestOutcome = { GRANTED: 'GRANTED', REFUSED: 'REFUSED' } as const;
export type DataRequestOutcome = (typeof DataRequestOutcome)[keyof typeof DataRequestOutcome];

/** Open requests are REQUESTED; a decision makes them GRANTED or REFUSED. */
export type DataRequestStatus = 'REQUESTED' | DataRequestOutcome;

/** The answer period of art. 12(3): one month, and three in all when extended. */
const ANSWER_MONTHS = 1;
const EXTENSION_MONTHS = 2;

/** The shortest description of what is wrong, or of the grounds of a refusal or extension, that says something. */
export const DATA_REQUEST_TEXT_MIN_LENGTH = 5;

/**
 * The legal deadline for deciding a request received on `receivedOn`: one month later (the day of
 * month kept, clamped to the month's end: 31 January → 28/29 February), three months when extended.
 */
export function dataRequestDeadline(receivedOn: CalendarDate, extended: boolean): CalendarDate {
  return addMonths(receivedOn, extended ? ANSWER_MONTHS + EXTENSION_MONTHS : ANSWER_MONTHS);
}

/** Whether an open request is past its deadline on `today` (the deadline day itself is still in time). */
export function isDataRequestOverdue(receivedOn: CalendarDate, extended: boolean, today: CalendarDate): boolean {
  return isAfter(today, dataRequestDeadline(receivedOn, extended));
}

function hasText(text: string | null | undefined): boolean {
  return (text ?? '').trim().length >= DATA_REQUEST_TEXT_MIN_LENGTH;
}

/** What a leader files: a correction names its subject, what is wrong and the right value; an erasure its reason. */
export interface DataRequestFiling {
  kind: DataRequestKind;
  subject: DataRequestSubject | null;
  description: string | null;
  proposedValue: string | null;
}

/** Checks a filing: what is needed to handle it is there. */
export function validateDataRequestFiling(filing: DataRequestFiling): Result<true> {
  if (filing.kind === 'CORRECTION') {
    if (!filing.subject) return fail(reason('DATA_REQUEST_SUBJECT_MISSING'));
    if (!hasText(filing.description)) return fail(reason('DATA_REQUEST_DESCRIPTION_MISSING'));
    if (!(filing.proposedValue ?? '').trim()) return fail(reason('DATA_REQUEST_PROPOSED_VALUE_MISSING'));
    return ok(true);
  }
  return hasText(filing.description) ? ok(true) : fail(reason('DATA_REQUEST_ERASURE_REASON_MISSING'));
}

/**
 * Extending the answer period (art. 12(3)): once, by two months, with grounds, and only while the
 * first month runs (the leader must hear of it within that month).
 */
export function validateDataRequestExtension(
  request: { receivedOn: CalendarDate; extended: boolean },
  today: CalendarDate,
  grounds: string | null,
): Result<{ readonly deadline: CalendarDate }> {
  if (request.extended) return fail(reason('DATA_REQUEST_ALREADY_EXTENDED'));
  const deadline = dataRequestDeadline(request.receivedOn, false);
  if (isAfter(today, deadline)) return fail(reason('DATA_REQUEST_EXTENSION_LATE', { deadline }));
  if (!hasText(grounds)) return fail(reason('DATA_REQUEST_GROUNDS_MISSING'));
  return ok({ deadline: dataRequestDeadline(request.receivedOn, true) });
}

/** A registration as erasure sees it: from when, and until when if deregistered. */
export interface ErasureRegistration {
  registeredOn: CalendarDate;
  deregisteredOn: CalendarDate | null;
}

/**
 * Whether a leader's personal data may be erased on `today` (art. 17(3)(b)): the register must keep
 * the public entry of a registered leader by law, so only when every registration has been
 * deregistered on or before today (or there never was one).
 */
export function checkErasureAllowed(registrations: readonly ErasureRegistration[], today: CalendarDate): Result<true> {
  const standing = registrations.some((registration) => registration.deregisteredOn === null || isAfter(registration.deregisteredOn, today));
  return standing ? fail(reason('ERASURE_WHILE_REGISTERED')) : ok(true);
}

/** A staff decision on a request: grounds for a refusal; for a carried-out correction, what changed. */
export interface DataRequestDecision {
  outcome: DataRequestOutcome;
  grounds: string | null;
  /** For a granted correction: the fields changed in the register (may be none when `grounds` says what was done elsewhere). */
  changedFields: readonly string[];
}

/**
 * Checks a decision against the request and, for a granted erasure, the leader's registrations: a
 * refusal needs grounds; a carried-out correction changes something or says what was done; an erasure
 * is granted only when {@link checkErasureAllowed} allows it.
 */
export function validateDataRequestDecision(
  kind: DataRequestKind,
  decision: DataRequestDecision,
  registrations: readonly ErasureRegistration[],
  today: CalendarDate,
): Result<true> {
  if (decision.outcome === 'REFUSED') return hasText(decision.grounds) ? ok(true) : fail(reason('DATA_REQUEST_GROUNDS_MISSING'));
  if (kind === 'ERASURE') return checkErasureAllowed(registrations, today);
  return decision.changedFields.length > 0 || hasText(decision.grounds) ? ok(true) : fail(reason('DATA_REQUEST_NOTHING_CORRECTED'));
}

/** New values for a leader's data in a carried-out correction (trimmed; null = left as is). */
export interface CorrectionValues {
  initials: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: CalendarDate | null;
  email: string | null;
}

/** Checks new values: names that say something, an e-mail address of the right shape, a birth date in the past. */
export function validateCorrectionValues(values: CorrectionValues, today: CalendarDate): Result<true> {
  const reasons: Reason[] = [];
  if ([values.initials, values.firstName, values.lastName].some((value) => value !== null && value.trim() === '')) reasons.push(reason('CORRECTION_NAME_EMPTY'));
  if (values.email !== null && !isEmailAddress(values.email.trim())) reasons.push(reason('CORRECTION_EMAIL_INVALID'));
  if (values.birthDate !== null && !isBefore(values.birthDate, today)) reasons.push(reason('DATE_IN_FUTURE', { date: values.birthDate }));
  return resultOf(reasons, () => true as const);
}
