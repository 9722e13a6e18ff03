import { isAssessorOrganisationCertified, type AssessorCertificationPeriod, type AssessorFeeSchedule } from './assessor-organisations';
import type { CalendarDate } from './calendar-date';
import { REOPENED_STATE } from './objections';
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
  /** Empty until the organisation assigns them (after submission); then the same two throughout. */
  readonly assessorIds: readonly string[];
  /** Resubmissions after an insufficient assessment so far (at most `portfolioMaxResubmissions`). */
  readonly resubmissions?: number;
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
  | { readonly type: 'RESCHEDULE_INTERVIEW'; readonly assessorId: string }
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
  RESCHEDULE_INTERVIEW: { from: 'INTERVIEW_PLANNED', to: 'INTERVIEW_PLANNED' },
  VALIDATE: { from: 'INTERVIEW_PLANNED', to: 'VALIDATED' },
  NOT_VALIDATE: { from: 'INTERVIEW_PLANNED', to: 'NOT_VALIDATED' },
  REAPPLY_INTERVIEW: { from: 'NOT_VALIDATED', to: 'INTERVIEW_PLANNED' },
};

/**
 * Checks a portfolio case's set-up (§3.6): one or more distinct themes, at most two validated at
 * once, and exactly two distinct assessors.
 */
export function validatePortfolioCase(portfolioCase: Pick<PortfolioCase, 'themeCodes' | 'assessorIds'>, rules: RuleSet): Result<true> {
  const reasons = portfolioThemeReasons(portfolioCase.themeCodes, rules);
  if (!hasTwoAssessors(portfolioCase.assessorIds)) reasons.push(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
  return resultOf(reasons, () => true as const);
}

function portfolioThemeReasons(themeCodes: readonly string[], rules: RuleSet): Reason[] {
  const reasons: Reason[] = [];
  if (themeCodes.length === 0) reasons.push(reason('PORTFOLIO_NO_THEMES'));
  if (themeCodes.length > rules.portfolioMaxThemesAtOnce) reasons.push(reason('PORTFOLIO_TOO_MANY_THEMES', { max: rules.portfolioMaxThemesAtOnce }));
  const seen = new Set<string>();
  for (const code of themeCodes) {
    if (seen.has(code)) reasons.push(reason('PORTFOLIO_DUPLICATE_THEME', { code }));
    seen.add(code);
  }
  return reasons;
}

function hasTwoAssessors(assessorIds: readonly string[]): boolean {
  return assessorIds.length === 2 && new Set(assessorIds).size === 2;
}

/**
 * Checks the organisation's assignment of assessors (§3.6): exactly two different ones, once — the
 * same two handle the case throughout, so a case that has them keeps them.
 */
export function validatePortfolioAssignment(portfolioCase: PortfolioCase, assessorIds: readonly string[]): Result<true> {
  if (portfolioCase.assessorIds.length > 0) return fail(reason('PORTFOLIO_ASSESSORS_FIXED'));
  if (portfolioCase.state !== 'SUBMITTED') return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: 'ASSIGN', state: portfolioCase.state }));
  return hasTwoAssessors(assessorIds) ? ok(true as const) : fail(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
}

/**
 * When a validation interview may be planned (§3.6): ahead, at a moment after `now`; a planned one
 * may move only while it has not started (once it has, the assessors record its outcome).
 */
export function checkPortfolioInterviewPlan(startsAt: Date, plannedStartsAt: Date | null, now: Date): Result<true> {
  const reasons: Reason[] = [];
  if (plannedStartsAt !== null && plannedStartsAt.getTime() <= now.getTime()) reasons.push(reason('PORTFOLIO_INTERVIEW_ALREADY_HELD'));
  if (startsAt.getTime() <= now.getTime()) reasons.push(reason('PORTFOLIO_INTERVIEW_NOT_AHEAD'));
  return resultOf(reasons, () => true as const);
}

/** The outcome follows the interview (§3.6): it can be recorded once the planned interview has started. */
export function checkPortfolioInterviewHeld(plannedStartsAt: Date | null, now: Date): Result<true> {
  if (plannedStartsAt === null || plannedStartsAt.getTime() > now.getTime()) return fail(reason('PORTFOLIO_INTERVIEW_NOT_HELD'));
  return ok(true as const);
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
 * need the case's two assessors and must come from one of them (the leader's steps come before they
 * are assigned); "sufficient" needs the checklist met; "insufficient" and "not validated" need
 * written feedback. Resubmission is allowed `portfolioMaxResubmissions` times; re-applying for an
 * interview is allowed.
 */
export function transitionPortfolio(portfolioCase: PortfolioCase, action: PortfolioAction, rules: RuleSet): Result<PortfolioState> {
  const transition = PORTFOLIO_TRANSITIONS[action.type];
  if (transition.from !== portfolioCase.state) {
    return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: action.type, state: portfolioCase.state }));
  }
  const reasons = portfolioThemeReasons(portfolioCase.themeCodes, rules);
  if ('assessorId' in action) {
    if (!hasTwoAssessors(portfolioCase.assessorIds)) reasons.push(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
    else if (!portfolioCase.assessorIds.includes(action.assessorId)) reasons.push(reason('PORTFOLIO_ASSESSOR_NOT_ON_CASE'));
  }
  if (action.type === 'RESUBMIT' && (portfolioCase.resubmissions ?? 0) >= rules.portfolioMaxResubmissions) {
    reasons.push(reason('PORTFOLIO_RESUBMISSION_USED', { max: rules.portfolioMaxResubmissions }));
  }
  if (action.type === 'ASSESS_SUFFICIENT') {
    const checklist = evaluatePortfolioChecklist(action.checklist, rules);
    if (!checklist.ok) reasons.push(...checklist.reasons);
  }
  if ((action.type === 'ASSESS_INSUFFICIENT' || action.type === 'NOT_VALIDATE') && action.feedback.trim() === '') {
    reasons.push(reason('PORTFOLIO_FEEDBACK_REQUIRED'));
  }
  return resultOf(reasons, () => transition.to);
}

/**
 * Where an upheld objection sends a portfolio case (§3.8; objection kind PORTFOLIO_OUTCOME, the
 * case's standing decision): after an insufficient assessment back to SUBMITTED (the same two
 * assessors assess the round again), after the outcome back to INTERVIEW_PLANNED
 * (`REOPENED_STATE`: the themes not validated are decided again). Nothing else stands as a decision.
 */
export function reopenPortfolioDecision(state: PortfolioState): Result<'SUBMITTED' | 'INTERVIEW_PLANNED'> {
  if (state === 'INSUFFICIENT') return ok('SUBMITTED');
  if (state === 'VALIDATED' || state === 'NOT_VALIDATED') return ok(REOPENED_STATE.PORTFOLIO_OUTCOME);
  return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: 'REOPEN', state }));
}

/** The certificates of a validated case: one informal validation per theme, dated `validatedOn` (§3.6). */
export function portfolioValidations(portfolioCase: PortfolioCase, validatedOn: CalendarDate): InformalValidation[] {
  if (portfolioCase.state !== 'VALIDATED') return [];
  return portfolioCase.themeCodes.map((themeCode) => ({ themeCode, validatedOn, method: 'PORTFOLIO' as const }));
}

/**
 * Whether a case still holds its themes (§3.6: at most two themes validated at once): until the
 * outcome, and after an insufficient assessment as long as a resubmission is left.
 */
export function isPortfolioCaseOpen(portfolioCase: Pick<PortfolioCase, 'state' | 'resubmissions'>, rules: RuleSet): boolean {
  switch (portfolioCase.state) {
    case 'VALIDATED':
    case 'NOT_VALIDATED':
      return false;
    case 'INSUFFICIENT':
      return (portfolioCase.resubmissions ?? 0) < rules.portfolioMaxResubmissions;
    default:
      return true;
  }
}

/**
 * Checks a new case's themes against the leader's open cases (§3.6): one or two distinct themes, none
 * already in an open case, and never more than `portfolioMaxThemesAtOnce` themes in open cases
 * together (a third theme is refused while two are open, whatever the cases).
 */
export function validateNewPortfolioThemes(themeCodes: readonly string[], openThemeCodes: readonly string[], rules: RuleSet): Result<true> {
  const reasons = portfolioThemeReasons(themeCodes, rules);
  const open = new Set(openThemeCodes);
  for (const code of new Set(themeCodes)) if (open.has(code)) reasons.push(reason('PORTFOLIO_THEME_ALREADY_OPEN', { code }));
  if (reasons.length === 0 && open.size + themeCodes.length > rules.portfolioMaxThemesAtOnce) {
    reasons.push(reason('PORTFOLIO_TOO_MANY_OPEN_THEMES', { max: rules.portfolioMaxThemesAtOnce, open: open.size }));
  }
  return resultOf(reasons, () => true as const);
}

/**
 * Checks a leader's choice of assessor organisation for a new case (§3.6): it must be certified by
 * the register on `date`.
 */
export function validatePortfolioOrganisation(period: AssessorCertificationPeriod, date: CalendarDate): Result<true> {
  return isAssessorOrganisationCertified(period, date) ? ok(true as const) : fail(reason('PORTFOLIO_ORGANISATION_NOT_CERTIFIED', { date }));
}

/** Checks a submission (§3.6): the portfolio holds at least one document for every theme of the case. */
export function validatePortfolioSubmission(themeCodes: readonly string[], documentCounts: ReadonlyMap<string, number>): Result<true> {
  const missing = themeCodes.filter((code) => (documentCounts.get(code) ?? 0) === 0);
  return resultOf(
    missing.map((code) => reason('PORTFOLIO_DOCUMENT_MISSING', { code })),
    () => true as const,
  );
}

/** One assessor's assessment of one theme in the current round: the checklist, and feedback (required when insufficient). */
export interface PortfolioAssessment {
  readonly assessorId: string;
  readonly themeCode: string;
  readonly checklist: PortfolioChecklist;
  readonly feedback: string | null;
}

/**
 * Checks one assessment (§3.6) and says whether it is sufficient: the case must be submitted and
 * have its two assessors, the assessor must be one of them, the theme one of the case's; a checklist
 * that is not met makes it insufficient, which needs written feedback.
 */
export function validatePortfolioAssessment(portfolioCase: PortfolioCase, assessment: PortfolioAssessment, rules: RuleSet): Result<{ readonly sufficient: boolean }> {
  if (portfolioCase.state !== 'SUBMITTED') return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: 'ASSESS', state: portfolioCase.state }));
  const reasons: Reason[] = [];
  if (!hasTwoAssessors(portfolioCase.assessorIds)) reasons.push(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
  else if (!portfolioCase.assessorIds.includes(assessment.assessorId)) reasons.push(reason('PORTFOLIO_ASSESSOR_NOT_ON_CASE'));
  if (!portfolioCase.themeCodes.includes(assessment.themeCode)) reasons.push(reason('PORTFOLIO_THEME_NOT_ON_CASE', { code: assessment.themeCode }));
  const sufficient = evaluatePortfolioChecklist(assessment.checklist, rules).ok;
  if (!sufficient && (assessment.feedback ?? '').trim() === '') reasons.push(reason('PORTFOLIO_FEEDBACK_REQUIRED'));
  return resultOf(reasons, () => ({ sufficient }));
}

/**
 * Where a round's assessments put a submitted case (§3.6): it stays SUBMITTED until both assessors
 * have assessed every theme; then it is SUFFICIENT only when every assessment meets the checklist,
 * INSUFFICIENT otherwise (the feedback goes to the leader). The latest assessment per assessor and
 * theme counts.
 */
export function portfolioAssessmentState(
  portfolioCase: Pick<PortfolioCase, 'themeCodes' | 'assessorIds'>,
  assessments: readonly PortfolioAssessment[],
  rules: RuleSet,
): 'SUBMITTED' | 'SUFFICIENT' | 'INSUFFICIENT' {
  const latest = new Map<string, PortfolioAssessment>();
  for (const assessment of assessments) latest.set(`${assessment.assessorId}\u0000${assessment.themeCode}`, assessment);
  let sufficient = true;
  for (const assessorId of portfolioCase.assessorIds) {
    for (const themeCode of portfolioCase.themeCodes) {
      const assessment = latest.get(`${assessorId}\u0000${themeCode}`);
      if (assessment === undefined) return 'SUBMITTED';
      if (!evaluatePortfolioChecklist(assessment.checklist, rules).ok) sufficient = false;
    }
  }
  if (!hasTwoAssessors(portfolioCase.assessorIds) || portfolioCase.themeCodes.length === 0) return 'SUBMITTED';
  return sufficient ? 'SUFFICIENT' : 'INSUFFICIENT';
}

/** One assessor's proposed outcome for one theme after the interview, with grounds. */
export interface PortfolioThemeOutcome {
  readonly themeCode: string;
  readonly validated: boolean;
  readonly grounds: string;
}

/** One assessor's proposal for the outcome of the whole case: every theme once. */
export interface PortfolioOutcomeProposal {
  readonly assessorId: string;
  readonly themes: readonly PortfolioThemeOutcome[];
}

/**
 * Checks an assessor's proposed outcome (§3.6): after the interview is planned, by one of the case's
 * two assessors, every theme of the case exactly once, each with grounds.
 */
export function validatePortfolioOutcomeProposal(portfolioCase: PortfolioCase, proposal: PortfolioOutcomeProposal): Result<true> {
  if (portfolioCase.state !== 'INTERVIEW_PLANNED') return fail(reason('PORTFOLIO_TRANSITION_NOT_ALLOWED', { action: 'DECIDE', state: portfolioCase.state }));
  const reasons: Reason[] = [];
  if (!hasTwoAssessors(portfolioCase.assessorIds)) reasons.push(reason('PORTFOLIO_NEEDS_TWO_ASSESSORS'));
  else if (!portfolioCase.assessorIds.includes(proposal.assessorId)) reasons.push(reason('PORTFOLIO_ASSESSOR_NOT_ON_CASE'));
  const proposed = proposal.themes.map((theme) => theme.themeCode);
  if (proposed.length !== portfolioCase.themeCodes.length || portfolioCase.themeCodes.some((code) => !proposed.includes(code))) {
    reasons.push(reason('PORTFOLIO_OUTCOME_THEMES'));
  }
  if (proposal.themes.some((theme) => theme.grounds.trim() === '')) reasons.push(reason('PORTFOLIO_GROUNDS_REQUIRED'));
  return resultOf(reasons, () => true as const);
}

/** The case's outcome once decided: per theme validated or not, with the assessors' grounds. */
export interface PortfolioOutcome {
  readonly state: 'VALIDATED' | 'NOT_VALIDATED';
  readonly themes: readonly PortfolioThemeOutcome[];
}

/**
 * The outcome of a case (§3.6: the same two assessors decide together): null until both assessors
 * have proposed an outcome and agree on every theme (one assessor cannot decide alone; while they
 * disagree the case stays open). Decided, the case is VALIDATED when at least one theme is (each
 * validated theme is completed), NOT_VALIDATED otherwise; the grounds of both are kept (once when
 * the same). The latest proposal per assessor counts. After an upheld objection only the themes not
 * validated are decided again (`themeCodes`); `validatedBefore` are the themes whose validation stands.
 */
export function portfolioOutcome(
  portfolioCase: Pick<PortfolioCase, 'themeCodes' | 'assessorIds'>,
  proposals: readonly PortfolioOutcomeProposal[],
  validatedBefore: readonly string[] = [],
): PortfolioOutcome | null {
  if (!hasTwoAssessors(portfolioCase.assessorIds)) return null;
  const latest = new Map(proposals.map((proposal) => [proposal.assessorId, proposal]));
  const [first, second] = portfolioCase.assessorIds.map((id) => latest.get(id));
  if (first === undefined || second === undefined) return null;
  const themes: PortfolioThemeOutcome[] = [];
  for (const themeCode of portfolioCase.themeCodes) {
    const a = first.themes.find((theme) => theme.themeCode === themeCode);
    const b = second.themes.find((theme) => theme.themeCode === themeCode);
    if (a === undefined || b === undefined || a.validated !== b.validated) return null;
    const grounds = [...new Set([a.grounds.trim(), b.grounds.trim()])].join('\n\n');
    themes.push({ themeCode, validated: a.validated, grounds });
  }
  return { state: validatedBefore.length > 0 || themes.some((theme) => theme.validated) ? 'VALIDATED' : 'NOT_VALIDATED', themes };
}

export type PortfolioFeeKind = 'ONE_OFF' | 'PER_THEME' | 'RESUBMISSION' | 'INTERVIEW';

/** A fee line of a case: what, how many, at what price. */
export interface PortfolioFeeLine {
  readonly kind: PortfolioFeeKind;
  readonly quantity: number;
  readonly unitCents: number;
  readonly amountCents: number;
}

/**
 * The fee lines a step adds to a case, from the organisation's schedule (§3.6): at submission the
 * one-off fee and the fee per theme, at resubmission the resubmission fee, when the interview is
 * planned the interview fee. Lines the schedule prices at zero are left out.
 */
export function portfolioFeeLines(step: 'SUBMIT' | 'RESUBMIT' | 'PLAN_INTERVIEW', themeCount: number, schedule: AssessorFeeSchedule): PortfolioFeeLine[] {
  const line = (kind: PortfolioFeeKind, quantity: number, unitCents: number): PortfolioFeeLine => ({ kind, quantity, unitCents, amountCents: quantity * unitCents });
  const lines =
    step === 'SUBMIT'
      ? [line('ONE_OFF', 1, schedule.oneOffCents), line('PER_THEME', themeCount, schedule.perThemeCents)]
      : step === 'RESUBMIT'
        ? [line('RESUBMISSION', 1, schedule.resubmissionCents)]
        : [line('INTERVIEW', 1, schedule.perInterviewCents)];
  return lines.filter((fee) => fee.amountCents > 0);
}

/** The total of fee lines, in cents. */
export function portfolioFeeTotal(lines: readonly Pick<PortfolioFeeLine, 'amountCents'>[]): number {
  return lines.reduce((sum, fee) => sum + fee.amountCents, 0);
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
