import {
  isAfter,
  isBefore,
  isPortfolioCaseOpen,
  portfolioAssessmentState,
  checkPortfolioInterviewHeld,
  checkPortfolioInterviewPlan,
  portfolioInterviewMinutes,
  portfolioOutcome,
  rulesOn,
  transitionPortfolio,
  validatePortfolioAssessment,
  validatePortfolioAssignment,
  validatePortfolioOutcomeProposal,
  type CalendarDate,
  type PortfolioChecklist,
} from '@srpo/domain';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError, ruleError, valueOrThrow } from '../../http/errors';
import { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { recordAudit } from '../audit/record-audit';
import { recordInformalValidations } from '../informal-validations/record-informal-validations';
import { assertNotOwnCase } from '../leaders/own-case';
import { writeLetter } from '../letters/letter.service';
import { caseThemes, domainCase, lockCaseFor, type CaseThemeFacts } from './portfolio-case.access';
import { PortfolioAssessmentRow, PortfolioCase, PortfolioCaseTheme, PortfolioFeeLineRow, PortfolioOutcomeProposalRow } from './portfolio-case.entity';
import { chargeFees, saveCaseChange } from './portfolio-case.service';
import { assessmentLetter, interviewLetter, outcomeLetter } from './portfolio-letters';

export interface AssessmentInput {
  caseId: string;
  themeId: string;
  checklist: PortfolioChecklist;
  feedback?: string | null;
}

export interface OutcomeInput {
  caseId: string;
  themes: readonly { themeId: string; validated: boolean; grounds: string }[];
}

/**
 * The assessor organisation's side of a portfolio case (DESIGN §3.6): two of its assessors assigned
 * once, each records the checklist per theme, the interview, the outcome decided by both, payment of
 * the fees. Only ASSESSOR accounts of the case's organisation reach a case (anyone else: NOT_FOUND),
 * and never on their own case. Every decision sends the leader a letter; every change is audited.
 */
export class PortfolioAssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  private async lock(manager: EntityManager, id: string, version: number | null): Promise<PortfolioCase> {
    const row = await lockCaseFor(manager, this.actor, 'ASSESSOR', id, version);
    await assertNotOwnCase(manager, this.actor, { leaderId: row.leaderId });
    return row;
  }

  private async letterFacts(manager: EntityManager, row: PortfolioCase, themes?: CaseThemeFacts[]) {
    const organisation = await manager.getRepository(AssessorOrganisation).findOneByOrFail({ id: row.assessorOrganisationId });
    return { row, themes: themes ?? (await caseThemes(manager, [row.id])).get(row.id)!, organisationName: organisation.name, organisation };
  }

  /** Assigns the case's two assessors: ASSESSOR accounts of the organisation, active, not the leader; fixed afterwards. */
  async assign(id: string, version: number, assessorIds: readonly string[]): Promise<PortfolioCase> {
    for (const assessorId of assessorIds) assertId(assessorId, 'assessorAccountIds');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id, version);
      const themes = (await caseThemes(manager, [id])).get(id)!;
      valueOrThrow(validatePortfolioAssignment(domainCase(row, themes), assessorIds));
      const accounts = await manager.getRepository(Account).findBy({ id: In([...assessorIds]), assessorOrganisationId: row.assessorOrganisationId, deactivatedAt: IsNull() });
      const leaderAccount = (await manager.query(`SELECT account_id FROM school_leader WHERE id = $1`, [row.leaderId])) as { account_id: string | null }[];
      const eligible = accounts.filter((account) => account.roles.includes(Role.ASSESSOR) && account.id !== leaderAccount[0]?.account_id);
      if (eligible.length !== 2) {
        throw new AppError('BAD_USER_INPUT', 'Kies twee actieve assessoren van uw eigen organisatie (niet de schoolleider zelf).', {
          reason: 'PORTFOLIO_ASSESSOR_NOT_IN_ORGANISATION',
          field: 'assessorAccountIds',
        });
      }
      const before = { ...row };
      Object.assign(row, { firstAssessorId: assessorIds[0], secondAssessorId: assessorIds[1] });
      return saveCaseChange(manager, this.actor, before, row, 'ASSIGN_ASSESSORS');
    });
  }

  /**
   * Records (or corrects, while the round is open) the signed-in assessor's checklist for one theme.
   * When both assessors have assessed every theme, the round is decided: SUFFICIENT only when all
   * checklists are met, INSUFFICIENT otherwise; the leader gets a letter with the feedback.
   */
  async recordAssessment(input: AssessmentInput): Promise<PortfolioCase> {
    assertId(input.themeId, 'themeId');
    const rules = rulesOn(this.today);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, input.caseId, null);
      const themes = (await caseThemes(manager, [row.id])).get(row.id)!;
      const theme = themes.find((candidate) => candidate.themeId === input.themeId);
      if (!theme) throw new AppError('NOT_FOUND', 'Dit thema hoort niet bij dit portfoliodossier.', { field: 'themeId' });
      const feedback = input.feedback?.trim() || null;
      const { sufficient } = valueOrThrow(
        validatePortfolioAssessment(domainCase(row, themes), { assessorId: this.actor.id, themeCode: theme.code, checklist: input.checklist, feedback }, rules),
      );
      const values = { ...input.checklist, sufficient, feedback, recordedAt: new Date() };
      const repository = manager.getRepository(PortfolioAssessmentRow);
      const key = { portfolioCaseId: row.id, themeId: theme.themeId, assessorId: this.actor.id, round: row.round };
      const existing = await repository.findOneBy(key);
      const saved = await repository.save(existing ? Object.assign(existing, values) : repository.create({ ...key, ...values }));
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'portfolio_assessment',
        entityId: saved.id,
        action: existing ? 'CORRECT_ASSESSMENT' : 'RECORD_ASSESSMENT',
        after: saved,
      });

      const round = await repository.findBy({ portfolioCaseId: row.id, round: row.round });
      const codeOf = new Map(themes.map((candidate) => [candidate.themeId, candidate.code]));
      const assessments = round.map((entry) => ({ assessorId: entry.assessorId, themeCode: codeOf.get(entry.themeId)!, checklist: entry, feedback: entry.feedback }));
      const state = portfolioAssessmentState(domainCase(row, themes), assessments, rules);
      if (state === 'SUBMITTED') return row;

      const before = { ...row };
      Object.assign(row, { state, assessedOn: this.today });
      const changed = await saveCaseChange(manager, this.actor, before, row, state === 'SUFFICIENT' ? 'ASSESSED_SUFFICIENT' : 'ASSESSED_INSUFFICIENT');
      const facts = await this.letterFacts(manager, row, themes);
      const feedbackLines = assessments.filter((entry) => entry.feedback).map((entry) => ({ themeCode: entry.themeCode, text: entry.feedback! }));
      await writeLetter(
        manager,
        assessmentLetter(facts, this.today, state === 'SUFFICIENT', feedbackLines, {
          allowed: isPortfolioCaseOpen(changed, rules),
          feeCents: facts.organisation.feeResubmissionCents,
        }),
      );
      return changed;
    });
  }

  /**
   * Plans the validation interview ahead (length from the domain: 45 minutes for one theme, 75 for
   * two; the interview fee is charged), or moves a planned one that has not started (no new fee).
   * The leader gets a letter either way.
   */
  async planInterview(id: string, version: number, startsAt: Date, location: string): Promise<PortfolioCase> {
    const place = location.trim();
    if (!place) throw new AppError('BAD_USER_INPUT', 'Vul de locatie van het gesprek in.', { field: 'location' });
    if (Number.isNaN(startsAt.getTime())) throw new AppError('BAD_USER_INPUT', 'Ongeldig tijdstip van het gesprek.', { field: 'startsAt' });
    const rules = rulesOn(this.today);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id, version);
      const themes = (await caseThemes(manager, [id])).get(id)!;
      const rescheduling = row.state === 'INTERVIEW_PLANNED';
      const action = rescheduling ? 'RESCHEDULE_INTERVIEW' : 'PLAN_INTERVIEW';
      const state = valueOrThrow(transitionPortfolio(domainCase(row, themes), { type: action, assessorId: this.actor.id }, rules));
      valueOrThrow(checkPortfolioInterviewPlan(startsAt, rescheduling ? row.interviewStartsAt : null, new Date()));
      const before = { ...row };
      Object.assign(row, { state, interviewStartsAt: startsAt, interviewMinutes: portfolioInterviewMinutes(themes.length, rules), interviewLocation: place });
      if (!rescheduling) await chargeFees(manager, row, 'PLAN_INTERVIEW', themes.length, this.today);
      const saved = await saveCaseChange(manager, this.actor, before, row, action);
      await writeLetter(manager, interviewLetter(await this.letterFacts(manager, saved, themes), rescheduling));
      return saved;
    });
  }

  /**
   * Records the signed-in assessor's proposed outcome per theme (with grounds). The outcome is decided
   * only when both assessors agree on every theme still to decide: then validated themes are credited
   * (informal validation on the decision date, the organisation as source), the case is VALIDATED or
   * NOT_VALIDATED, and the leader gets a letter open to objection. Until then the case stays open.
   */
  async recordOutcome(input: OutcomeInput): Promise<PortfolioCase> {
    for (const theme of input.themes) assertId(theme.themeId, 'themeId');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, input.caseId, null);
      const themes = (await caseThemes(manager, [row.id])).get(row.id)!;
      const open = themes.filter((theme) => theme.outcome === null);
      const codeOf = new Map(themes.map((theme) => [theme.themeId, theme.code]));
      if (input.themes.some((theme) => !codeOf.has(theme.themeId))) throw new AppError('NOT_FOUND', 'Dit thema hoort niet bij dit portfoliodossier.', { field: 'themeId' });
      const proposal = {
        assessorId: this.actor.id,
        themes: input.themes.map((theme) => ({ themeCode: codeOf.get(theme.themeId)!, validated: theme.validated, grounds: theme.grounds.trim() })),
      };
      valueOrThrow(validatePortfolioOutcomeProposal(domainCase(row, open), proposal));
      valueOrThrow(checkPortfolioInterviewHeld(row.interviewStartsAt, new Date()));
      await manager
        .createQueryBuilder()
        .insert()
        .into(PortfolioOutcomeProposalRow)
        .values(input.themes.map((theme) => ({ portfolioCaseId: row.id, themeId: theme.themeId, assessorId: this.actor.id, validated: theme.validated, grounds: theme.grounds.trim(), recordedAt: new Date() })))
        .orUpdate(['validated', 'grounds', 'recorded_at'], ['portfolio_case_id', 'theme_id', 'assessor_id'])
        .execute();
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'portfolio_case', entityId: row.id, action: 'PROPOSE_OUTCOME', after: proposal });

      const stored = await manager.getRepository(PortfolioOutcomeProposalRow).findBy({ portfolioCaseId: row.id, themeId: In(open.map((theme) => theme.themeId)) });
      const proposals = row.assessorIds.map((assessorId) => ({
        assessorId,
        themes: stored.filter((entry) => entry.assessorId === assessorId).map((entry) => ({ themeCode: codeOf.get(entry.themeId)!, validated: entry.validated, grounds: entry.grounds })),
      }));
      const validatedBefore = themes.filter((theme) => theme.outcome === 'VALIDATED').map((theme) => theme.code);
      const outcome = portfolioOutcome(domainCase(row, open), proposals, validatedBefore);
      if (!outcome) return row;

      for (const decided of outcome.themes) {
        const theme = open.find((candidate) => candidate.code === decided.themeCode)!;
        await manager
          .getRepository(PortfolioCaseTheme)
          .update({ portfolioCaseId: row.id, themeId: theme.themeId }, { outcome: decided.validated ? 'VALIDATED' : 'NOT_VALIDATED', grounds: decided.grounds });
        Object.assign(theme, { outcome: decided.validated ? 'VALIDATED' : 'NOT_VALIDATED', grounds: decided.grounds });
      }
      await recordInformalValidations(
        manager,
        outcome.themes
          .filter((decided) => decided.validated)
          .map((decided) => ({
            leaderId: row.leaderId,
            themeId: open.find((theme) => theme.code === decided.themeCode)!.themeId,
            validatedOn: this.today,
            method: 'PORTFOLIO' as const,
            assessorOrganisationId: row.assessorOrganisationId,
            portfolioCaseId: row.id,
          })),
        this.actor.id,
      );
      const before = { ...row };
      Object.assign(row, { state: outcome.state, decidedOn: this.today });
      const saved = await saveCaseChange(manager, this.actor, before, row, outcome.state);
      await writeLetter(manager, outcomeLetter(await this.letterFacts(manager, saved, themes), this.today));
      return saved;
    });
  }

  /** Marks the outstanding fee lines paid (bank transfer received on `paidOn`, not in the future). */
  async markFeesPaid(id: string, version: number, paidOn: CalendarDate): Promise<PortfolioCase> {
    if (isAfter(paidOn, this.today)) throw new AppError('BAD_USER_INPUT', 'De betaaldatum ligt in de toekomst.', { field: 'paidOn' });
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, id, version);
      const outstanding = await manager.getRepository(PortfolioFeeLineRow).findBy({ portfolioCaseId: id, paidOn: IsNull() });
      if (outstanding.length === 0) throw ruleError('PORTFOLIO_NOTHING_OUTSTANDING', 'Er staan voor dit dossier geen onbetaalde kosten open.');
      if (outstanding.some((line) => isBefore(paidOn, line.chargedOn))) {
        throw new AppError('BAD_USER_INPUT', 'De betaaldatum ligt vóór de datum waarop de kosten in rekening zijn gebracht.', { field: 'paidOn' });
      }
      await manager.getRepository(PortfolioFeeLineRow).update({ id: In(outstanding.map((line) => line.id)) }, { paidOn });
      // The version moves with the payment, so a second click with the old version conflicts instead of paying twice.
      await manager.query(`UPDATE portfolio_case SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const saved = await manager.getRepository(PortfolioCase).findOneByOrFail({ id });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'portfolio_case', entityId: id, action: 'FEES_PAID', before: row, after: { ...saved, paidOn, feeLineIds: outstanding.map((line) => line.id) } });
      return saved;
    });
  }
}
