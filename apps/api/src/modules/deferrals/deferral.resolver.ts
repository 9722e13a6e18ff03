import {
  displayName,
  todayInAmsterdam,
  type CalendarDate,
  type DeferralKind as DeferralKindValue,
  type DeferralOutcome as DeferralOutcomeValue,
  type DeferralReason as DeferralReasonValue,
} from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { DateScalar } from '../../schema/date.scalar';
import { DeferralKind, DeferralOutcome, DeferralReason } from '../../schema/domain-enums';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { LeaderSummaryType } from '../applications/application.types';
import { leaderOfAccount } from '../leaders/leader.service';
import { DeferralCheckType } from './deferral-check';
import { DeferralRequestRow } from './deferral-request.entity';
import { DeferralService } from './deferral.service';
import { DeferralRequestConnectionType, DeferralRequestType } from './deferral.types';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';

const OLDEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'created_at' }, { column: 'id' }] };
/** With the decided ones the list is a history (hundreds taken over from the old register): the latest on top. */
const NEWEST_FIRST: KeysetOrder = { ...OLDEST_FIRST, direction: 'DESC' };

function service(ctx: RequestContext): DeferralService {
  return new DeferralService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => DeferralRequestType)
export class DeferralResolver {
  @Authorized(Role.LEADER)
  @Query(() => [DeferralRequestType], {
    description: "The signed-in leader's deferral requests, newest first (a handful per registration period: deferral is capped by the rules).",
  })
  async myDeferralRequests(@Ctx() ctx: RequestContext): Promise<DeferralRequestType[]> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return ctx.dataSource.getRepository(DeferralRequestRow).find({ where: { leaderId: leader.id }, order: { createdAt: 'DESC' } });
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => DeferralRequestConnectionType, { description: 'Deferral requests still to decide, oldest first; with includeDecided all of them, newest first (a history).' })
  deferralRequests(
    @Ctx() ctx: RequestContext,
    @Arg('includeDecided', () => Boolean, { defaultValue: false }) includeDecided: boolean,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<DeferralRequestConnectionType> {
    const query = ctx.dataSource.getRepository(DeferralRequestRow).createQueryBuilder('request');
    if (!includeDecided) query.where("request.status = 'REQUESTED'");
    return keysetPage(query, includeDecided ? NEWEST_FIRST : OLDEST_FIRST, page);
  }

  @Authorized(Role.LEADER)
  @Mutation(() => DeferralRequestType, { description: 'Requests deferral; refused with the reasons when the rules do not allow it (e.g. beyond the two-year cap).' })
  requestDeferral(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => DeferralKind) kind: DeferralKindValue,
    @Arg('reason', () => DeferralReason) reason: DeferralReasonValue,
    @Arg('requestedDueDate', () => DateScalar) requestedDueDate: CalendarDate,
    @Arg('motivation', () => String, { nullable: true }) motivation?: string | null,
  ): Promise<DeferralRequestType> {
    return service(ctx).request({ kind, reason, requestedDueDate, motivation });
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Mutation(() => DeferralRequestType, { description: 'Grants (fully, or partly with an earlier date) or rejects a deferral request.' })
  decideDeferral(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('outcome', () => DeferralOutcome) outcome: DeferralOutcomeValue,
    @Arg('newDueDate', () => DateScalar, { nullable: true }) newDueDate?: CalendarDate | null,
    @Arg('reasons', () => String, { nullable: true }) reasons?: string | null,
  ): Promise<DeferralRequestType> {
    assertId(id, 'id');
    return service(ctx).decide(id, version, outcome, newDueDate ?? null, reasons ?? null);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => [DeferralRequestType], { description: "The leader's other deferral requests, newest first: earlier deferrals to weigh before deciding." })
  async earlierRequests(@Root() request: DeferralRequestRow, @Ctx() ctx: RequestContext): Promise<DeferralRequestType[]> {
    return (await ctx.loaders.caseFile.deferralsByLeaderId.load(request.leaderId)).filter((other) => other.id !== request.id);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @FieldResolver(() => DeferralCheckType, { description: 'The rules’ answer today: may the requested date still be granted, and up to when.' })
  check(@Root() request: DeferralRequestRow, @Ctx() ctx: RequestContext): Promise<DeferralCheckType> {
    return ctx.loaders.caseFile.deferralCheck.load(request);
  }

  @FieldResolver(() => LeaderSummaryType)
  async leader(@Root() request: DeferralRequestType, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    const leader = await ctx.loaders.applications.leaderById.load(request.leaderId);
    return { id: request.leaderId, registerNumber: leader?.registerNumber ?? '', displayName: leader ? displayName(leader) : '' };
  }
}
