import { isAfter, type CalendarDate } from './calendar-date';
import { certificationOn, type CertificationDecision } from './certification';
import type { ReasonCode } from './reasons';

/** Why a completion of an offering's execution is not accepted. */
export type CompletionRefusal = Extract<ReasonCode, 'DATE_IN_FUTURE' | 'OUTSIDE_CERTIFICATION_PERIOD' | 'LEADER_DEREGISTERED'>;

/** What deciding on one completion needs. */
export interface CompletionCandidate {
  readonly completedOn: CalendarDate;
  /** The offering's certification decisions. */
  readonly certifications: readonly CertificationDecision[];
  /** The leader's deregistration date, if any (a future date does not refuse yet). */
  readonly deregisteredOn?: CalendarDate | null;
}

/**
 * Whether a completion is accepted (null) or why not (DESIGN §3.4, §5): not dated in the future, the
 * offering certified on the completion date, the leader not deregistered on `asOf`. The same rule for
 * a provider's upload and a leader's certificate; checked in this order, the first refusal is given.
 */
export function completionRefusal(candidate: CompletionCandidate, asOf: CalendarDate): CompletionRefusal | null {
  if (isAfter(candidate.completedOn, asOf)) return 'DATE_IN_FUTURE';
  if (!certificationOn(candidate.certifications, candidate.completedOn)) return 'OUTSIDE_CERTIFICATION_PERIOD';
  if (candidate.deregisteredOn != null && !isAfter(candidate.deregisteredOn, asOf)) return 'LEADER_DEREGISTERED';
  return null;
}
