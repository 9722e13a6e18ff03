import { addMonths, parseCalendarDate, rulesOn, type CalendarDate } from '@srpo/domain';
import type { RegistrationStatus } from '../gql/graphql';

/** What the entry page says about a status, with the dates the sentence needs (API dates, unformatted). */
export type StatusExplanation =
  | { kind: 'active'; due: string | null }
  | { kind: 'aspirant' }
  | { kind: 'conditional'; due: string; until: string }
  | { kind: 'expired'; due: string; since: string }
  | { kind: 'lapsed' }
  | { kind: 'deregistered' };

export interface ExplainedRegistration {
  status: RegistrationStatus;
  aspirant: boolean;
  reRegistrationDue?: string | null;
}

/**
 * Picks the sentence that explains a status. The six months "onder voorwaarden" come from the rule set
 * in force on `asOf` (DESIGN §3.3), not from a number in the front end.
 */
export function explainStatus(registration: ExplainedRegistration, asOf: CalendarDate): StatusExplanation {
  const due = registration.reRegistrationDue ? parseCalendarDate(registration.reRegistrationDue) : null;
  switch (registration.status) {
    case 'ACTIVE':
      return registration.aspirant ? { kind: 'aspirant' } : { kind: 'active', due };
    case 'CONDITIONAL':
    case 'EXPIRED': {
      if (!due) return { kind: 'lapsed' };
      const expiresOn = addMonths(due, rulesOn(asOf).conditionalMonths);
      return registration.status === 'CONDITIONAL' ? { kind: 'conditional', due, until: expiresOn } : { kind: 'expired', due, since: expiresOn };
    }
    case 'DEREGISTERED':
      return { kind: 'deregistered' };
  }
}
