import { addDays, addMonths, addYears, isAfter, isBefore, maxDate, type CalendarDate } from './calendar-date';
import type { QualificationLevel, RegistrationStatus, RegistrationTitle } from './enums';
import { rulesOn, type RuleSet } from './rule-sets';

/** A granted deferral (§3.3, §3.7) as stored: when it was decided and the due date it sets. */
export interface GrantedDeferral {
  /** Decision date. The deferral belongs to the registration period that is current on this date. */
  readonly grantedOn: CalendarDate;
  /** The new (effective) due date of that period. A deferral never moves a due date earlier. */
  readonly newDueDate: CalendarDate;
}

/** An approved re-registration (§3.3): the committee's decision date. */
export interface ApprovedReRegistration {
  readonly approvedOn: CalendarDate;
}

/**
 * The facts of one registration, as an API service builds them from its rows (DESIGN §3.3). The
 * status, due dates and periods are derived from these; store them only as a cache.
 */
export interface RegistrationFacts {
  /** Committee decision date of the (aspirant) registration. */
  readonly registeredOn: CalendarDate;
  readonly title: RegistrationTitle;
  /** Accepted qualification level; null for an aspirant without a qualification yet. */
  readonly level: QualificationLevel | null;
  /** Registered as aspirant (§3.1). */
  readonly aspirant: boolean;
  /** Last day of the aspirant registration (the programme's expected end date). Required when `aspirant`. */
  readonly aspirantUntil?: CalendarDate | null;
  /** Date an aspirant obtained the full registration of the title; the four-year cycle starts here. */
  readonly fullRegistrationOn?: CalendarDate | null;
  /** The leader's first registration ever (for the early-registrant deferral, §3.7); defaults to `registeredOn`. */
  readonly firstRegisteredOn?: CalendarDate | null;
  readonly reRegistrations: readonly ApprovedReRegistration[];
  readonly deferrals: readonly GrantedDeferral[];
  /** Date of leaving the register (uitschrijven/doorhalen); DEREGISTERED from this day on. */
  readonly deregisteredOn?: CalendarDate | null;
}

/** Kind of registration period. */
export type RegistrationPeriodKind = 'ASPIRANT' | 'REGISTRATION' | 'RE_REGISTRATION';

/** One period of the cycle: from a (re)registration to its due date (§3.3, §3.5). */
export interface RegistrationPeriod {
  readonly kind: RegistrationPeriodKind;
  /** 0 for the first period. Aspirant periods count too. */
  readonly index: number;
  /** The (re)registration date that opened the period. */
  readonly startsOn: CalendarDate;
  /**
   * First day whose evidence (completions, validations, diplomas) counts for this period: the day
   * after `startsOn` (§3.5). Evidence dated on the approval day belongs only to the period it closed.
   */
  readonly evidenceFrom: CalendarDate;
  /** Due date without deferrals: previous effective due date + 4 years (never the approval date + 4 years). */
  readonly nominalDueDate: CalendarDate;
  /** Due date after deferrals granted in this period (as known on the evaluation date). */
  readonly dueDate: CalendarDate;
  /** First day of EXPIRED if not re-registered: due date + six months. */
  readonly expiresOn: CalendarDate;
}

/** Everything about a registration on one date. */
export interface RegistrationState {
  /** null before `registeredOn`: not registered on that date. */
  readonly status: RegistrationStatus | null;
  readonly aspirant: boolean;
  /** The current period (null before registration). */
  readonly period: RegistrationPeriod | null;
  /** All periods up to and including the current one. */
  readonly periods: readonly RegistrationPeriod[];
}

function byDate<T>(pick: (item: T) => CalendarDate): (a: T, b: T) => number {
  return (a, b) => (pick(a) < pick(b) ? -1 : pick(a) > pick(b) ? 1 : 0);
}

function effectiveDueDate(
  facts: RegistrationFacts,
  startsOn: CalendarDate,
  nextStartsOn: CalendarDate | null,
  nominalDueDate: CalendarDate,
  asOf: CalendarDate,
): CalendarDate {
  const newDates = facts.deferrals
    .filter((d) => d.grantedOn >= startsOn && (nextStartsOn === null || d.grantedOn < nextStartsOn) && d.grantedOn <= asOf)
    .map((d) => d.newDueDate);
  return maxDate(nominalDueDate, ...newDates);
}

function makePeriod(kind: RegistrationPeriodKind, index: number, startsOn: CalendarDate, nominalDueDate: CalendarDate, dueDate: CalendarDate, rules: RuleSet): RegistrationPeriod {
  return { kind, index, startsOn, evidenceFrom: addDays(startsOn, 1), nominalDueDate, dueDate, expiresOn: addMonths(dueDate, rules.conditionalMonths) };
}

/**
 * The registration periods known on `asOf` (DESIGN §3.3), oldest first, using only events decided on
 * or before `asOf`:
 * - first period from `registeredOn`, due four years later; for an aspirant, due the day after
 *   `aspirantUntil`, then a full period from `fullRegistrationOn` (due four years later);
 * - each approved re-registration closes the current period and opens the next, whose due date is the
 *   closed period's effective due date + four years, whatever the approval date (no drift);
 * - a deferral belongs to the period current on its decision date and moves that period's due date
 *   (the latest date wins; never earlier than the nominal date).
 */
export function registrationPeriods(facts: RegistrationFacts, asOf: CalendarDate, rules: RuleSet = rulesOn(asOf)): RegistrationPeriod[] {
  if (isBefore(asOf, facts.registeredOn)) return [];
  const starts: { kind: RegistrationPeriodKind; startsOn: CalendarDate }[] = [];
  let cycleStart = facts.registeredOn;
  if (facts.aspirant) {
    starts.push({ kind: 'ASPIRANT', startsOn: facts.registeredOn });
    const full = facts.fullRegistrationOn;
    if (full != null && !isAfter(full, asOf) && !isBefore(full, facts.registeredOn)) {
      starts.push({ kind: 'REGISTRATION', startsOn: full });
      cycleStart = full;
    }
  } else {
    starts.push({ kind: 'REGISTRATION', startsOn: facts.registeredOn });
  }
  const fullCycle = starts.some((s) => s.kind === 'REGISTRATION');
  if (fullCycle) {
    const approvals = [...facts.reRegistrations]
      .filter((r) => isAfter(r.approvedOn, cycleStart) && !isAfter(r.approvedOn, asOf))
      .sort(byDate((r) => r.approvedOn));
    for (const approval of approvals) starts.push({ kind: 'RE_REGISTRATION', startsOn: approval.approvedOn });
  }

  const periods: RegistrationPeriod[] = [];
  starts.forEach((start, index) => {
    const previous = periods[index - 1];
    let nominal: CalendarDate;
    if (start.kind === 'ASPIRANT') {
      nominal = addDays(facts.aspirantUntil ?? addYears(start.startsOn, rules.reRegistrationPeriodYears), 1);
    } else if (start.kind === 'REGISTRATION' || previous === undefined) {
      nominal = addYears(start.startsOn, rules.reRegistrationPeriodYears);
    } else {
      nominal = addYears(previous.dueDate, rules.reRegistrationPeriodYears);
    }
    const next = starts[index + 1];
    const due = effectiveDueDate(facts, start.startsOn, next?.startsOn ?? null, nominal, asOf);
    periods.push(makePeriod(start.kind, index, start.startsOn, nominal, due, rules));
  });
  return periods;
}

/**
 * The full state of a registration on `date` (DESIGN §3.3): status, aspirant flag and periods.
 * - before `registeredOn`: status null (not registered on that date);
 * - on or after `deregisteredOn`: DEREGISTERED;
 * - before the current period's due date: ACTIVE (aspirants: ACTIVE with `aspirant: true` up to and
 *   including `aspirantUntil`);
 * - from the due date, for six months: CONDITIONAL (the due date itself is the first CONDITIONAL
 *   day, due + 6 months − 1 day the last);
 * - from due date + six months: EXPIRED.
 * A re-registration approved on or before `date` starts a new period, so the status is ACTIVE again.
 */
export function registrationStateOn(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet = rulesOn(date)): RegistrationState {
  const periods = registrationPeriods(facts, date, rules);
  const period = periods[periods.length - 1] ?? null;
  if (period === null) return { status: null, aspirant: facts.aspirant, period: null, periods };
  const aspirant = period.kind === 'ASPIRANT';
  let status: RegistrationStatus;
  if (facts.deregisteredOn != null && !isBefore(date, facts.deregisteredOn)) status = 'DEREGISTERED';
  else if (isBefore(date, period.dueDate)) status = 'ACTIVE';
  else if (isBefore(date, period.expiresOn)) status = 'CONDITIONAL';
  else status = 'EXPIRED';
  return { status, aspirant, period, periods };
}

/**
 * The registration's status on `date` (DESIGN §3.3), or null when it did not exist yet on that day.
 * A pure function of the facts and the date; see {@link registrationStateOn} for the details.
 */
export function statusOn(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet = rulesOn(date)): RegistrationStatus | null {
  return registrationStateOn(facts, date, rules).status;
}

/** The current period's effective due date on `date` (re-registration due, with deferrals), or null before registration. */
export function dueDateOn(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet = rulesOn(date)): CalendarDate | null {
  return registrationStateOn(facts, date, rules).period?.dueDate ?? null;
}

/**
 * The due date that follows when the current period is re-registered on `approvedOn` (DESIGN §3.3):
 * the current effective due date + four years, independent of `approvedOn` (late re-registration does
 * not move the schedule; neither does early re-registration). For an aspirant period: the full
 * registration's date + four years. Returns null before registration.
 */
export function nextDueDateAfterReRegistration(facts: RegistrationFacts, approvedOn: CalendarDate, rules: RuleSet = rulesOn(approvedOn)): CalendarDate | null {
  const period = registrationStateOn(facts, approvedOn, rules).period;
  if (period === null) return null;
  if (period.kind === 'ASPIRANT') return addYears(approvedOn, rules.reRegistrationPeriodYears);
  return addYears(period.dueDate, rules.reRegistrationPeriodYears);
}

/** A change of status between two consecutive days, e.g. to produce the CONDITIONAL letter (§3.3). */
export interface StatusTransition {
  /** First day of the new status. */
  readonly on: CalendarDate;
  readonly from: RegistrationStatus | null;
  readonly to: RegistrationStatus | null;
}

/**
 * The status change that takes effect on `date` (status on `date` differs from the day before), or
 * null. The daily job calls this with today's Amsterdam date to produce letters (DESIGN §3.3, §4).
 */
export function statusTransitionOn(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet = rulesOn(date)): StatusTransition | null {
  const from = statusOn(facts, addDays(date, -1), rules);
  const to = statusOn(facts, date, rules);
  return from === to ? null : { on: date, from, to };
}

/** Ordering used by the monotonicity rule: ACTIVE < CONDITIONAL < EXPIRED < DEREGISTERED. */
export function statusRank(status: RegistrationStatus): number {
  return ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED'].indexOf(status);
}
