import { addDays, isBefore, minDate, type CalendarDate } from './calendar-date';
import { registrationStateOn, type RegistrationFacts } from './registration-status';
import { rulesOn, type RuleSet } from './rule-sets';

/**
 * Verifiable credentials (issue 12): the register's signed word on one registration period of a leader.
 * A credential names the period by the date that opened it; whether it still holds is decided here,
 * from the registration's facts and a date, never from a stored flag.
 */

/** What a verifier learns of a credential on a date. */
export const CredentialStatus = { VALID: 'VALID', REVOKED: 'REVOKED', NOT_YET_VALID: 'NOT_YET_VALID' } as const;
export type CredentialStatus = (typeof CredentialStatus)[keyof typeof CredentialStatus];

/** Why a credential is revoked: its period is over. */
export const CredentialRevocation = { EXPIRED: 'EXPIRED', DEREGISTERED: 'DEREGISTERED', SUPERSEDED: 'SUPERSEDED' } as const;
export type CredentialRevocation = (typeof CredentialRevocation)[keyof typeof CredentialRevocation];

/** The period a credential may be issued for on a date. */
export interface CredentialPeriod {
  /** The (re)registration date that opened the period: the credential's `validFrom`. */
  readonly startsOn: CalendarDate;
  /** The period is an aspirant registration (§3.1). */
  readonly aspirant: boolean;
}

/** A credential's standing on a date. */
export interface CredentialStanding {
  readonly status: CredentialStatus;
  /** Set when `status` is REVOKED. */
  readonly revocation: CredentialRevocation | null;
  readonly validFrom: CalendarDate;
  /** Last day the period holds as known on the date (deferrals may move it later); null before it starts. */
  readonly validUntil: CalendarDate | null;
}

/**
 * The period a credential is issued for when asked on `date`: the registration's current period, while the
 * leader is registered (ACTIVE or CONDITIONAL, §3.3). Null before registration, once expired or deregistered:
 * the register then vouches for nothing new.
 */
export function credentialPeriodOn(facts: RegistrationFacts, date: CalendarDate, rules: RuleSet = rulesOn(date)): CredentialPeriod | null {
  const state = registrationStateOn(facts, date, rules);
  if (state.period === null || (state.status !== 'ACTIVE' && state.status !== 'CONDITIONAL')) return null;
  return { startsOn: state.period.startsOn, aspirant: state.period.kind === 'ASPIRANT' };
}

/**
 * The standing on `date` of a credential for the period that `periodStartsOn` opened:
 * - NOT_YET_VALID before that day;
 * - REVOKED (DEREGISTERED) from the day of leaving the register;
 * - REVOKED (SUPERSEDED) once a later period started (re-registration, or the full registration after an
 *   aspirant period) or when the period no longer exists in the facts;
 * - REVOKED (EXPIRED) once the registration is EXPIRED (due date + six months without re-registration);
 * - VALID otherwise, CONDITIONAL included: the leader is still registered, under conditions (§3.3).
 * `validUntil` is the period's last day as known on `date`: the day before the next period, before
 * deregistration, or before the period's expiry, whichever comes first.
 */
export function credentialStandingOn(facts: RegistrationFacts, periodStartsOn: CalendarDate, date: CalendarDate, rules: RuleSet = rulesOn(date)): CredentialStanding {
  if (isBefore(date, periodStartsOn)) return { status: 'NOT_YET_VALID', revocation: null, validFrom: periodStartsOn, validUntil: null };
  const state = registrationStateOn(facts, date, rules);
  const index = state.periods.findIndex((period) => period.startsOn === periodStartsOn);
  const period = state.periods[index];
  const revoked = (revocation: CredentialRevocation, validUntil: CalendarDate | null): CredentialStanding => ({
    status: 'REVOKED',
    revocation,
    validFrom: periodStartsOn,
    validUntil,
  });
  if (period === undefined) return revoked('SUPERSEDED', null);
  const next = state.periods[index + 1];
  const ends = [addDays(period.expiresOn, -1), ...(next ? [addDays(next.startsOn, -1)] : []), ...(facts.deregisteredOn ? [addDays(facts.deregisteredOn, -1)] : [])];
  const validUntil = minDate(ends[0]!, ...ends.slice(1));
  if (state.status === 'DEREGISTERED') return revoked('DEREGISTERED', validUntil);
  if (next !== undefined) return revoked('SUPERSEDED', validUntil);
  if (state.status === 'EXPIRED') return revoked('EXPIRED', validUntil);
  return { status: 'VALID', revocation: null, validFrom: periodStartsOn, validUntil };
}

/** Entries per Bitstring Status List: the W3C minimum (16 KB), so a list does not tell whose credential a bit is. */
export const STATUS_LIST_SIZE = 131_072;

/** Where the `sequence`-th credential (0, 1, 2, …) sits: list 1 holds the first {@link STATUS_LIST_SIZE}, list 2 the next. */
export function statusListPosition(sequence: number): { list: number; index: number } {
  return { list: Math.floor(sequence / STATUS_LIST_SIZE) + 1, index: sequence % STATUS_LIST_SIZE };
}
