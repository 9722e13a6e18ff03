import { displayName, evaluatePortfolioChecklist, isPortfolioCaseOpen, objectionDeadline, portfolioFeeTotal, rulesOn, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { DateScalar } from '../../schema/date.scalar';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { EvidenceDocumentType, LeaderSummaryType } from '../applications/application.types';
import type { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { AssessorOrganisationType, AssessorSummaryType } from '../assessor-organisations/assessor-organisation.types';
import { leaderOfAccount } from '../leaders/leader.service';
import { isOfficer } from '../offerings/offering-owner';
import { ThemeType } from '../themes/theme.types';
import { isOrganisationAssessor, NOT_FOUND_MESSAGE, rolesOnCase } from './portfolio-case.access';
import { PortfolioCase } from './portfolio-case.entity';
import { PortfolioAssessmentService } from './portfolio-assessment.service';
import { PortfolioCaseService } from './portfolio-case.service';
import {
  OpenPortfolioCaseInput,
  PortfolioAssessmentType,
  PortfolioCaseConnectionType,
  PortfolioCaseState,
  PortfolioCaseThemeType,
  PortfolioCaseType,
  PortfolioFeeLineType,
  PortfolioOutcomeProposalType,
  RecordPortfolioAssessmentInput,
  RecordPortfolioOutcomeInput,
} from './portfolio-case.types';

const OLDEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'created_at' }, { column: 'id' }] };

function today(): CalendarDate {
  return todayInAmsterdam(new Date());
}

function leaderSide(ctx: RequestContext): PortfolioCaseService {
  return new PortfolioCaseService(ctx.dataSource, ctx.account as Account, today());
}

function assessorSide(ctx: RequestContext): PortfolioAssessmentService {
  return new PortfolioAssessmentService(ctx.dataSource, ctx.account as Account, today());
}

/** Whether the viewer works on the case (its organisation's assessors, staff and committee) rather than being the leader. */
function seesWork(ctx: RequestContext, row: Pick<PortfolioCase, 'assessorOrganisationId'>): boolean {
  const account = ctx.account as Account;
  return isOrganisationAssessor(account, row.assessorOrganisationId) || isOfficer(account);
}

/** Submitted cases (of one organisation, or all), oldest first, keyset-paged. */
function submittedCases(ctx: RequestContext, page: PageArgs, state: string[] | null | undefined, organisationId: string | null): Promise<PortfolioCaseConnectionType> {
  const query = ctx.dataSource.getRepository(PortfolioCase).createQueryBuilder('portfolio_case').where("portfolio_case.state <> 'DRAFT'");
  if (organisationId) query.andWhere('portfolio_case.assessor_organisation_id = :organisationId', { organisationId });
  if (state?.length) query.andWhere('portfolio_case.state IN (:...state)', { state });
  return keysetPage(query, OLDEST_FIRST, page);
}

/** A case theme as the viewer sees it: the leader sees the assessments of decided rounds only, and no outcome proposals. */
type ThemeRoot = PortfolioCaseThemeType & { seesWork: boolean; decidedRounds: number };

@Resolver(() => PortfolioCaseType)
export class PortfolioCaseResolver {
  @Authorized(Role.LEADER)
  @Query(() => [PortfolioCaseType], { description: "The signed-in leader's portfolio cases, newest first (a handful: at most two themes are open at once)." })
  async myPortfolioCases(@Ctx() ctx: RequestContext): Promise<PortfolioCase[]> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return ctx.dataSource.getRepository(PortfolioCase).find({ where: { leaderId: leader.id }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  @Authorized()
  @Query(() => PortfolioCaseType, {
    description: "One portfolio case: for the leader whose case it is, the assessors of its organisation, staff and committee; NOT_FOUND for anyone else.",
  })
  async portfolioCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PortfolioCase> {
    assertId(id, 'id');
    const row = await ctx.dataSource.getRepository(PortfolioCase).findOneBy({ id });
    if (!row || (await rolesOnCase(ctx.dataSource, ctx.account as Account, row)).length === 0) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
    return row;
  }

  @Authorized(Role.ASSESSOR)
  @Query(() => PortfolioCaseConnectionType, {
    description: "The submitted cases of the signed-in assessor's organisation (drafts are the leader's alone), oldest first, optionally in the given states.",
  })
  assessorPortfolioCases(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('state', () => [PortfolioCaseState], { nullable: true, description: 'Only cases in these states (default: all).' }) state?: string[] | null,
  ): Promise<PortfolioCaseConnectionType> {
    const organisationId = (ctx.account as Account).assessorOrganisationId;
    if (!organisationId) throw new AppError('FORBIDDEN', 'Dit account is niet aan een assessororganisatie gekoppeld.');
    return submittedCases(ctx, page, state, organisationId);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => PortfolioCaseConnectionType, { description: 'Submitted portfolio cases of every organisation, oldest first, optionally in the given states.' })
  portfolioCases(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('state', () => [PortfolioCaseState], { nullable: true, description: 'Only cases in these states (default: all).' }) state?: string[] | null,
  ): Promise<PortfolioCaseConnectionType> {
    return submittedCases(ctx, page, state, null);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => PortfolioCaseType, {
    description: 'Opens a portfolio case (DRAFT) at an organisation certified today, for one or two themes; a theme beyond two in open cases is refused.',
  })
  openPortfolioCase(@Ctx() ctx: RequestContext, @Arg('input', () => OpenPortfolioCaseInput) input: OpenPortfolioCaseInput): Promise<PortfolioCase> {
    return leaderSide(ctx).open(input.assessorOrganisationId, input.themeIds);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => PortfolioCaseType, {
    description: 'Removes a portfolio document before submission or after an insufficient assessment. Documents are added with POST /portfolio-cases/:id/themes/:themeId/documents.',
  })
  removePortfolioDocument(@Ctx() ctx: RequestContext, @Arg('caseId', () => ID) caseId: string, @Arg('documentId', () => ID) documentId: string): Promise<PortfolioCase> {
    return leaderSide(ctx).removeDocument(caseId, documentId);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => PortfolioCaseType, { description: 'Submits the portfolio (at least one document per theme); the one-off and per-theme fees are charged.' })
  submitPortfolioCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<PortfolioCase> {
    return leaderSide(ctx).submit(id, version);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => PortfolioCaseType, { description: 'Resubmits after an insufficient assessment (once per case); the resubmission fee is charged.' })
  resubmitPortfolioCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<PortfolioCase> {
    return leaderSide(ctx).resubmit(id, version);
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => PortfolioCaseType, { description: "Assigns the case's two assessors (two different ASSESSOR accounts of the organisation); they stay the same throughout." })
  assignPortfolioAssessors(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('assessorAccountIds', () => [ID]) assessorAccountIds: string[],
  ): Promise<PortfolioCase> {
    return assessorSide(ctx).assign(caseId, version, assessorAccountIds);
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => PortfolioCaseType, {
    description:
      "Records (or corrects, while the round is open) the signed-in assessor's checklist for one theme. When both assessors assessed every theme the case becomes SUFFICIENT (all met) or INSUFFICIENT.",
  })
  recordPortfolioAssessment(@Ctx() ctx: RequestContext, @Arg('input', () => RecordPortfolioAssessmentInput) input: RecordPortfolioAssessmentInput): Promise<PortfolioCase> {
    return assessorSide(ctx).recordAssessment({ ...input, checklist: { ...input.checklist } });
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => PortfolioCaseType, { description: 'Plans the validation interview of a sufficient portfolio (its length follows from the number of themes); the interview fee is charged.' })
  planPortfolioInterview(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('location', () => String) location: string,
  ): Promise<PortfolioCase> {
    return assessorSide(ctx).planInterview(caseId, version, startsAt, location);
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => PortfolioCaseType, {
    description:
      "Records the signed-in assessor's outcome per theme with grounds. Decided only when both assessors agree on every theme (validated themes are credited as informal learning); until then the case stays open.",
  })
  recordPortfolioOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => RecordPortfolioOutcomeInput) input: RecordPortfolioOutcomeInput): Promise<PortfolioCase> {
    return assessorSide(ctx).recordOutcome(input);
  }

  @Authorized(Role.ASSESSOR)
  @Mutation(() => PortfolioCaseType, { description: 'Marks the outstanding fee lines paid (bank transfer received on paidOn).' })
  markPortfolioFeesPaid(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('version', () => Int) version: number,
    @Arg('paidOn', () => DateScalar) paidOn: CalendarDate,
  ): Promise<PortfolioCase> {
    return assessorSide(ctx).markFeesPaid(caseId, version, paidOn);
  }

  @FieldResolver(() => LeaderSummaryType)
  async leader(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    const leader = await ctx.loaders.applications.leaderById.load(row.leaderId);
    return { id: row.leaderId, registerNumber: leader?.registerNumber ?? '', displayName: leader ? displayName(leader) : '' };
  }

  @FieldResolver(() => AssessorOrganisationType, { description: 'The assessor organisation that handles the case (its fee schedule applies).' })
  async assessorOrganisation(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<AssessorOrganisation> {
    return (await ctx.loaders.portfolioCases.organisationById.load(row.assessorOrganisationId))!;
  }

  @FieldResolver(() => [AssessorSummaryType], { description: 'The two assessors, once assigned (empty before).' })
  async assessors(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<AssessorSummaryType[]> {
    const ids = [row.firstAssessorId, row.secondAssessorId].filter((id): id is string => id !== null);
    return Promise.all(ids.map(async (id) => ({ id, displayName: (await ctx.loaders.portfolioCases.accountById.load(id))?.displayName ?? '' })));
  }

  @FieldResolver(() => [PortfolioCaseThemeType], { description: 'The one or two themes, in catalogue order.' })
  async themes(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<ThemeRoot[]> {
    const themes = await ctx.loaders.portfolioCases.themesByCaseId.load(row.id);
    const round = row.resubmissions + 1;
    const decidedRounds = row.state === 'SUBMITTED' ? round - 1 : row.state === 'DRAFT' ? 0 : round;
    return themes.map((theme) => ({ ...theme, seesWork: seesWork(ctx, row), decidedRounds }));
  }

  @FieldResolver(() => Int, { description: 'The current round of assessment: 1, or 2 after the resubmission.' })
  round(@Root() row: PortfolioCase): number {
    return row.resubmissions + 1;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the leader can resubmit now (after an insufficient assessment, once).' })
  canResubmit(@Root() row: PortfolioCase): boolean {
    return row.state === 'INSUFFICIENT' && isPortfolioCaseOpen(row, rulesOn(today()));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'Last day to object (six weeks) to the standing decision: an insufficient assessment (on assessedOn) or the outcome (on decidedOn); null while there is none. File with decisionKind PORTFOLIO_OUTCOME and the case id.',
  })
  objectionDeadline(@Root() row: PortfolioCase): CalendarDate | null {
    const decidedOn = row.state === 'INSUFFICIENT' ? row.assessedOn : row.state === 'VALIDATED' || row.state === 'NOT_VALIDATED' ? row.decidedOn : null;
    return decidedOn ? objectionDeadline(decidedOn) : null;
  }

  @FieldResolver(() => [PortfolioFeeLineType], { description: 'Fee lines so far, oldest first.' })
  feeLines(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders.portfolioCases.feeLinesByCaseId.load(row.id);
  }

  @FieldResolver(() => Int, { description: 'All fee lines together, in euro cents.' })
  async feeTotalCents(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<number> {
    return portfolioFeeTotal(await ctx.loaders.portfolioCases.feeLinesByCaseId.load(row.id));
  }

  @FieldResolver(() => Int, { description: 'Fee lines not yet paid, in euro cents.' })
  async feeOutstandingCents(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<number> {
    return portfolioFeeTotal((await ctx.loaders.portfolioCases.feeLinesByCaseId.load(row.id)).filter((line) => line.paidOn === null));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The invoice PDF of the fee lines (GET, signed in); null while there are none.' })
  async invoiceUrl(@Root() row: PortfolioCase, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.portfolioCases.feeLinesByCaseId.load(row.id)).length > 0 ? `/portfolio-cases/${row.id}/invoice.pdf` : null;
  }
}

@Resolver(() => PortfolioCaseThemeType)
export class PortfolioCaseThemeResolver {
  @FieldResolver(() => ThemeType)
  async theme(@Root() root: ThemeRoot, @Ctx() ctx: RequestContext): Promise<ThemeType> {
    return (await ctx.loaders.portfolioCases.themeById.load(root.themeId))!;
  }

  @FieldResolver(() => [EvidenceDocumentType], { description: 'The portfolio documents for this theme (each file: GET /documents/:id).' })
  async documents(@Root() root: ThemeRoot, @Ctx() ctx: RequestContext): Promise<EvidenceDocumentType[]> {
    return (await ctx.loaders.portfolioCases.documentsByCaseId.load(root.portfolioCaseId)).filter((document) => document.portfolioThemeId === root.themeId);
  }

  @FieldResolver(() => [PortfolioAssessmentType], {
    description: "The assessors' checklists of this theme, oldest round first. The leader sees them once the round is decided.",
  })
  async assessments(@Root() root: ThemeRoot, @Ctx() ctx: RequestContext): Promise<PortfolioAssessmentType[]> {
    const rows = await ctx.loaders.portfolioCases.assessmentsByCaseId.load(root.portfolioCaseId);
    return rows
      .filter((row) => row.themeId === root.themeId && (root.seesWork || row.round <= root.decidedRounds))
      .map((row) => ({ id: row.id, round: row.round, checklist: row, sufficient: row.sufficient, feedback: row.feedback, recordedAt: row.recordedAt, assessorId: row.assessorId }));
  }

  @FieldResolver(() => [PortfolioOutcomeProposalType], { description: "The assessors' proposed outcomes for this theme (for the organisation, staff and committee; empty for the leader)." })
  async outcomeProposals(@Root() root: ThemeRoot, @Ctx() ctx: RequestContext): Promise<PortfolioOutcomeProposalType[]> {
    if (!root.seesWork) return [];
    return (await ctx.loaders.portfolioCases.proposalsByCaseId.load(root.portfolioCaseId)).filter((row) => row.themeId === root.themeId);
  }
}

@Resolver(() => PortfolioAssessmentType)
export class PortfolioAssessmentResolver {
  @FieldResolver(() => [String], { description: 'The minimum requirements this checklist does not meet, in Dutch (the domain’s reasons); empty when sufficient.' })
  unmetRequirements(@Root() row: PortfolioAssessmentType): string[] {
    const result = evaluatePortfolioChecklist(row.checklist, rulesOn(todayInAmsterdam(row.recordedAt)));
    return result.ok ? [] : result.reasons.map((unmet) => unmet.message);
  }

  @FieldResolver(() => AssessorSummaryType)
  async assessor(@Root() row: PortfolioAssessmentType, @Ctx() ctx: RequestContext): Promise<AssessorSummaryType> {
    return { id: row.assessorId, displayName: (await ctx.loaders.portfolioCases.accountById.load(row.assessorId))?.displayName ?? '' };
  }
}

@Resolver(() => PortfolioOutcomeProposalType)
export class PortfolioOutcomeProposalResolver {
  @FieldResolver(() => AssessorSummaryType)
  async assessor(@Root() row: PortfolioOutcomeProposalType, @Ctx() ctx: RequestContext): Promise<AssessorSummaryType> {
    return { id: row.assessorId, displayName: (await ctx.loaders.portfolioCases.accountById.load(row.assessorId))?.displayName ?? '' };
  }
}

export const portfolioCaseResolvers = [PortfolioCaseResolver, PortfolioCaseThemeResolver, PortfolioAssessmentResolver, PortfolioOutcomeProposalResolver] as const;
