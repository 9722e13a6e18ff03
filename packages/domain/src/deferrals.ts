import { addYears, calendarDateParts, isAfter, isBefore, type CalendarDate } from './calendar-date';
import type { DeferralKind, DeferralOutcome, DeferralReason } from './enums';
import { fail, ok, reason, type Reason, type Result } from './reasons';
import { registrationStateOn, type GrantedDeferral, type RegistrationFacts } from './registration-status';
import { rulesOn, type RuleSet } from './rule-sets';

/** A leader's request for deferral (uitstel, DESIGN §3.7). */
export interface DeferralRequest {
  readonly kind: DeferralKind;
  readonly reason: DeferralReason;
  readonly requestedOn: CalendarDate;
  /** The date the leader asks for: new deadline (initial) or new due date (re-registration). */
  readonly requestedDueDate: CalendarDate;
  /** The leader's explanation; required except for EARLY_REGISTRANT, whose ground is the registration year. */
  readonly motivation?: string | null;
}

/** A committee's decision on a deferral request (§3.7). */
export interface DeferralDecision {
  readonly outcome: DeferralOutcome;
  readonly decidedOn: CalendarDate;
  /** New date for GRANTED (= requested date) and PARTLY_GRANTED (before the requested date). */
  readonly newDueDate?: CalendarDate | null;
  /** The committee's grounds; at least one for a rejection. */
  readonly grounds?: readonly string[];
}

/** What a valid request means: the current date it moves and the furthest date allowed. */
export interface DeferralRequestCheck {
  /** The deadline or effective due date the request would move. */
  readonly currentDueDate: CalendarDate;
  /** Furthest date the committee may grant (early registrants: undeferred due date + 2 years); null = no fixed cap. */
  readonly maxDueDate: CalendarDate | null;
}

/** The effect of a valid decision. */
export interface DeferralDecisionEffect {
  readonly outcome: DeferralOutcome;
  /** The new date, or null when rejected. */
  readonly newDueDate: CalendarDate | null;
  /** For re-registration grants: the fact to append to `RegistrationFacts.deferrals`. */
  readonly grantedDeferral: GrantedDeferral | null;
}

/** Admissible reasons for a kind of deferral (§3.7): initial → FINISHING_PROGRAMME, OTHER_ROUTE_IN_PROCEDURE, PERSONAL_CIRCUMSTANCES; re-registration → GROUNDED_REASON, EARLY_REGISTRANT. */
export function deferralReasonsFor(kind: DeferralKind, rules: RuleSet): readonly DeferralReason[] {
  return rules.deferralReasons[kind];
}

/** Whether a leader first registered in 2014 or 2015 (§3.3, §3.7: early registrants may get up to two years' deferral). */
export function isEarlyRegistrant(facts: Pick<RegistrationFacts, 'registeredOn' | 'firstRegisteredOn'>, rules: RuleSet): boolean {
  const first = facts.firstRegisteredOn ?? facts.registeredOn;
  return rules.earlyRegistrantYears.includes(calendarDateParts(first).year);
}

function checkRequest(
  request: DeferralRequest,
  registration: RegistrationFacts | null,
  onDate: CalendarDate,
  rules: RuleSet,
): { reasons: Reason[]; check: DeferralRequestCheck | null } {
  const reasons: Reason[] = [];
  if (!deferralReasonsFor(request.kind, rules).includes(request.reason)) reasons.push(reason('DEFERRAL_REASON_NOT_FOR_KIND', { reason: request.reason }));
  if (request.reason !== 'EARLY_REGISTRANT' && (request.motivation ?? '').trim() === '') reasons.push(reason('DEFERRAL_MOTIVATION_REQUIRED'));

  if (request.kind === 'INITIAL_REGISTRATION') {
    return { reasons, check: { currentDueDate: rules.initialRegistrationDeadline, maxDueDate: null } };
  }
  const period = registration === null ? null : registrationStateOn(registration, onDate, rules).period;
  if (registration === null || period === null) {
    reasons.push(reason('REGISTRATION_NOT_YET_STARTED', { registeredOn: registration?.registeredOn ?? onDate }));
    return { reasons, check: null };
  }
  let maxDueDate: CalendarDate | null = null;
  if (request.reason === 'EARLY_REGISTRANT') {
    if (!isEarlyRegistrant(registration, rules)) {
      reasons.push(reason('DEFERRAL_NOT_EARLY_REGISTRANT', { years: rules.earlyRegistrantYears.join(' of ') }));
    }
    if (period.kind !== 'REGISTRATION') reasons.push(reason('DEFERRAL_EARLY_REGISTRANT_ONLY_FIRST_PERIOD'));
    maxDueDate = addYears(period.nominalDueDate, rules.earlyRegistrantMaxDeferralYears);
  }
  return { reasons, check: { currentDueDate: period.dueDate, maxDueDate } };
}

function checkNewDate(newDate: CalendarDate, check: DeferralRequestCheck, rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  if (!isAfter(newDate, check.currentDueDate)) reasons.push(reason('DEFERRAL_DATE_NOT_AFTER_DUE', { dueDate: check.currentDueDate }));
  if (check.maxDueDate !== null && isAfter(newDate, check.maxDueDate)) {
    reasons.push(reason('DEFERRAL_EXCEEDS_CAP', { maxDate: check.maxDueDate, years: rules.earlyRegistrantMaxDeferralYears }));
  }
  return reasons;
}

/**
 * Checks a deferral request (DESIGN §3.7): the reason must fit the kind (initial registration vs
 * re-registration), a motivation is needed (except EARLY_REGISTRANT), EARLY_REGISTRANT only for
 * leaders first registered in 2014/2015 and only for their first re-registration, the requested date
 * must be after the current deadline/due date and, for early registrants, at most two years after the
 * undeferred due date. `registration` is null for an initial-registration deferral.
 */
export function validateDeferralRequest(
  request: DeferralRequest,
  registration: RegistrationFacts | null,
  rules: RuleSet = rulesOn(request.requestedOn),
): Result<DeferralRequestCheck> {
  const { reasons, check } = checkRequest(request, registration, request.requestedOn, rules);
  if (check !== null) reasons.push(...checkNewDate(request.requestedDueDate, check, rules));
  const [first, ...rest] = reasons;
  if (first !== undefined) return fail(first, ...rest);
  if (check === null) return fail(reason('REGISTRATION_NOT_YET_STARTED', { registeredOn: request.requestedOn }));
  return ok(check);
}

/**
 * Checks a committee decision on a deferral request (DESIGN §3.7) and returns its effect:
 * GRANTED sets exactly the requested date; PARTLY_GRANTED a date after the current due date and before
 * the requested one; both within the early-registrant cap. REJECTED needs at least one ground and
 * changes nothing. The request's own admissibility (reason, early registrant) is checked as well.
 */
export function validateDeferralDecision(
  decision: DeferralDecision,
  request: DeferralRequest,
  registration: RegistrationFacts | null,
  rules: RuleSet = rulesOn(decision.decidedOn),
): Result<DeferralDecisionEffect> {
  if (decision.outcome === 'REJECTED') {
    const grounds = (decision.grounds ?? []).filter((g) => g.trim() !== '');
    if (grounds.length === 0) return fail(reason('DEFERRAL_REJECTION_NEEDS_REASONS'));
    return ok({ outcome: decision.outcome, newDueDate: null, grantedDeferral: null });
  }
  const { reasons, check } = checkRequest(request, registration, decision.decidedOn, rules);
  const newDate = decision.newDueDate ?? null;
  if (newDate === null) reasons.push(reason('DEFERRAL_GRANT_NEEDS_DATE'));
  if (newDate !== null && check !== null) reasons.push(...checkNewDate(newDate, check, rules));
  if (newDate !== null && decision.outcome === 'GRANTED' && newDate !== request.requestedDueDate) {
    reasons.push(reason('DEFERRAL_FULL_GRANT_MUST_MATCH_REQUEST', { requestedDate: request.requestedDueDate }));
  }
  if (newDate !== null && decision.outcome === 'PARTLY_GRANTED' && !isBefore(newDate, request.requestedDueDate)) {
    reasons.push(reason('DEFERRAL_PARTIAL_NOT_BEFORE_REQUESTED', { requestedDate: request.requestedDueDate }));
  }
  const [first, ...rest] = reasons;
  if (first !== undefined) return fail(first, ...rest);
  if (newDate === null) return fail(reason('DEFERRAL_GRANT_NEEDS_DATE'));
  return ok({
    outcome: decision.outcome,
    newDueDate: newDate,
    grantedDeferral: request.kind === 'RE_REGISTRATION' ? { grantedOn: decision.decidedOn, newDueDate: newDate } : null,
  });
}
