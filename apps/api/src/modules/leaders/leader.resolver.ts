import { todayInAmsterdam, type CalendarDate, type RegistrationStatus as RegistrationStatusValue } from '@srpo/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { DateScalar } from '../../schema/date.scalar';
import { RegistrationStatus } from '../../schema/domain-enums';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { LeaderProfileService } from './leader-profile.service';
import { LeaderSearchService } from './leader-search.service';
import { LeaderSearchConnectionType } from './leader-search.types';
import { leaderOfAccount } from './leader.service';
import { LeaderProfileConnectionType, LeaderProfileType } from './leader.types';

function service(ctx: RequestContext): LeaderProfileService {
  return new LeaderProfileService(ctx.dataSource, todayInAmsterdam(new Date()));
}

/** A board account may look at a leader who works at its board today, no one else. */
export async function assertLeaderOfOwnBoard(ctx: RequestContext, leaderId: string): Promise<void> {
  assertId(leaderId, 'id');
  const boardId = (ctx.account as Account).boardId;
  if (!boardId) throw new AppError('FORBIDDEN', 'Aan dit account is geen bestuur gekoppeld.');
  if (!(await service(ctx).isCurrentLeaderOfBoard(boardId, leaderId))) {
    throw new AppError('FORBIDDEN', 'U ziet alleen de schoolleiders van uw eigen bestuur.');
  }
}

/**
 * The board a board-level read is about: a board account's own board (FORBIDDEN when it asks for
 * another), or the board staff name (BAD_USER_INPUT without one).
 */
export function boardOfCaller(account: Account, boardId: string | null | undefined): string {
  const isStaff = account.roles.includes(Role.STAFF);
  const board = isStaff ? boardId : account.boardId;
  if (!board) {
    throw isStaff ? new AppError('BAD_USER_INPUT', 'Kies een bestuur.', { field: 'boardId' }) : new AppError('FORBIDDEN', 'Aan dit account is geen bestuur gekoppeld.');
  }
  if (!isStaff && boardId && boardId !== board) throw new AppError('FORBIDDEN', 'U ziet alleen de schoolleiders van uw eigen bestuur.');
  assertId(board, 'boardId');
  return board;
}

@Resolver()
export class LeaderResolver {
  @Authorized(Role.LEADER)
  @Query(() => LeaderProfileType, { description: "The signed-in leader's own profile, registration and development plan." })
  async myProfile(@Ctx() ctx: RequestContext): Promise<LeaderProfileType> {
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    return (await service(ctx).profile(leader.id)) as LeaderProfileType;
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => LeaderProfileType, { nullable: true })
  leaderProfile(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LeaderProfileType | null> {
    assertId(id, 'id');
    return service(ctx).profile(id);
  }

  @Authorized(Role.BOARD)
  @Query(() => LeaderProfileType, { description: 'One leader who works at the signed-in board today; FORBIDDEN for anyone else.' })
  async boardLeader(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LeaderProfileType> {
    await assertLeaderOfOwnBoard(ctx, id);
    return (await service(ctx).profile(id)) as LeaderProfileType;
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => LeaderSearchConnectionType, {
    description: 'Every enrolled leader by name (last name first), optionally matching words of a name, register number or e-mail, a board or statuses today.',
  })
  searchLeaders(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('boardId', () => ID, { nullable: true }) boardId?: string | null,
    @Arg('status', () => [RegistrationStatus], { nullable: true }) status?: RegistrationStatusValue[] | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LeaderSearchConnectionType> {
    return new LeaderSearchService(ctx.dataSource, todayInAmsterdam(new Date())).search({ query, boardId, status, first, after });
  }

  @Authorized(Role.BOARD, Role.STAFF)
  @Query(() => LeaderProfileConnectionType, {
    description: "A board's current leaders with their registration, soonest due first. A board account sees its own board; staff pass boardId.",
  })
  boardLeaders(
    @Ctx() ctx: RequestContext,
    @Arg('boardId', () => ID, { nullable: true }) boardId?: string | null,
    @Arg('status', () => [RegistrationStatus], { nullable: true }) status?: RegistrationStatusValue[] | null,
    @Arg('dueBefore', () => DateScalar, { nullable: true }) dueBefore?: CalendarDate | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('aspirant', () => Boolean, { nullable: true, description: 'Only aspirants (true) or only full registrations (false).' }) aspirant?: boolean | null,
  ): Promise<LeaderProfileConnectionType> {
    const board = boardOfCaller(ctx.account as Account, boardId);
    return service(ctx).boardLeaders({ boardId: board, status, aspirant, dueBefore, first, after });
  }

  @Authorized(Role.LEADER)
  @Mutation(() => LeaderProfileType, { description: 'Replaces the development plan (plan voor ontwikkeling) with the given themes.' })
  async setDevelopmentPlan(@Ctx() ctx: RequestContext, @Arg('themeIds', () => [ID]) themeIds: string[]): Promise<LeaderProfileType> {
    themeIds.forEach((id) => assertId(id, 'themeIds'));
    const leader = await leaderOfAccount(ctx.dataSource, ctx.account as Account);
    await service(ctx).setDevelopmentPlan(leader.id, themeIds);
    return (await service(ctx).profile(leader.id)) as LeaderProfileType;
  }
}
