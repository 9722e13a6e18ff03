import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPortfolioInterviewHeld,
  checkPortfolioInterviewPlan,
  evaluatePortfolioChecklist,
  isPortfolioCaseOpen,
  portfolioAssessmentState,
  portfolioFeeLines,
  portfolioFeeTotal,
  portfolioOutcome,
  reopenPortfolioDecision,
  validateNewPortfolioThemes,
  validatePortfolioAssessment,
  validatePortfolioAssignment,
  validatePortfolioOrganisation,
  validatePortfolioOutcomeProposal,
  validatePortfolioSubmission,
  type PortfolioAssessment,
  formTrios,
  missingReflections,
  peerValidationOutcome,
  checkReflectionSubmission,
  validatePeerSession,
  checkPeerSignUpOpen,
  checkPeerGroupConfirmable,
  portfolioInterviewMinutes,
  portfolioValidations,
  reflectionDeadline,
  transitionPortfolio,
  validatePeerGroup,
  validatePortfolioCase,
  type PeerGroup,
  type PeerReflection,
  type PortfolioAction,
  type PortfolioCase,
  type PortfolioChecklist,
  type PortfolioState,
} from './informal-validation';
import { RULES_2018 } from './rule-sets';
import { d } from './test-support';

const rules = RULES_2018;
const codes = (result: { ok: boolean; reasons?: readonly { code: string }[] }): string[] => (result.reasons ?? []).map((r) => r.code);

const goodChecklist: PortfolioChecklist = {
  followsFixedStructure: true,
  showsDevelopment: true,
  colleagueFeedbackCount: 2,
  sourceCount: 4,
  literatureSourceCount: 2,
  evidenceCount: 5,
  wordCount: 3000,
  clearWriting: true,
  ownRoleCentral: true,
};

describe('portfolio validation (§3.6)', () => {
  it.each([
    [['1'], ['a', 'b'], []],
    [['1', '8'], ['a', 'b'], []],
    [[], ['a', 'b'], ['PORTFOLIO_NO_THEMES']],
    [['1', '2', '3'], ['a', 'b'], ['PORTFOLIO_TOO_MANY_THEMES']],
    [['1', '1'], ['a', 'b'], ['PORTFOLIO_DUPLICATE_THEME']],
    [['1'], ['a', 'a'], ['PORTFOLIO_NEEDS_TWO_ASSESSORS']],
    [['1'], ['a'], ['PORTFOLIO_NEEDS_TWO_ASSESSORS']],
  ])('themes %j, assessors %j → %j', (themeCodes, assessorIds, expected) => {
    expect(codes(validatePortfolioCase({ themeCodes, assessorIds }, rules))).toEqual(expected);
  });

  it('interview: 45 minutes for one theme, 75 for two', () => {
    expect([portfolioInterviewMinutes(1, rules), portfolioInterviewMinutes(2, rules)]).toEqual([45, 75]);
    expect(() => portfolioInterviewMinutes(3, rules)).toThrow(RangeError);
  });

  it.each<[Partial<PortfolioChecklist>, string[]]>([
    [{}, []],
    [{ evidenceCount: 10 }, []],
    [{ followsFixedStructure: false }, ['PORTFOLIO_CHECKLIST_STRUCTURE']],
    [{ showsDevelopment: false }, ['PORTFOLIO_CHECKLIST_DEVELOPMENT']],
    [{ colleagueFeedbackCount: 1 }, ['PORTFOLIO_CHECKLIST_COLLEAGUE_FEEDBACK']],
    [{ sourceCount: 3 }, ['PORTFOLIO_CHECKLIST_SOURCES']],
    [{ literatureSourceCount: 1 }, ['PORTFOLIO_CHECKLIST_LITERATURE']],
    [{ evidenceCount: 4 }, ['PORTFOLIO_CHECKLIST_EVIDENCE']],
    [{ evidenceCount: 11 }, ['PORTFOLIO_CHECKLIST_EVIDENCE']],
    [{ wordCount: 3001 }, ['PORTFOLIO_CHECKLIST_WORDS']],
    [{ clearWriting: false, ownRoleCentral: false }, ['PORTFOLIO_CHECKLIST_WRITING', 'PORTFOLIO_CHECKLIST_OWN_ROLE']],
  ])('checklist %j → %j', (overrides, expected) => {
    expect(codes(evaluatePortfolioChecklist({ ...goodChecklist, ...overrides }, rules))).toEqual(expected);
  });

  const base: PortfolioCase = { state: 'DRAFT', themeCodes: ['1', '2'], assessorIds: ['a', 'b'] };
  const step = (state: PortfolioState, action: PortfolioAction) => transitionPortfolio({ ...base, state }, action, rules);

  it('walks the happy path with resubmission and re-application', () => {
    const path: [PortfolioState, PortfolioAction, PortfolioState][] = [
      ['DRAFT', { type: 'SUBMIT' }, 'SUBMITTED'],
      ['SUBMITTED', { type: 'ASSESS_INSUFFICIENT', assessorId: 'a', feedback: 'Bronnen ontbreken' }, 'INSUFFICIENT'],
      ['INSUFFICIENT', { type: 'RESUBMIT' }, 'SUBMITTED'],
      ['SUBMITTED', { type: 'ASSESS_SUFFICIENT', assessorId: 'b', checklist: goodChecklist }, 'SUFFICIENT'],
      ['SUFFICIENT', { type: 'PLAN_INTERVIEW', assessorId: 'a' }, 'INTERVIEW_PLANNED'],
      ['INTERVIEW_PLANNED', { type: 'RESCHEDULE_INTERVIEW', assessorId: 'a' }, 'INTERVIEW_PLANNED'],
      ['INTERVIEW_PLANNED', { type: 'NOT_VALIDATE', assessorId: 'a', feedback: 'Eigen rol onduidelijk' }, 'NOT_VALIDATED'],
      ['NOT_VALIDATED', { type: 'REAPPLY_INTERVIEW' }, 'INTERVIEW_PLANNED'],
      ['INTERVIEW_PLANNED', { type: 'VALIDATE', assessorId: 'b' }, 'VALIDATED'],
    ];
    for (const [from, action, to] of path) expect(step(from, action)).toEqual({ ok: true, value: to });
  });

  it.each<[PortfolioState, PortfolioAction, string]>([
    ['DRAFT', { type: 'VALIDATE', assessorId: 'a' }, 'PORTFOLIO_TRANSITION_NOT_ALLOWED'],
    ['VALIDATED', { type: 'SUBMIT' }, 'PORTFOLIO_TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', { type: 'ASSESS_SUFFICIENT', assessorId: 'c', checklist: goodChecklist }, 'PORTFOLIO_ASSESSOR_NOT_ON_CASE'],
    ['SUBMITTED', { type: 'ASSESS_SUFFICIENT', assessorId: 'a', checklist: { ...goodChecklist, wordCount: 4000 } }, 'PORTFOLIO_CHECKLIST_WORDS'],
    ['SUBMITTED', { type: 'ASSESS_INSUFFICIENT', assessorId: 'a', feedback: ' ' }, 'PORTFOLIO_FEEDBACK_REQUIRED'],
    ['INTERVIEW_PLANNED', { type: 'NOT_VALIDATE', assessorId: 'b', feedback: '' }, 'PORTFOLIO_FEEDBACK_REQUIRED'],
  ])('from %s, %j → %s', (state, action, code) => {
    expect(codes(step(state, action))).toContain(code);
  });

  it('a validated case yields a certificate per theme', () => {
    expect(portfolioValidations({ ...base, state: 'VALIDATED' }, d('2018-04-01'))).toEqual([
      { themeCode: '1', validatedOn: '2018-04-01', method: 'PORTFOLIO' },
      { themeCode: '2', validatedOn: '2018-04-01', method: 'PORTFOLIO' },
    ]);
    expect(portfolioValidations({ ...base, state: 'SUFFICIENT' }, d('2018-04-01'))).toEqual([]);
  });
});

describe('the validation interview in time (§3.6)', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  const later = new Date('2026-12-01T09:00:01Z');
  const earlier = new Date('2026-12-01T08:59:59Z');

  it('is planned ahead, and moved only before it starts', () => {
    expect(checkPortfolioInterviewPlan(later, null, now).ok).toBe(true);
    expect(codes(checkPortfolioInterviewPlan(now, null, now))).toEqual(['PORTFOLIO_INTERVIEW_NOT_AHEAD']);
    expect(checkPortfolioInterviewPlan(later, later, now).ok).toBe(true);
    expect(codes(checkPortfolioInterviewPlan(later, earlier, now))).toEqual(['PORTFOLIO_INTERVIEW_ALREADY_HELD']);
  });

  it('has its outcome recorded only once it has started', () => {
    expect(codes(checkPortfolioInterviewHeld(null, now))).toEqual(['PORTFOLIO_INTERVIEW_NOT_HELD']);
    expect(codes(checkPortfolioInterviewHeld(later, now))).toEqual(['PORTFOLIO_INTERVIEW_NOT_HELD']);
    expect(checkPortfolioInterviewHeld(now, now).ok).toBe(true);
    expect(checkPortfolioInterviewHeld(earlier, now).ok).toBe(true);
  });
});

describe('portfolio cases as the API runs them (§3.6)', () => {
  const submitted: PortfolioCase = { state: 'SUBMITTED', themeCodes: ['1', '2'], assessorIds: ['a', 'b'] };
  const assessment = (assessorId: string, themeCode: string, overrides: Partial<PortfolioChecklist> = {}, feedback: string | null = null): PortfolioAssessment => ({
    assessorId,
    themeCode,
    checklist: { ...goodChecklist, ...overrides },
    feedback,
  });

  it('the leader submits and resubmits before assessors are assigned; assessor steps need both', () => {
    const fresh: PortfolioCase = { state: 'DRAFT', themeCodes: ['1'], assessorIds: [] };
    expect(transitionPortfolio(fresh, { type: 'SUBMIT' }, rules)).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(codes(transitionPortfolio({ ...fresh, state: 'SUFFICIENT' }, { type: 'PLAN_INTERVIEW', assessorId: 'a' }, rules))).toEqual(['PORTFOLIO_NEEDS_TWO_ASSESSORS']);
  });

  it('one resubmission after an insufficient assessment; a second is refused', () => {
    const insufficient: PortfolioCase = { ...submitted, state: 'INSUFFICIENT', resubmissions: 0 };
    expect(transitionPortfolio(insufficient, { type: 'RESUBMIT' }, rules)).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(codes(transitionPortfolio({ ...insufficient, resubmissions: 1 }, { type: 'RESUBMIT' }, rules))).toEqual(['PORTFOLIO_RESUBMISSION_USED']);
  });

  it.each<[PortfolioState, number, boolean]>([
    ['DRAFT', 0, true],
    ['SUBMITTED', 1, true],
    ['INSUFFICIENT', 0, true],
    ['INSUFFICIENT', 1, false],
    ['SUFFICIENT', 0, true],
    ['INTERVIEW_PLANNED', 0, true],
    ['VALIDATED', 0, false],
    ['NOT_VALIDATED', 0, false],
  ])('a case in %s after %i resubmissions holds its themes: %s', (state, resubmissions, open) => {
    expect(isPortfolioCaseOpen({ state, resubmissions }, rules)).toBe(open);
  });

  it.each<[string[], string[], string[]]>([
    [['1', '2'], [], []],
    [['3'], ['1'], []],
    [['3'], ['1', '2'], ['PORTFOLIO_TOO_MANY_OPEN_THEMES']],
    [['2', '3'], ['1'], ['PORTFOLIO_TOO_MANY_OPEN_THEMES']],
    [['1'], ['1'], ['PORTFOLIO_THEME_ALREADY_OPEN']],
    [[], [], ['PORTFOLIO_NO_THEMES']],
    [['1', '2', '3'], [], ['PORTFOLIO_TOO_MANY_THEMES']],
  ])('new themes %j while %j are open → %j', (themeCodes, open, expected) => {
    expect(codes(validateNewPortfolioThemes(themeCodes, open, rules))).toEqual(expected);
  });

  it('the organisation must be certified on the day the case is opened', () => {
    const period = { certifiedFrom: d('2018-01-01'), certifiedUntil: d('2020-12-31') };
    expect(validatePortfolioOrganisation(period, d('2020-12-31')).ok).toBe(true);
    expect(codes(validatePortfolioOrganisation(period, d('2021-01-01')))).toEqual(['PORTFOLIO_ORGANISATION_NOT_CERTIFIED']);
    expect(codes(validatePortfolioOrganisation(period, d('2017-12-31')))).toEqual(['PORTFOLIO_ORGANISATION_NOT_CERTIFIED']);
  });

  it('a submission needs a document for every theme', () => {
    expect(validatePortfolioSubmission(['1', '2'], new Map([['1', 1], ['2', 3]])).ok).toBe(true);
    expect(codes(validatePortfolioSubmission(['1', '2'], new Map([['1', 1]])))).toEqual(['PORTFOLIO_DOCUMENT_MISSING']);
  });

  it('an assessment: sufficient when the checklist is met; insufficient needs feedback', () => {
    expect(validatePortfolioAssessment(submitted, assessment('a', '1'), rules)).toEqual({ ok: true, value: { sufficient: true } });
    expect(validatePortfolioAssessment(submitted, assessment('a', '1', { sourceCount: 2 }, 'Te weinig bronnen'), rules)).toEqual({ ok: true, value: { sufficient: false } });
    expect(codes(validatePortfolioAssessment(submitted, assessment('a', '1', { sourceCount: 2 }, ' '), rules))).toEqual(['PORTFOLIO_FEEDBACK_REQUIRED']);
    expect(codes(validatePortfolioAssessment(submitted, assessment('c', '1'), rules))).toEqual(['PORTFOLIO_ASSESSOR_NOT_ON_CASE']);
    expect(codes(validatePortfolioAssessment(submitted, assessment('a', '7'), rules))).toEqual(['PORTFOLIO_THEME_NOT_ON_CASE']);
    expect(codes(validatePortfolioAssessment({ ...submitted, assessorIds: [] }, assessment('a', '1'), rules))).toEqual(['PORTFOLIO_NEEDS_TWO_ASSESSORS']);
    expect(codes(validatePortfolioAssessment({ ...submitted, state: 'SUFFICIENT' }, assessment('a', '1'), rules))).toEqual(['PORTFOLIO_TRANSITION_NOT_ALLOWED']);
  });

  it('the case is sufficient only when both assessors found every theme sufficient; until both recorded it stays submitted', () => {
    const all = [assessment('a', '1'), assessment('a', '2'), assessment('b', '1'), assessment('b', '2')];
    expect(portfolioAssessmentState(submitted, all.slice(0, 3), rules)).toBe('SUBMITTED');
    expect(portfolioAssessmentState(submitted, all, rules)).toBe('SUFFICIENT');
    const oneInsufficient = [...all.slice(0, 3), assessment('b', '2', { evidenceCount: 12 }, 'Te veel bewijsstukken')];
    expect(portfolioAssessmentState(submitted, oneInsufficient, rules)).toBe('INSUFFICIENT');
    expect(portfolioAssessmentState(submitted, [...oneInsufficient, assessment('b', '2')], rules)).toBe('SUFFICIENT');
    expect(portfolioAssessmentState({ ...submitted, assessorIds: [] }, all, rules)).toBe('SUBMITTED');
  });

  const planned: PortfolioCase = { ...submitted, state: 'INTERVIEW_PLANNED' };
  const proposal = (assessorId: string, validated: [boolean, boolean], grounds = 'Overtuigend gesprek') => ({
    assessorId,
    themes: [
      { themeCode: '1', validated: validated[0], grounds },
      { themeCode: '2', validated: validated[1], grounds },
    ],
  });

  it('an outcome proposal covers every theme once, with grounds, by an assessor of the case after the interview is planned', () => {
    expect(validatePortfolioOutcomeProposal(planned, proposal('a', [true, true])).ok).toBe(true);
    expect(codes(validatePortfolioOutcomeProposal(planned, { assessorId: 'a', themes: proposal('a', [true, true]).themes.slice(1) }))).toEqual(['PORTFOLIO_OUTCOME_THEMES']);
    expect(codes(validatePortfolioOutcomeProposal(planned, proposal('a', [true, true], ' ')))).toEqual(['PORTFOLIO_GROUNDS_REQUIRED']);
    expect(codes(validatePortfolioOutcomeProposal(planned, proposal('c', [true, true])))).toEqual(['PORTFOLIO_ASSESSOR_NOT_ON_CASE']);
    expect(codes(validatePortfolioOutcomeProposal(submitted, proposal('a', [true, true])))).toEqual(['PORTFOLIO_TRANSITION_NOT_ALLOWED']);
  });

  it('one assessor cannot decide alone; disagreement keeps the case open; agreement decides per theme', () => {
    expect(portfolioOutcome(planned, [proposal('a', [true, true])])).toBeNull();
    expect(portfolioOutcome(planned, [proposal('a', [true, true]), proposal('b', [true, false])])).toBeNull();
    expect(portfolioOutcome(planned, [proposal('a', [true, false]), proposal('b', [true, false], 'Thema 2 onvoldoende onderbouwd')])).toEqual({
      state: 'VALIDATED',
      themes: [
        { themeCode: '1', validated: true, grounds: 'Overtuigend gesprek\n\nThema 2 onvoldoende onderbouwd' },
        { themeCode: '2', validated: false, grounds: 'Overtuigend gesprek\n\nThema 2 onvoldoende onderbouwd' },
      ],
    });
    expect(portfolioOutcome(planned, [proposal('a', [false, false]), proposal('b', [true, false]), proposal('b', [false, false])])?.state).toBe('NOT_VALIDATED');
  });

  it('after an upheld objection, only the themes not validated are decided again; a standing validation keeps the case validated', () => {
    const reopened = { themeCodes: ['2'], assessorIds: ['a', 'b'] };
    const no = (assessorId: string) => ({ assessorId, themes: [{ themeCode: '2', validated: false, grounds: 'Nog steeds onvoldoende' }] });
    expect(portfolioOutcome(reopened, [no('a'), no('b')], ['1'])).toEqual({ state: 'VALIDATED', themes: [{ themeCode: '2', validated: false, grounds: 'Nog steeds onvoldoende' }] });
    expect(portfolioOutcome(reopened, [no('a'), no('b')])?.state).toBe('NOT_VALIDATED');
  });

  it('an upheld objection sends an insufficient assessment back to assessment, an outcome back to the interview', () => {
    expect(reopenPortfolioDecision('INSUFFICIENT')).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(reopenPortfolioDecision('NOT_VALIDATED')).toEqual({ ok: true, value: 'INTERVIEW_PLANNED' });
    expect(reopenPortfolioDecision('VALIDATED')).toEqual({ ok: true, value: 'INTERVIEW_PLANNED' });
    expect(codes(reopenPortfolioDecision('SUBMITTED'))).toEqual(['PORTFOLIO_TRANSITION_NOT_ALLOWED']);
  });

  it('two different assessors are assigned once, after submission', () => {
    const unassigned: PortfolioCase = { ...submitted, assessorIds: [] };
    expect(validatePortfolioAssignment(unassigned, ['a', 'b']).ok).toBe(true);
    expect(codes(validatePortfolioAssignment(unassigned, ['a', 'a']))).toEqual(['PORTFOLIO_NEEDS_TWO_ASSESSORS']);
    expect(codes(validatePortfolioAssignment(unassigned, ['a', 'b', 'c']))).toEqual(['PORTFOLIO_NEEDS_TWO_ASSESSORS']);
    expect(codes(validatePortfolioAssignment(submitted, ['c', 'd']))).toEqual(['PORTFOLIO_ASSESSORS_FIXED']);
    expect(codes(validatePortfolioAssignment({ ...unassigned, state: 'DRAFT' }, ['a', 'b']))).toEqual(['PORTFOLIO_TRANSITION_NOT_ALLOWED']);
  });

  it('fee lines from the organisation’s schedule, zero-priced lines left out', () => {
    const schedule = { oneOffCents: 4000, perThemeCents: 45000, perInterviewCents: 50000, resubmissionCents: 20000 };
    const submission = portfolioFeeLines('SUBMIT', 2, schedule);
    expect(submission).toEqual([
      { kind: 'ONE_OFF', quantity: 1, unitCents: 4000, amountCents: 4000 },
      { kind: 'PER_THEME', quantity: 2, unitCents: 45000, amountCents: 90000 },
    ]);
    expect(portfolioFeeLines('RESUBMIT', 2, schedule)).toEqual([{ kind: 'RESUBMISSION', quantity: 1, unitCents: 20000, amountCents: 20000 }]);
    expect(portfolioFeeLines('PLAN_INTERVIEW', 2, schedule)).toEqual([{ kind: 'INTERVIEW', quantity: 1, unitCents: 50000, amountCents: 50000 }]);
    expect(portfolioFeeLines('SUBMIT', 1, { ...schedule, oneOffCents: 0 }).map((fee) => fee.kind)).toEqual(['PER_THEME']);
    expect(portfolioFeeTotal(submission)).toBe(94000);
  });
});

describe('peer validation (§3.6)', () => {
  const sessionEndsAt = new Date('2018-03-24T16:00:00Z'); // 17:00 CET, the day before DST starts
  const group: PeerGroup = {
    sessionDate: d('2018-03-24'),
    sessionEndsAt,
    facilitatorId: 'f',
    participants: [
      { leaderId: 'p1', boardId: 'b1', themeCode: '1' },
      { leaderId: 'p2', boardId: 'b2', themeCode: '5' },
      { leaderId: 'p3', boardId: 'b3', themeCode: '8' },
    ],
  };
  const allReflections = (at: Date): PeerReflection[] =>
    ['p1', 'p2', 'p3'].flatMap((authorId) => ['p1', 'p2', 'p3'].filter((s) => s !== authorId).map((subjectId) => ({ authorId, subjectId, submittedAt: at })));

  it('the group: three leaders with a theme each and a separate facilitator', () => {
    expect(validatePeerGroup(group, rules).ok).toBe(true);
    expect(codes(validatePeerGroup({ ...group, participants: group.participants.slice(0, 2) }, rules))).toEqual(['PEER_GROUP_SIZE']);
    expect(codes(validatePeerGroup({ ...group, facilitatorId: null }, rules))).toEqual(['PEER_FACILITATOR_MISSING']);
    expect(codes(validatePeerGroup({ ...group, facilitatorId: 'p1' }, rules))).toEqual(['PEER_FACILITATOR_IS_PARTICIPANT']);
    const noTheme = { ...group, participants: [{ leaderId: 'p1', boardId: null, themeCode: null }, ...group.participants.slice(1)] };
    expect(codes(validatePeerGroup(noTheme, rules))).toEqual(['PEER_THEME_MISSING']);
    const duplicate = { ...group, participants: [group.participants[0]!, group.participants[0]!, group.participants[1]!] };
    expect(codes(validatePeerGroup(duplicate, rules))).toEqual(['PEER_DUPLICATE_PARTICIPANT']);
  });

  it('48 hours is an exact duration, also across the DST change', () => {
    expect(reflectionDeadline(sessionEndsAt, rules).toISOString()).toBe('2018-03-26T16:00:00.000Z');
  });

  it.each([
    ['2018-03-26T16:00:00Z', []],
    ['2018-03-26T16:00:01Z', ['PEER_REFLECTION_LATE', 'PEER_REFLECTION_LATE']],
  ])('reflections submitted at %s → %j', (at, expected) => {
    expect(missingReflections(group, 'p1', allReflections(new Date(at)), rules).map((r) => r.code)).toEqual(expected);
  });

  it('after confirmation, each participant with both reflections on time completes their theme on the session date', () => {
    const reflections = allReflections(new Date('2018-03-25T10:00:00Z')).filter((r) => !(r.authorId === 'p3' && r.subjectId === 'p1'));
    const result = peerValidationOutcome(group, reflections, true, rules);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.validations).toEqual([
        { themeCode: '1', validatedOn: '2018-03-24', method: 'PEER_VALIDATION' },
        { themeCode: '5', validatedOn: '2018-03-24', method: 'PEER_VALIDATION' },
      ]);
      expect(result.value.notValidated.map((n) => [n.leaderId, n.reasons.map((r) => r.code)])).toEqual([['p3', ['PEER_REFLECTION_MISSING']]]);
    }
    expect(codes(peerValidationOutcome(group, reflections, false, rules))).toEqual(['PEER_NOT_CONFIRMED']);
  });

  it('names the participants in the reasons when their names are known', () => {
    const named: PeerGroup = { ...group, participants: group.participants.map((p, i) => ({ ...p, name: ['Anna', 'Bert', 'Cor'][i]! })) };
    expect(missingReflections(named, 'p1', [], rules).map((r) => r.message)).toEqual([
      'De eindreflectie van Anna over Bert ontbreekt.',
      'De eindreflectie van Anna over Cor ontbreekt.',
    ]);
  });

  it.each([
    ['2018-03-24T15:59:59Z', 'p2', ['PEER_REFLECTION_TOO_EARLY']],
    ['2018-03-24T16:00:00Z', 'p2', []],
    ['2018-03-26T16:00:00Z', 'p2', []],
    ['2018-03-26T16:00:01Z', 'p2', ['PEER_REFLECTION_LATE']],
    ['2018-03-25T10:00:00Z', 'p1', ['PEER_REFLECTION_SUBJECT_NOT_IN_GROUP']],
    ['2018-03-25T10:00:00Z', 'x', ['PEER_REFLECTION_SUBJECT_NOT_IN_GROUP']],
  ])('a reflection by p1 at %s on %s → %j', (at, subjectId, expected) => {
    expect(codes(checkReflectionSubmission(group, 'p1', subjectId, new Date(at), rules))).toEqual(expected);
  });

  it('a group is confirmed after the session, once all reflections are in or the 48 hours have passed', () => {
    const all = allReflections(new Date('2018-03-25T10:00:00Z'));
    expect(codes(checkPeerGroupConfirmable(group, all, new Date('2018-03-24T15:59:59Z'), rules))).toEqual(['PEER_SESSION_NOT_ENDED']);
    expect(checkPeerGroupConfirmable(group, all, new Date('2018-03-25T11:00:00Z'), rules).ok).toBe(true);
    expect(codes(checkPeerGroupConfirmable(group, all.slice(1), new Date('2018-03-26T16:00:00Z'), rules))).toEqual(['PEER_REFLECTIONS_PENDING']);
    expect(checkPeerGroupConfirmable(group, all.slice(1), new Date('2018-03-26T16:00:01Z'), rules).ok).toBe(true);
  });

  it('a session is published in the future, ends after it starts and has room for whole trios', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const plan = { startsAt: new Date('2026-02-01T09:00:00Z'), endsAt: new Date('2026-02-01T12:00:00Z'), capacity: 9 };
    expect(validatePeerSession(plan, now, rules).ok).toBe(true);
    expect(codes(validatePeerSession({ ...plan, startsAt: now }, now, rules))).toEqual(['PEER_SESSION_NOT_IN_FUTURE']);
    expect(codes(validatePeerSession({ ...plan, endsAt: plan.startsAt }, now, rules))).toEqual(['PEER_SESSION_ENDS_BEFORE_START']);
    for (const capacity of [0, 4, 63, 1.5, -3]) expect(codes(validatePeerSession({ ...plan, capacity }, now, rules))).toEqual(['PEER_SESSION_CAPACITY']);
    expect(validatePeerSession({ ...plan, capacity: 60 }, now, rules).ok).toBe(true);
  });

  it('sign-up is open before the start, before grouping and while places are left', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const session = { state: 'PUBLISHED' as const, startsAt: new Date('2026-02-01T09:00:00Z') };
    expect(checkPeerSignUpOpen(session, now, { signUps: 2, capacity: 3 }).ok).toBe(true);
    expect(codes(checkPeerSignUpOpen(session, now, { signUps: 3, capacity: 3 }))).toEqual(['PEER_SESSION_FULL']);
    expect(codes(checkPeerSignUpOpen({ ...session, state: 'GROUPED' }, now))).toEqual(['PEER_SESSION_GROUPED']);
    expect(codes(checkPeerSignUpOpen(session, session.startsAt))).toEqual(['PEER_SESSION_STARTED']);
  });

  it('forms trios from different boards when possible', () => {
    const signUps = ['b1', 'b1', 'b1', 'b2', 'b2', 'b3', 'b3', 'b4', 'b5', 'b6'].map((boardId, i) => ({ leaderId: `l${i}`, boardId }));
    const { groups, unplaced } = formTrios(d('2021-03-26'), signUps, rules);
    expect(unplaced.map((s) => s.leaderId)).toEqual(['l9']);
    expect(groups).toHaveLength(3);
    for (const trio of groups) expect(new Set(trio.map((s) => s.boardId)).size).toBe(3);
  });

  it('falls back to same-board trios when unavoidable', () => {
    const signUps = ['b1', 'b1', 'b1', 'b1', 'b2', 'b3'].map((boardId, i) => ({ leaderId: `l${i}`, boardId }));
    const { groups } = formTrios(d('2021-03-26'), signUps, rules);
    expect(groups.flat().map((s) => s.leaderId).sort()).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5']);
  });

  it('property: everyone placed once; all-different boards whenever no board has more than a third', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), (boards) => {
        const signUps = boards.map((b, i) => ({ leaderId: `l${i}`, boardId: `b${b}` }));
        const { groups, unplaced } = formTrios(d('2021-03-26'), signUps, rules);
        const placed = groups.flat();
        expect(placed.length + unplaced.length).toBe(signUps.length);
        expect(new Set([...placed, ...unplaced].map((s) => s.leaderId)).size).toBe(signUps.length);
        expect(unplaced.length).toBe(signUps.length % 3);
        for (const trio of groups) expect(trio).toHaveLength(3);
        const counts = new Map<string, number>();
        for (const s of placed) counts.set(s.boardId, (counts.get(s.boardId) ?? 0) + 1);
        if (Math.max(0, ...counts.values()) <= placed.length / 3) {
          for (const trio of groups) expect(new Set(trio.map((s) => s.boardId)).size).toBe(3);
        }
      }),
    );
  });
});
