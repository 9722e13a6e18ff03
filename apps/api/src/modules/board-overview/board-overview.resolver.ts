import { todayInAmsterdam } from '@srpo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { boardOfCaller } from '../leaders/leader.resolver';
import { LeaderProfileType } from '../leaders/leader.types';
import { BoardOverviewService } from './board-overview.service';
import { BoardOverviewType, ReRegistrationThemeCountType } from './board-overview.types';

@Resolver()
export class BoardOverviewResolver {
  @Authorized(Role.BOARD, Role.STAFF)
  @Query(() => BoardOverviewType, {
    description: "A board's counts today (per status, due within 6 and 12 months). A board account sees its own board; staff pass boardId.",
  })
  boardOverview(@Ctx() ctx: RequestContext, @Arg('boardId', () => ID, { nullable: true }) boardId?: string | null): Promise<BoardOverviewType> {
    const board = boardOfCaller(ctx.account as Account, boardId);
    return new BoardOverviewService(ctx.dataSource, todayInAmsterdam(new Date())).overview(board);
  }
}

@Resolver(() => LeaderProfileType)
export class LeaderThemeCountResolver {
  @FieldResolver(() => ReRegistrationThemeCountType, {
    nullable: true,
    description: 'Themes completed in the current period toward re-registration ("2 van 3"); null without a registration in a re-registration cycle (none, aspirant or deregistered).',
  })
  reRegistrationThemes(@Ctx() ctx: RequestContext, @Root() leader: LeaderProfileType): Promise<ReRegistrationThemeCountType | null> {
    return ctx.loaders.boardOverview.reRegistrationThemes.load(leader.id);
  }
}
