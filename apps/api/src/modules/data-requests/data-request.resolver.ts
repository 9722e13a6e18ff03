import {
  checkErasureAllowed,
  displayName,
  isDataRequestOverdue,
  todayInAmsterdam,
  DataRequestOutcome,
  type DataRequestOutcome as DataRequestOutcomeValue,
} from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { LeaderSummaryType } from '../applications/application.types';
import { leaderOfAccount } from '../leaders/leader.service';
import { DataRequestRow } from './data-request.entity';
import { DataRequestService } from './data-request.service';
import {
  DataRequestCheckType,
  DataRequestConnectionType,
  DataRequestType,
  FileDataRequestInput,
  LeaderDataCorrectionInput,
  LeaderPersonalDataType,
} from './data-request.types';

/** The open queue soonest deadline first: the legal deadline is what staff work to. */
const SOONEST_DEADLINE: KeysetOrder = { direction: 'ASC', keys: [{ column: 'deadline' }, { column: 'id' }] };
/** With the decided ones the list is a history: the latest on top. */
const NEWEST_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'created_at' }, { column: 'id' }] };

function service(ctx: RequestContext): DataRequestService {
  return new DataRequestService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => DataRequestType)
export class DataRequestResolver {
  @Authorized(Role.LEADER)
  @Query(() => [DataRequestType], { description: "The signed-in leader's requests about their own data, newest first." })
  async myDataRequests(@Ctx() ctx: RequestContext): Promise<DataRequestType[]> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return ctx.dataSource.getRepository(DataRequestRow).find({ where: { leaderId: leader.id }, order: { createdAt: 'DESC', id: 'DESC' } }) as Promise<DataRequestType[]>;
  }

  @Authorized(Role.STAFF)
  @Query(() => DataRequestConnectionType, {
    description: 'Requests about personal data still to decide, soonest deadline first; with includeDecided all of them, newest first (a history). Optionally one leader’s.',
  })
  dataRequests(
    @Ctx() ctx: RequestContext,
    @Arg('includeDecided', () => Boolean, { defaultValue: false }) includeDecided: boolean,
    @Arg('leaderId', () => ID, { nullable: true }) leaderId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<DataRequestConnectionType> {
    const query = ctx.dataSource.getRepository(DataRequestRow).createQueryBuilder('request').where('true');
    if (!includeDecided) query.andWhere("request.status = 'REQUESTED'");
    if (leaderId) {
      assertId(leaderId, 'leaderId');
      query.andWhere('request.leader_id = :leaderId', { leaderId });
    }
    return keysetPage(query, includeDecided ? NEWEST_FIRST : SOONEST_DEADLINE, page) as Promise<DataRequestConnectionType>;
  }

  @Authorized(Role.LEADER)
  @Mutation(() => DataRequestType, {
    description: 'Files a request about the own personal data: a correction (which data, what is wrong, the right value) or an erasure (with the reason). One open request per kind and subject.',
  })
  fileDataRequest(@Ctx() ctx: RequestContext, @Arg('input', () => FileDataRequestInput) input: FileDataRequestInput): Promise<DataRequestType> {
    return service(ctx).file(input) as Promise<DataRequestType>;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => DataRequestType, { description: 'Extends the answer period by two months, with grounds the leader receives by letter (once, within the first month).' })
  extendDataRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('grounds', () => String) grounds: string,
  ): Promise<DataRequestType> {
    assertId(id, 'id');
    return service(ctx).extend(id, version, grounds) as Promise<DataRequestType>;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => DataRequestType, {
    description:
      'Decides a request: GRANTED (a correction carried out with the new values in `correction` and/or what was done in `grounds`; an erasure only after deregistration, which anonymises the leader) or REFUSED with grounds. The leader gets a letter.',
  })
  decideDataRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('outcome', () => DataRequestOutcome) outcome: DataRequestOutcomeValue,
    @Arg('grounds', () => String, { nullable: true }) grounds: string | null,
    @Arg('correction', () => LeaderDataCorrectionInput, { nullable: true }) correction: LeaderDataCorrectionInput | null,
  ): Promise<DataRequestType> {
    assertId(id, 'id');
    return service(ctx).decide(id, version, outcome, grounds ?? null, correction ?? null) as Promise<DataRequestType>;
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its deadline.' })
  overdue(@Root() request: DataRequestType): boolean {
    return request.status === 'REQUESTED' && isDataRequestOverdue(request.receivedOn, request.extendedOn !== null, todayInAmsterdam(new Date()));
  }

  @FieldResolver(() => LeaderSummaryType)
  async leader(@Root() request: DataRequestType, @Ctx() ctx: RequestContext): Promise<LeaderSummaryType> {
    const leader = await ctx.loaders.applications.leaderById.load(request.leaderId);
    return { id: request.leaderId, registerNumber: leader?.registerNumber ?? '', displayName: leader ? displayName(leader) : '' };
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => LeaderPersonalDataType, { nullable: true, description: 'The data a correction can change, as the register holds it now.' })
  async leaderData(@Root() request: DataRequestType, @Ctx() ctx: RequestContext): Promise<LeaderPersonalDataType | null> {
    return ctx.loaders.applications.leaderById.load(request.leaderId);
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => DataRequestCheckType, { description: 'Whether the rules allow granting today (an erasure not while the leader is registered).' })
  async check(@Root() request: DataRequestType, @Ctx() ctx: RequestContext): Promise<DataRequestCheckType> {
    if (request.kind !== 'ERASURE') return { grantAllowed: true, reasons: [] };
    const result = checkErasureAllowed(await ctx.loaders.dataRequests.registrationsByLeaderId.load(request.leaderId), todayInAmsterdam(new Date()));
    return result.ok ? { grantAllowed: true, reasons: [] } : { grantAllowed: false, reasons: result.reasons.map(({ code, message }) => ({ code, message })) };
  }
}
