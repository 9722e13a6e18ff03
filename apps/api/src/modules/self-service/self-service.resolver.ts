import { COST_MODEL } from '@srpo/domain';
import { Arg, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../schema/public.decorator';
import { AccountSelfService } from './self-service.service';
import { EnrolInput } from './self-service.types';

/** Enrolment, e-mail confirmation and a forgotten password: open to anyone, so they cost more of the caller's budget. */
@Resolver()
export class AccountSelfServiceResolver {
  @Public()
  @Extensions({ cost: COST_MODEL.emailMutationCost })
  @Mutation(() => Boolean, {
    description:
      'A school leader enrols (inschrijving). Always true for valid input, whether or not the address already has an account: an e-mail goes to the address (a link to confirm it, valid 24 hours, or a notice to the existing holder). The account can sign in once the address is confirmed (`verifyEmail`). Costs `emailMutationCost` points.',
  })
  async enrol(@Ctx() ctx: RequestContext, @Arg('input', () => EnrolInput) input: EnrolInput): Promise<boolean> {
    await new AccountSelfService(ctx.dataSource, ctx.portalUrl).enrol(input);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Confirms an e-mail address with the token of the link from `enrol`: the account can sign in and the leader is enrolled. An unknown, used or expired token is refused (reason TOKEN_UNKNOWN, TOKEN_USED, TOKEN_EXPIRED).',
  })
  async verifyEmail(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<boolean> {
    await new AccountSelfService(ctx.dataSource, ctx.portalUrl).verifyEmail(token);
    return true;
  }

  @Public()
  @Extensions({ cost: COST_MODEL.emailMutationCost })
  @Mutation(() => Boolean, {
    description:
      'Forgotten password: always true for a valid address. When it belongs to an active account, a link to set a new password (valid one hour, once) is e-mailed to it. Costs `emailMutationCost` points.',
  })
  async requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<boolean> {
    await new AccountSelfService(ctx.dataSource, ctx.portalUrl).requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of the link from `requestPasswordReset`, or of the invitation to an account staff made (`createAccount`); the password policy applies. Ends every session of the account. A token works once (then reason TOKEN_USED) and expires (TOKEN_EXPIRED).',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    await new AccountSelfService(ctx.dataSource, ctx.portalUrl).resetPassword(token, newPassword);
    return true;
  }
}
