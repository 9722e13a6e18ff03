import { addWeeks, isAfter, isBefore, isWithin, type CalendarDate } from './calendar-date';
import { fail, ok, reason, type Result } from './reasons';
import { rulesOn, type RuleSet } from './rule-sets';

/**
 * Last day on which an objection (bezwaar) against a decision can be filed: the decision date plus
 * six weeks (DESIGN §3.8), e.g. a decision of 2018-01-10 can be objected to up to and including
 * 2018-02-21.
 */
export function objectionDeadline(decidedOn: CalendarDate, rules: RuleSet = rulesOn(decidedOn)): CalendarDate {
  return addWeeks(decidedOn, rules.objectionPeriodWeeks);
}

/** Whether an objection against a decision of `decidedOn` can be filed on `date` (decision date through the deadline, inclusive). */
export function isObjectionOpen(decidedOn: CalendarDate, date: CalendarDate, rules: RuleSet = rulesOn(decidedOn)): boolean {
  return isWithin(date, decidedOn, objectionDeadline(decidedOn, rules));
}

/** Checks the filing date of an objection (§3.8); returns the deadline or why it is not admissible. */
export function validateObjectionFiling(
  decidedOn: CalendarDate,
  filedOn: CalendarDate,
  rules: RuleSet = rulesOn(decidedOn),
): Result<{ readonly deadline: CalendarDate }> {
  const deadline = objectionDeadline(decidedOn, rules);
  if (isBefore(filedOn, decidedOn)) return fail(reason('OBJECTION_BEFORE_DECISION', { decidedOn }));
  if (isAfter(filedOn, deadline)) return fail(reason('OBJECTION_PERIOD_ENDED', { deadline }));
  return ok({ deadline });
}

/** An objection states its grounds: at least this many characters (§3.8). */
export const OBJECTION_GROUNDS_MIN_LENGTH = 10;

/** Whether the grounds of an objection say enough to be handled. */
export function hasObjectionGrounds(grounds: string): boolean {
  return grounds.trim().length >= OBJECTION_GROUNDS_MIN_LENGTH;
}

/**
 * The kinds of decision open to objection (§3.8), each with its party and reopened state below.
 * PORTFOLIO_OUTCOME is a portfolio case's standing decision (§3.6): an insufficient assessment, or
 * the outcome after the interview. DATA_REQUEST is the decision on a leader's AVG request about their
 * own data (a decision of an administrative body, so open to objection like the others).
 */
export const OBJECTION_DECISION_KINDS = ['APPLICATION', 'DEFERRAL', 'CERTIFICATION', 'CERTIFICATE_VERIFICATION', 'PEER_VALIDATION', 'PORTFOLIO_OUTCOME', 'DATA_REQUEST'] as const;
export type ObjectionDecisionKind = (typeof OBJECTION_DECISION_KINDS)[number];

/** Who may object: the leader whose case it is, or the owner (provider or board) of the certified offering. */
export const OBJECTING_PARTY: Readonly<Record<ObjectionDecisionKind, 'LEADER' | 'OWNER'>> = {
  APPLICATION: 'LEADER',
  DEFERRAL: 'LEADER',
  CERTIFICATE_VERIFICATION: 'LEADER',
  PEER_VALIDATION: 'LEADER',
  CERTIFICATION: 'OWNER',
  PORTFOLIO_OUTCOME: 'LEADER',
  DATA_REQUEST: 'LEADER',
};

/**
 * Where an upheld objection sends the case: back to the state in which it is decided again — an
 * application complete and ready for a meeting, a deferral request pending, an offering in the
 * certification queue, a certificate to verify, a peer-validation member placed and awaiting the
 * facilitator's confirmation, a portfolio case back with its assessors after the interview (the
 * themes not validated are decided again; a validation stands; an insufficient assessment, the
 * case's other decision, goes back to assessment: `reopenPortfolioDecision`).
 */
export const REOPENED_STATE = {
  APPLICATION: 'COMPLETE',
  DEFERRAL: 'REQUESTED',
  CERTIFICATION: 'SUBMITTED',
  CERTIFICATE_VERIFICATION: 'PENDING_VERIFICATION',
  PEER_VALIDATION: 'PLACED',
  PORTFOLIO_OUTCOME: 'INTERVIEW_PLANNED',
  DATA_REQUEST: 'REQUESTED',
} as const satisfies Record<ObjectionDecisionKind, string>;
