import { addDays, isAfter, minDate, type CalendarDate } from './calendar-date';
import { evidenceWindowOf } from './re-registration';
import type { RegistrationFacts, RegistrationPeriod, RegistrationState } from './registration-status';
import type { EvidenceWindow } from './theme-completion';

/**
 * Whether the public register answers for `asOf`: today or earlier. The register shows how a
 * registration is or was; a later date would present a forecast as fact, because re-registrations,
 * deferrals and deregistrations are not known ahead.
 */
export function isPublicAsOf(asOf: CalendarDate, today: CalendarDate): boolean {
  return !isAfter(asOf, today);
}

/** The dates a public entry shows for the period current on its date (DESIGN §3.3, §5). */
export interface PublicEntryDates {
  /** The (re)registration or full registration that opened the period shown. */
  readonly periodStartsOn: CalendarDate;
  /** The period's re-registration due date (after deferrals); null in an aspirant period, which ends with a full registration instead. */
  readonly reRegistrationDue: CalendarDate | null;
  /** Last day of an aspirant period (the programme's expected end date, after deferrals); null otherwise. */
  readonly aspirantUntil: CalendarDate | null;
  /** First day of EXPIRED when the period is not (re-)registered in time: due date + the conditional months. Null once deregistered. */
  readonly expiresOn: CalendarDate | null;
  /** The day the leader left the register, once DEREGISTERED. */
  readonly deregisteredOn: CalendarDate | null;
  /**
   * The completions listed with the entry: the period's evidence window (§3.5) up to `asOf`. A period
   * that has lapsed (EXPIRED) or ended with a deregistration lists what was done before that day, not
   * what came after: later work belongs to no period shown.
   */
  readonly themeWindow: EvidenceWindow;
}

/** The public dates of a registration in `state` (its state on `asOf`, with a current period). */
export function publicEntryDates(
  facts: RegistrationFacts,
  state: RegistrationState & { readonly period: RegistrationPeriod },
  asOf: CalendarDate,
): PublicEntryDates {
  const { period } = state;
  const aspirant = period.kind === 'ASPIRANT';
  const deregisteredOn = state.status === 'DEREGISTERED' ? (facts.deregisteredOn ?? null) : null;
  const lastCountedDay = minDate(asOf, addDays(period.expiresOn, -1), ...(deregisteredOn ? [addDays(deregisteredOn, -1)] : []));
  return {
    periodStartsOn: period.startsOn,
    reRegistrationDue: aspirant ? null : period.dueDate,
    aspirantUntil: aspirant ? addDays(period.dueDate, -1) : null,
    expiresOn: deregisteredOn ? null : period.expiresOn,
    deregisteredOn,
    themeWindow: evidenceWindowOf(period, lastCountedDay),
  };
}
