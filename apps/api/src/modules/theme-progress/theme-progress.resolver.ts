import { todayInAmsterdam } from '@srpo/domain';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { assertLeaderOfOwnBoard } from '../leaders/leader.resolver';
import { ThemeProgressService } from './theme-progress.service';
import { ThemeProgressType } from './theme-progress.types';

const MAX_WHAT_IF = 20;

@Resolver()
export class ThemeProgressResolver {
  @Authorized(Role.LEADER)
  @Query(() => ThemeProgressType, {
    nullable: true,
    description: 'The signed-in leader’s theme progress in the current period and the re-registration evaluation; null without a registration.',
  })
  myThemeProgress(@Ctx() ctx: RequestContext): Promise<ThemeProgressType | null> {
    return new ThemeProgressService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date())).progress();
  }

  @Authorized(Role.LEADER)
  @Query(() => ThemeProgressType, {
    nullable: true,
    description: 'The same evaluation as if the leader completed the given offerings (certified today) today.',
  })
  whatIfReRegistration(@Ctx() ctx: RequestContext, @Arg('offeringIds', () => [ID]) offeringIds: string[]): Promise<ThemeProgressType | null> {
    if (offeringIds.length > MAX_WHAT_IF) throw new AppError('BAD_USER_INPUT', `Kies hoogstens ${MAX_WHAT_IF} aanbiedingen.`, { field: 'offeringIds' });
    offeringIds.forEach((id) => assertId(id, 'offeringIds'));
    return new ThemeProgressService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date())).progress(offeringIds);
  }

  @Authorized(Role.BOARD)
  @Query(() => ThemeProgressType, {
    nullable: true,
    description: 'Theme progress of a leader who works at the signed-in board today (FORBIDDEN for anyone else); null without a registration.',
  })
  async boardLeaderProgress(@Ctx() ctx: RequestContext, @Arg('leaderId', () => ID) leaderId: string): Promise<ThemeProgressType | null> {
    await assertLeaderOfOwnBoard(ctx, leaderId);
    return new ThemeProgressService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date())).progressOf(leaderId);
  }
}
