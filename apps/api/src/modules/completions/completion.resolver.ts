import { displayName, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { EvidenceDocumentType, LeaderSummaryType } from '../applications/application.types';
import { leaderOfAccount } from '../leaders/leader.service';
import { isOfficer } from '../offerings/offering-owner';
import { OfferingExecution } from '../offerings/offering.entity';
import { AppError } from '../../http/errors';
import { CompletionHandlingService } from './completion-handling.service';
import { CompletionListService } from './completion-list.service';
import { CompletionRecordingService, ownedExecution } from './completion.service';
import { CompletionConnectionType, CompletionInput, CompletionType, RecordCompletionsResultType } from './completion.types';
import { PageArgs } from '../../shared/paging';

const today = () => todayInAmsterdam(new Date());

@Resolver(() => CompletionType)
export class CompletionResolver {
  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => RecordCompletionsResultType, {
    description:
      'Records the completions of a whole group for an own execution: valid rows are kept, invalid rows reported per row; repeating the call changes nothing.',
  })
  recordCompletions(
    @Ctx() ctx: RequestContext,
    @Arg('executionId', () => ID) executionId: string,
    @Arg('completions', () => [CompletionInput]) completions: CompletionInput[],
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Only check: report what would happen (with the matched names), store nothing.' }) dryRun: boolean,
  ): Promise<RecordCompletionsResultType> {
    assertId(executionId, 'executionId');
    return new CompletionRecordingService(ctx.dataSource, ctx.account as Account, today()).record(executionId, completions, dryRun);
  }

  @Authorized(Role.PROVIDER, Role.BOARD, Role.STAFF, Role.COMMITTEE)
  @Query(() => CompletionConnectionType, { description: 'Completions of an execution, first recorded first: of an own offering, or any for staff.' })
  async executionCompletions(
    @Ctx() ctx: RequestContext,
    @Arg('executionId', () => ID) executionId: string,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CompletionConnectionType> {
    assertId(executionId, 'executionId');
    const account = ctx.account as Account;
    if (isOfficer(account)) {
      if (!(await ctx.dataSource.getRepository(OfferingExecution).existsBy({ id: executionId }))) {
        throw new AppError('NOT_FOUND', 'Deze uitvoering bestaat niet (meer).');
      }
    } else await ownedExecution(ctx.dataSource, account, executionId);
    return new CompletionListService(ctx.dataSource).forExecution(executionId, page);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => CompletionType, { description: 'Withdraws a wrong completion of an own execution; it no longer counts.' })
  withdrawCompletion(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ): Promise<CompletionType> {
    assertId(id, 'id');
    return new CompletionHandlingService(ctx.dataSource, ctx.account as Account, today()).withdraw(id, version, reason);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => CompletionType, {
    description: 'Submits a certificate of a certified execution the provider did not record, with its file; it counts once staff verify it.',
  })
  submitCertificate(
    @Ctx() ctx: RequestContext,
    @Arg('executionId', () => ID) executionId: string,
    @Arg('completedOn', () => DateScalar) completedOn: CalendarDate,
    @Arg('documentId', () => ID, { description: 'The certificate’s file, uploaded first with POST /documents (PDF, PNG or JPEG, at most 10 MB).' })
    documentId: string,
  ): Promise<CompletionType> {
    assertId(executionId, 'executionId');
    assertId(documentId, 'documentId');
    return new CompletionHandlingService(ctx.dataSource, ctx.account as Account, today()).submitCertificate(executionId, completedOn, documentId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => CompletionType, { description: 'Verifies (approve: true) or rejects a certificate submitted by a leader.' })
  verifyCertificate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<CompletionType> {
    assertId(id, 'id');
    return new CompletionHandlingService(ctx.dataSource, ctx.account as Account, today()).verify(id, version, approve, reason ?? null);
  }

  @Authorized(Role.STAFF)
  @Query(() => CompletionConnectionType, { description: 'Certificates submitted by leaders that await verification, oldest first.' })
  certificatesToVerify(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<CompletionConnectionType> {
    return new CompletionListService(ctx.dataSource).awaitingVerification(page);
  }

  @Authorized(Role.LEADER)
  @Query(() => CompletionConnectionType, { description: 'The signed-in leader’s completions, most recently completed first.' })
  async myCompletions(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<CompletionConnectionType> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return new CompletionListService(ctx.dataSource).forLeader(leader.id, page);
  }

  @FieldResolver(() => EvidenceDocumentType, {
    nullable: true,
    description: 'A leader’s certificate: its file (open it with GET /documents/:id), for the leader and staff; null for others.',
  })
  async document(@Root() completion: CompletionType, @Ctx() ctx: RequestContext): Promise<EvidenceDocumentType | null> {
    const account = ctx.account as Account;
    if (!isOfficer(account) && !account.roles.includes(Role.LEADER)) return null;
    return ctx.loaders.applications.documentByCompletionId.load(completion.id);
  }

  @FieldResolver(() => LeaderSummaryType)
  async leader(@Root() completion: CompletionType, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    const leader = await ctx.loaders.applications.leaderById.load(completion.leaderId);
    return { id: completion.leaderId, registerNumber: leader?.registerNumber ?? '', displayName: leader ? displayName(leader) : '' };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title of the completed offering.' })
  async offeringTitle(@Root() completion: CompletionType, @Ctx() ctx: RequestContext): Promise<string | null> {
    const execution = await ctx.loaders.offerings.executionById.load(completion.executionId);
    return execution ? ((await ctx.loaders.offerings.offeringById.load(execution.offeringId))?.title ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The offering's provider (or board)." })
  async ownerName(@Root() completion: CompletionType, @Ctx() ctx: RequestContext): Promise<string | null> {
    const execution = await ctx.loaders.offerings.executionById.load(completion.executionId);
    const offering = execution ? await ctx.loaders.offerings.offeringById.load(execution.offeringId) : null;
    if (offering?.providerId) return (await ctx.loaders.offerings.providerById.load(offering.providerId))?.name ?? null;
    if (offering?.boardId) return (await ctx.loaders.offerings.boardById.load(offering.boardId))?.name ?? null;
    return null;
  }
}
