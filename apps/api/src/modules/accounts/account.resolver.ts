import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../schema/public.decorator';
import { AccountService } from './account.service';
import { ViewerType } from './account.types';

@Resolver()
export class AccountResolver {
  @Public()
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.account;
  }

  @Public()
  @Mutation(() => ViewerType, {
    description:
      'Signs in with e-mail and password and sets an HttpOnly session cookie. After a few wrong passwords for an address (or from one client) each further attempt must wait, doubling up to a minute per address: RATE_LIMITED with reason LOGIN_THROTTLED and `retryAfterSeconds`.',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<ViewerType> {
    const started = await new AccountService(ctx.dataSource).login(email, password, ctx.clientIp);
    ctx.session.set(started.token, started.expiresAt);
    return started.account;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (harmless without one).' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.session.token) await new AccountService(ctx.dataSource).logout(ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    const { account, session } = ctx;
    if (!account || !session.token) return false;
    await new AccountService(ctx.dataSource).changePassword(account.id, session.token, currentPassword, newPassword);
    return true;
  }
}
