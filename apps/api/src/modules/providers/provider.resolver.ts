import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { Provider } from './provider.entity';
import { ProviderService } from './provider.service';
import { ProviderConnectionType, ProviderInput, ProviderType } from './provider.types';
import { PageArgs } from '../../shared/paging';

@Resolver(() => ProviderType)
export class ProviderResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => ProviderConnectionType, { description: 'Providers by name; `query` matches words of the name or KvK number (accent- and case-insensitive).' })
  providers(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('query', () => String, { nullable: true }) query: string | null,
  ): Promise<ProviderConnectionType> {
    return new ProviderService(ctx.dataSource, ctx.account as Account).list({ ...page, query });
  }

  @Authorized(Role.PROVIDER)
  @Query(() => ProviderType, { description: 'The provider the signed-in account acts for.' })
  async myProvider(@Ctx() ctx: RequestContext): Promise<ProviderType> {
    const providerId = (ctx.account as Account).providerId;
    const provider = providerId ? await ctx.dataSource.getRepository(Provider).findOneBy({ id: providerId }) : null;
    if (!provider) throw new AppError('FORBIDDEN', 'Aan dit account is geen aanbieder gekoppeld.');
    return provider;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ProviderType, { description: 'Adds a provider organisation.' })
  createProvider(@Ctx() ctx: RequestContext, @Arg('input', () => ProviderInput) input: ProviderInput): Promise<ProviderType> {
    return new ProviderService(ctx.dataSource, ctx.account as Account).create(input);
  }

  @Authorized(Role.STAFF, Role.PROVIDER)
  @Mutation(() => ProviderType, { description: 'Changes a provider: staff any, a provider only its own.' })
  updateProvider(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProviderInput) input: ProviderInput,
  ): Promise<ProviderType> {
    assertId(id, 'id');
    return new ProviderService(ctx.dataSource, ctx.account as Account).update(id, version, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Links an existing account (by e-mail) to a provider, with the PROVIDER role.' })
  async linkProviderAccount(
    @Ctx() ctx: RequestContext,
    @Arg('providerId', () => ID) providerId: string,
    @Arg('email', () => String) email: string,
  ): Promise<boolean> {
    assertId(providerId, 'providerId');
    await new ProviderService(ctx.dataSource, ctx.account as Account).linkAccount(providerId, email);
    return true;
  }
}
