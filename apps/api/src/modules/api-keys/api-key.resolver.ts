import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AppError } from '../../http/errors';
import { PageArgs } from '../../shared/paging';
import { Role } from '../accounts/role';
import { ApiKeyService } from './api-key.service';
import { ApiKeyConnectionType, ApiKeyType, IssueApiKeyInput, IssuedApiKeyType } from './api-key.types';

function actorOf(ctx: RequestContext) {
  if (!ctx.account) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd. Log in om verder te gaan.');
  return ctx.account;
}

@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.STAFF)
  @Query(() => ApiKeyConnectionType, { description: 'API keys issued to third parties, newest first (staff only).' })
  async apiKeys(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeRevoked', () => Boolean, { nullable: true, description: 'Also revoked keys (default false).' }) includeRevoked: boolean | null,
  ): Promise<ApiKeyConnectionType> {
    // Counts of this instance are written first, so the list is current here.
    await ctx.apiKeyUsage?.flush();
    return new ApiKeyService(ctx.dataSource).list({ ...page, includeRevoked });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => IssuedApiKeyType, {
    description: 'Issues an API key to an organisation (staff only, audited). The secret is in this answer only; the register keeps its hash.',
  })
  issueApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => IssueApiKeyInput) input: IssueApiKeyInput): Promise<IssuedApiKeyType> {
    return new ApiKeyService(ctx.dataSource).issue(actorOf(ctx), input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ApiKeyType, {
    description: 'Revokes an API key at once (staff only, audited); requests with it are then refused with UNAUTHENTICATED.',
  })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiKeyType> {
    return new ApiKeyService(ctx.dataSource).revoke(actorOf(ctx), id);
  }
}
