import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Account } from '../accounts/account.entity';
import { AccountAdminService } from './account-admin.service';
import { AccountConnectionType, AccountSearchArgs, AccountType, CreateAccountInput, UpdateAccountInput } from './account-admin.types';
import { Role } from '../accounts/role';

/** Staff manage accounts: find, create for someone, change roles and links, deactivate and reactivate. */
@Resolver(() => AccountType)
export class AccountAdminResolver {
  @Authorized(Role.STAFF)
  @Query(() => AccountConnectionType, { description: 'Accounts in name order, by name or e-mail, role and status (staff only).' })
  accounts(@Ctx() ctx: RequestContext, @Args(() => AccountSearchArgs) args: AccountSearchArgs): Promise<AccountConnectionType> {
    return service(ctx).search(args);
  }

  @Authorized(Role.STAFF)
  @Query(() => AccountType, { nullable: true, description: 'One account (staff only); null when unknown.' })
  account(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AccountType | null> {
    return service(ctx).get(id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AccountType, {
    description:
      'Creates an account for someone with roles and links; the person sets a password with the single-use invitation link e-mailed to them (`resetPassword`, valid three days). Role rules: the reasons ACCOUNT_NEEDS_ROLE, STAFF_WITH_ORGANISATION_ROLE, BOARD_ROLE_NEEDS_BOARD, PROVIDER_ROLE_NEEDS_PROVIDER, ASSESSOR_ROLE_NEEDS_ORGANISATION, LINK_NEEDS_ROLE.',
  })
  createAccount(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAccountInput) input: CreateAccountInput): Promise<AccountType> {
    return service(ctx).create(input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AccountType, {
    description: 'Changes the name, roles and links of an account (optimistic locking on `version`); not one’s own roles (OWN_ACCOUNT_ROLES), never the last active staff account (LAST_ACTIVE_STAFF).',
  })
  updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
  ): Promise<AccountType> {
    return service(ctx).update(id, version, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AccountType, {
    description: 'Deactivates an account: every session ends at once and signing in is refused (ACCOUNT_DEACTIVATED). Not one’s own (OWN_ACCOUNT_DEACTIVATION), never the last active staff account (LAST_ACTIVE_STAFF).',
  })
  deactivateAccount(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<AccountType> {
    return service(ctx).setActive(id, version, false);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => AccountType, { description: 'Reactivates a deactivated account: it can sign in again.' })
  reactivateAccount(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<AccountType> {
    return service(ctx).setActive(id, version, true);
  }
}

function service(ctx: RequestContext): AccountAdminService {
  return new AccountAdminService(ctx.dataSource, ctx.account as Account, ctx.portalUrl);
}
