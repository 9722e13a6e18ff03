import type { RegistrationStatus } from '../gql/graphql';

/**
 * What the entry page says about a status, with the dates the sentence needs (API dates, unformatted).
 * Every date comes from the API, which has it from the domain: the page computes none.
 */
export type StatusExplanation =
  | { kind: 'active'; due: string | null }
  | { kind: 'aspirant'; until: string }
  | { kind: 'aspirantConditional'; until: string; expiresOn: string }
  | { kind: 'aspirantExpired'; until: string; since: string }
  | { kind: 'conditional'; due: string; until: string }
  | { kind: 'expired'; due: string; since: string }
  | { kind: 'lapsed' }
  | { kind: 'deregistered'; on: string | null };

export interface ExplainedRegistration {
  status: RegistrationStatus;
  aspirant: boolean;
  reRegistrationDue?: string | null;
  aspirantUntil?: string | null;
  expiresOn?: string | null;
  deregisteredOn?: string | null;
}

/** Picks the sentence that explains a status: an aspirant's period ends with a full registration, not a re-registration. */
export function explainStatus(registration: ExplainedRegistration): StatusExplanation {
  const { status, aspirantUntil: until = null, reRegistrationDue: due = null, expiresOn = null } = registration;
  if (status === 'DEREGISTERED') return { kind: 'deregistered', on: registration.deregisteredOn ?? null };
  if (registration.aspirant && until) {
    if (status === 'ACTIVE') return { kind: 'aspirant', until };
    if (!expiresOn) return { kind: 'lapsed' };
    return status === 'CONDITIONAL' ? { kind: 'aspirantConditional', until, expiresOn } : { kind: 'aspirantExpired', until, since: expiresOn };
  }
  if (status === 'ACTIVE') return { kind: 'active', due };
  if (!due || !expiresOn) return { kind: 'lapsed' };
  return status === 'CONDITIONAL' ? { kind: 'conditional', due, until: expiresOn } : { kind: 'expired', due, since: expiresOn };
}

/** Which period the listed themes belong to, for the heading above them. */
export type ThemesPeriod = 'current' | 'aspirant' | 'expired' | 'deregistered';

export function themesPeriodOf(registration: ExplainedRegistration): ThemesPeriod {
  if (registration.status === 'DEREGISTERED') return 'deregistered';
  if (registration.aspirant) return 'aspirant';
  return registration.status === 'EXPIRED' ? 'expired' : 'current';
}
