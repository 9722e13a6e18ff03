import type { CalendarDate } from './calendar-date';
import { fail, ok, reason, resultOf, type Reason, type Result } from './reasons';
import { rulesOn, type RuleSet } from './rule-sets';
import type { InformalValidation } from './theme-completion';

// ---------------------------------------------------------------------------------------------
// Portfolio validation (DESIGN §3.6, route 1)
// ---------------------------------------------------------------------------------------------

/** Stages of a portfolio case: submitted → assessed → validation interview → validated or not. */
export type PortfolioState = 'DRAFT' | 'SUBMITTED' | 'INSUFFICIENT' | 'SUFFICIENT' | 'INTERVIEW_PLANNED' | 'VALIDATED' | 'NOT_VALIDATED';

/** A portfolio case as stored: its themes (at most two at once) and its two assessors (the same throughout). */
export interface PortfolioCase {
  readonly state: PortfolioState;
  readonly themeCodes: readonly string[];
  readonly assessorIds: readonly string[];
}

/** The assessors' checklist of minimum requirements (fixed structure, DESIGN §3.6 / seed 004). */
export interface PortfolioChecklist {
  /** Worked out following the portfolio's fixed structure. */
  readonly followsFixedStructure: boolean;
  /** Shows the development on the theme, using the school-leader competences. */
  readonly showsDevelopment: boolean;
  /** Colleagues whose feedback is included in the reflection (≥ 2). */
  readonly colleagueFeedbackCount: number;
  /** Sources used (≥ 4) … */
  readonly sourceCount: number;
  /** … of which literature (≥ 2). */
  readonly literatureSourceCount: number;
  /** Pieces of evidence (5–10). */
  readonly evidenceCount: number;
  /** Words excluding appendices (≤ 3000). */
  readonly wordCount: number;
  /** Clear wording, sentence structure and spelling. */
  readonly clearWriting: boolean;
  /** Learning goals and reflection written from the leader's own role. */
  readonly ownRoleCentral: boolean;
}

/** A step in a portfolio case. Assessor steps name the acting assessor. */
export type PortfolioAction =
  | { readonly type: 'SUBMIT' }
  | { readonly type: 'RESUBMIT' }
  | { readonly type: 'ASSESS_SUFFICIENT'; readonly assessorId: string; readonly checklist: PortfolioChecklist }
  | { readonly type: 'ASSESS_INSUFFICIENT'; readonly assessorId: string; readonly feedback: string }
  | { readonly type: 'PLAN_INTERVIEW'; readonly assessorId: string }
  | { readonly type: 'VALIDATE'; readonly assessorId: string }
  | { readonly type: 'NOT_VALIDATE'; readonly assessorId: string; readonly feedback: string }
  | { readonly type: 'REAPPLY_INTERVIEW' };

/** Allowed steps: which action moves which state to which (§3.6). */
export const PORTFOLIO_TRANSITIONS: Readonly<Record<PortfolioAction['type'], { readonly from: PortfolioState; readonly to: PortfolioState }>> = {
  SUBMIT: { from: 'DRAFT', to: 'SUBMITTED' },
  RESUBMIT: { from: 'INSUFFICIENT', to: 'SUBMITTED' },
  ASSESS_SUFFICIENT: { from: 'SUBMITTED', to: 'SUFFICIENT' },
  ASSESS_INSUFFICIENT: { from: 'SUBMITTED', to: 'INSUFFICIENT' },
  PLAN_INTERVIEW: { from: 'SUFFICIENT', to: 'INTERVIEW_PLANNED' },
  VALIDATE: { from: 'INTERVIEW_PLANNED', to: 'VALIDATED' },
  NOT_VALIDATE: { from: 'INTERVIEW_PLANNED', to: 'NOT_VALIDATED' },
  REAPPLY_INTERVIEW: { from: 'NOT_VALIDATED', to: 'INTERVIEW_PLANNED' },
};

/**
 * Checks a portfolio case's set-up (§3.6): one or more distinct themes, at most two validated at
 * once, and exactly two distinct assessors.
 */
export function validatePortfolioCase(portfolioCase: Pick<PortfolioCase, 'themeCodes' | 'assessorIds'>, rules: RuleSet): Result<true> {
  const reasons: Reason[] = [];
  const { themeCodes, assessorIds } = portfolioCase;
  if (themeCodes.length === 0) reasons.push(reason('PORTFOLIO_NO_THEMES'));
  if (themeCodes.length > rules.portfolioMaxThemesAtOnce) reasons.push(reason('PORTFOLIO_TOO_MANY_THEMES', { max: rules.portfolioMaxThemesAtOnce }));
  const seen = new Set<string>();
  for (const code of themeCodes) {
    if (seen.has(code)) reasons.push(reason('PORTFOLIO_DUPLICATE_THEME', { code }));
    seen.add(code);
  }
  if (new Set(assessorIds).size !== 2 || assessorIds.length !== 2) reasons.push(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
  return resultOf(reasons, () => true as const);
}

/** Length of the validation interview (§3.6): about 45 minutes for one theme, 75 for two. */
export function portfolioInterviewMinutes(themeCount: number, rules: RuleSet): number {
  const minutes = rules.portfolioInterviewMinutes[themeCount - 1];
  if (minutes === undefined) throw new RangeError(`No interview length for ${themeCount} themes`);
  return minutes;
}

/**
 * Checks the minimum requirements (§3.6): fixed structure; development shown; feedback of ≥ 2
 * colleagues; ≥ 4 sources of which ≥ 2 literature; 5–10 pieces of evidence; ≤ 3000 words; clear
 * writing; own role central. Returns every unmet requirement.
 */
export function evaluatePortfolioChecklist(checklist: PortfolioChecklist, rules: RuleSet): Result<true> {
  const limits = rules.portfolioChecklist;
  const reasons: Reason[] = [];
  if (!checklist.followsFixedStructure) reasons.push(reason('PORTFOLIO_CHECKLIST_STRUCTURE'));
  if (!checklist.showsDevelopment) reasons.push(reason('PORTFOLIO_CHECKLIST_DEVELOPMENT'));
  if (checklist.colleagueFeedbackCount < limits.minColleagueFeedback) {
    reasons.push(reason('PORTFOLIO_CHECKLIST_COLLEAGUE_FEEDBACK', { min: limits.minColleagueFeedback, actual: checklist.colleagueFeedbackCount }));
  }
  if (checklist.sourceCount < limits.minSources) reasons.push(reason('PORTFOLIO_CHECKLIST_SOURCES', { min: limits.minSources, actual: checklist.sourceCount }));
  if (checklist.literatureSourceCount < limits.minLiteratureSources) {
    reasons.push(reason('PORTFOLIO_CHECKLIST_LITERATURE', { min: limits.minLiteratureSources, actual: checklist.literatureSourceCount }));
  }
  if (checklist.evidenceCount < limits.minEvidence || checklist.evidenceCount > limits.maxEvidence) {
    reasons.push(reason('PORTFOLIO_CHECKLIST_EVIDENCE', { min: limits.minEvidence, max: limits.maxEvidence, actual: checklist.evidenceCount }));
  }
  if (checklist.wordCount > limits.maxWords) reasons.push(reason('PORTFOLIO_CHECKLIST_WORDS', { max: limits.maxWords, actual: checklist.wordCount }));
  if (!checklist.clearWriting) reasons.push(reason('PORTFOLIO_CHECKLIST_WRITING'));
  if (!checklist.ownRoleCentral) reasons.push(reason('PORTFOLIO_CHECKLIST_OWN_ROLE'));
  return resultOf(reasons, () => true as const);
}

/**
 * Applies one step to a portfolio case (§3.6) and returns the new state, or why not:
 * the step must be allowed in the current state ({@link PORTFOLIO_TRANSITIONS}); assessor steps
 * must come from one of the case's two assessors; "sufficient" needs the checklist met;
 * "insufficient" and "not validated" need written feedback. Resubmission and re-applying for an
 * interview are allowed.
 */
export function transitionPortfolio(portfolioCase: PortfolioCase, action: PortfolioAction, rules: RuleSet): Result<PortfolioState> {
  const transition = PORTFOLIO_TRANSITIONS[action.type];
  if (transition.from !== portfolioCase.state) {
    return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: action.type, state: portfolioCase.state }));
  }
  const reasons: Reason[] = [];
  const setup = validatePortfolioCase(portfolioCase, rules);
  if (!setup.ok) reasons.push(...setup.reasons);
  if ('assessorId' in action && !portfolioCase.assessorIds.includes(action.assessorId)) reasons.push(reason('PORTFOLIO_ASSESSOR_NOT_ON_CASE'));
  if (action.type === 'ASSESS_SUFFICIENT') {
    const checklist = evaluatePortfolioChecklist(action.checklist, rules);
    if (!checklist.ok) reasons.push(...checklist.reasons);
  }
  if ((action.type === 'ASSESS_INSUFFICIENT' || action.type === 'NOT_VALIDATE') && action.feedback.trim() === '') {
    reasons.push(reason('PORTFOLIO_FEEDBACK_REQUIRED'));
  }
  return resultOf(reasons, () => transition.to);
}

/** The certificates of a validated case: one informal validation per theme, dated `validatedOn` (§3.6). */
export function portfolioValidations(portfolioCase: PortfolioCase, validatedOn: CalendarDate): InformalValidation[] {
  if (portfolioCase.state !== 'VALIDATED') return [];
  return portfolioCase.themeCodes.map((themeCode) => ({ themeCode, validatedOn, method: 'PORTFOLIO' as const }));
}

// ---------------------------------------------------------------------------------------------
// Peer validation: "Schoolleiders waarderen schoolleiders" (DESIGN §3.6, route 2)
// ---------------------------------------------------------------------------------------------

/** A leader in a peer-validation group, with the one theme they chose. */
export interface PeerParticipant {
  readonly leaderId: string;
  readonly boardId: string | null;
  readonly themeCode: string | null;
  /** The name messages use for this participant (the id when absent). */
  readonly name?: string;
}

/** A peer-validation group (trio) on a session. */
export interface PeerGroup {
  /** The day of the session: the participants' themes are completed on this date. */
  readonly sessionDate: CalendarDate;
  /** Instant the session ended; the 48-hour reflection window runs from here. */
  readonly sessionEndsAt: Date;
  readonly facilitatorId: string | null;
  readonly participants: readonly PeerParticipant[];
}

/** A closing reflection by one participant on another. */
export interface PeerReflection {
  readonly authorId: string;
  readonly subjectId: string;
  readonly submittedAt: Date;
}

/** The outcome per participant after the facilitator's confirmation. */
export interface PeerValidationOutcome {
  /** One validation per participant who handed in all reflections on time. */
  readonly validations: readonly InformalValidation[];
  readonly notValidated: readonly { readonly leaderId: string; readonly reasons: readonly Reason[] }[];
}

/** Checks a group (§3.6): exactly three distinct leaders, each with one theme, plus a facilitator who is not a participant. */
export function validatePeerGroup(group: Pick<PeerGroup, 'facilitatorId' | 'participants'>, rules: RuleSet): Result<true> {
  const reasons: Reason[] = [];
  const ids = group.participants.map((p) => p.leaderId);
  if (ids.length !== rules.peerGroupSize) reasons.push(reason('PEER_GROUP_SIZE', { size: rules.peerGroupSize, actual: ids.length }));
  if (new Set(ids).size !== ids.length) reasons.push(reason('PEER_DUPLICATE_PARTICIPANT'));
  if (group.participants.some((p) => p.themeCode === null || p.themeCode.trim() === '')) reasons.push(reason('PEER_THEME_MISSING'));
  if (group.facilitatorId === null) reasons.push(reason('PEER_FACILITATOR_MISSING'));
  else if (ids.includes(group.facilitatorId)) reasons.push(reason('PEER_FACILITATOR_IS_PARTICIPANT'));
  return resultOf(reasons, () => true as const);
}

/** The last instant a closing reflection is on time: session end + 48 hours (an exact duration, unaffected by DST). */
export function reflectionDeadline(sessionEndsAt: Date, rules: RuleSet): Date {
  return new Date(sessionEndsAt.getTime() + rules.peerReflectionHours * 3_600_000);
}

/** The message parameters of a reflection by `author` on `subject`: their ids, and names for the text. */
function reflectionParams(author: PeerParticipant | undefined, authorId: string, subject: PeerParticipant, rules: RuleSet) {
  return {
    authorId,
    subjectId: subject.leaderId,
    author: author?.name ?? authorId,
    subject: subject.name ?? subject.leaderId,
    hours: rules.peerReflectionHours,
  };
}

/**
 * What a participant still lacks (§3.6): a reflection on each of the other participants, handed in
 * at most 48 hours after the session (exactly 48 hours is on time). The earliest reflection per
 * subject counts.
 */
export function missingReflections(group: PeerGroup, authorId: string, reflections: readonly PeerReflection[], rules: RuleSet): Reason[] {
  const deadline = reflectionDeadline(group.sessionEndsAt, rules).getTime();
  const author = group.participants.find((p) => p.leaderId === authorId);
  const reasons: Reason[] = [];
  for (const subject of group.participants) {
    if (subject.leaderId === authorId) continue;
    const times = reflections
      .filter((r) => r.authorId === authorId && r.subjectId === subject.leaderId)
      .map((r) => r.submittedAt.getTime());
    const params = reflectionParams(author, authorId, subject, rules);
    if (times.length === 0) reasons.push(reason('PEER_REFLECTION_MISSING', params));
    else if (Math.min(...times) > deadline) reasons.push(reason('PEER_REFLECTION_LATE', params));
  }
  return reasons;
}

/**
 * Whether `authorId` may hand in a reflection on `subjectId` at `submittedAt` (§3.6): both are in
 * the group and differ, the session has ended, and the 48 hours after it have not passed.
 */
export function checkReflectionSubmission(group: PeerGroup, authorId: string, subjectId: string, submittedAt: Date, rules: RuleSet): Result<true> {
  const author = group.participants.find((p) => p.leaderId === authorId);
  const subject = group.participants.find((p) => p.leaderId === subjectId);
  if (author === undefined || subject === undefined || authorId === subjectId) return fail(reason('PEER_REFLECTION_SUBJECT_NOT_IN_GROUP'));
  if (submittedAt.getTime() < group.sessionEndsAt.getTime()) return fail(reason('PEER_REFLECTION_TOO_EARLY'));
  if (submittedAt.getTime() > reflectionDeadline(group.sessionEndsAt, rules).getTime()) {
    return fail(reason('PEER_REFLECTION_LATE', reflectionParams(author, authorId, subject, rules)));
  }
  return ok(true);
}

/**
 * Whether the facilitator may confirm a group at `now` (§3.6): after the session, and once every
 * reflection is in or the 48 hours have passed (so no one is judged while still on time).
 */
export function checkPeerGroupConfirmable(group: PeerGroup, reflections: readonly PeerReflection[], now: Date, rules: RuleSet): Result<true> {
  if (now.getTime() < group.sessionEndsAt.getTime()) return fail(reason('PEER_SESSION_NOT_ENDED'));
  const pending = group.participants.some((p) => missingReflections(group, p.leaderId, reflections, rules).length > 0);
  if (pending && now.getTime() <= reflectionDeadline(group.sessionEndsAt, rules).getTime()) {
    return fail(reason('PEER_REFLECTIONS_PENDING', { hours: rules.peerReflectionHours }));
  }
  return ok(true);
}

/**
 * The result of a session once the facilitator confirms (§3.6): every participant who wrote both
 * reflections within 48 hours has their chosen theme completed on the session date (whatever day the
 * facilitator confirms). Fails when the group is invalid or not confirmed.
 */
export function peerValidationOutcome(
  group: PeerGroup,
  reflections: readonly PeerReflection[],
  confirmed: boolean,
  rules: RuleSet,
): Result<PeerValidationOutcome> {
  const valid = validatePeerGroup(group, rules);
  if (!valid.ok) return valid;
  if (!confirmed) return fail(reason('PEER_NOT_CONFIRMED'));
  const validations: InformalValidation[] = [];
  const notValidated: { leaderId: string; reasons: Reason[] }[] = [];
  for (const participant of group.participants) {
    const missing = missingReflections(group, participant.leaderId, reflections, rules);
    if (missing.length > 0 || participant.themeCode === null) notValidated.push({ leaderId: participant.leaderId, reasons: missing });
    else validations.push({ themeCode: participant.themeCode, validatedOn: group.sessionDate, method: 'PEER_VALIDATION' });
  }
  return ok({ validations, notValidated });
}

/** A peer-validation session as staff publish it. */
export interface PeerSessionPlan {
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Places: a multiple of the group size, so every place can end up in a trio. */
  readonly capacity: number;
}

/** Checks a session before it is published (§3.6): in the future, ending after it starts, room for whole trios. */
export function validatePeerSession(plan: PeerSessionPlan, now: Date, rules: RuleSet): Result<true> {
  const reasons: Reason[] = [];
  if (plan.startsAt.getTime() <= now.getTime()) reasons.push(reason('PEER_SESSION_NOT_IN_FUTURE'));
  if (plan.endsAt.getTime() <= plan.startsAt.getTime()) reasons.push(reason('PEER_SESSION_ENDS_BEFORE_START'));
  const { peerGroupSize: size, peerSessionMaxCapacity: max } = rules;
  if (!Number.isInteger(plan.capacity) || plan.capacity < size || plan.capacity > max || plan.capacity % size !== 0) {
    reasons.push(reason('PEER_SESSION_CAPACITY', { size, max }));
  }
  return resultOf(reasons, () => true as const);
}

/** Where a session stands: open for sign-up until its groups are formed. */
export type PeerSessionState = 'PUBLISHED' | 'GROUPED';

/**
 * Whether a leader may sign up for (or cancel a sign-up on) a session (§3.6): only before it starts
 * and before its groups are formed; signing up also needs a free place.
 */
export function checkPeerSignUpOpen(
  session: { readonly state: PeerSessionState; readonly startsAt: Date },
  now: Date,
  places: { readonly signUps: number; readonly capacity: number } | null = null,
): Result<true> {
  if (session.state !== 'PUBLISHED') return fail(reason('PEER_SESSION_GROUPED'));
  if (session.startsAt.getTime() <= now.getTime()) return fail(reason('PEER_SESSION_STARTED'));
  if (places !== null && places.signUps >= places.capacity) return fail(reason('PEER_SESSION_FULL'));
  return ok(true);
}

/** A sign-up for a session date. */
export interface PeerSignUp {
  readonly leaderId: string;
  readonly boardId: string | null;
}

/** Trios formed for a session, and who could not be placed. */
export interface TrioFormation<T extends PeerSignUp> {
  readonly groups: readonly (readonly T[])[];
  readonly unplaced: readonly T[];
}

/**
 * Forms groups of three from the sign-ups of one session date (§3.6), preferring leaders from
 * different boards. First come, first served: the last `n mod 3` sign-ups are not placed. The rest is
 * grouped greedily, each member taken from the board with most leaders left that is not yet in the
 * group (ties: earliest sign-up); this yields only all-different-board trios whenever that is
 * possible (no board has more than a third of the placed leaders). Sign-ups without a board count as
 * their own board each. Deterministic: same input, same trios.
 */
export function formTrios<T extends PeerSignUp>(sessionDate: CalendarDate, signUps: readonly T[], rules: RuleSet = rulesOn(sessionDate)): TrioFormation<T> {
  const size = rules.peerGroupSize;
  const placedCount = signUps.length - (signUps.length % size);
  const toPlace = signUps.slice(0, placedCount);
  const unplaced = signUps.slice(placedCount);

  const queues: { key: string; queue: T[]; firstOrder: number[] }[] = [];
  toPlace.forEach((signUp, order) => {
    const key = signUp.boardId ?? `__no-board:${signUp.leaderId}:${order}`;
    let entry = queues.find((q) => q.key === key);
    if (entry === undefined) {
      entry = { key, queue: [], firstOrder: [] };
      queues.push(entry);
    }
    entry.queue.push(signUp);
    entry.firstOrder.push(order);
  });

  const groups: T[][] = [];
  for (let g = 0; g < placedCount / size; g += 1) {
    const group: T[] = [];
    const used = new Set<string>();
    for (let k = 0; k < size; k += 1) {
      const candidates = queues.filter((q) => q.queue.length > 0);
      const fresh = candidates.filter((q) => !used.has(q.key));
      const pool = fresh.length > 0 ? fresh : candidates;
      const chosen = pool.reduce<(typeof queues)[number] | undefined>((best, q) => {
        if (best === undefined) return q;
        if (q.queue.length !== best.queue.length) return q.queue.length > best.queue.length ? q : best;
        return (q.firstOrder[0] ?? 0) < (best.firstOrder[0] ?? 0) ? q : best;
      }, undefined);
      if (chosen === undefined) break;
      const member = chosen.queue.shift();
      chosen.firstOrder.shift();
      if (member !== undefined) group.push(member);
      used.add(chosen.key);
    }
    groups.push(group);
  }
  return { groups, unplaced };
}
