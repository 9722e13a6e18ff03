import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AppError } from '../../http/errors';
import { connectionsByKey, PageArgs, type ConnectionLoader } from '../../shared/paging';
import { Role } from '../accounts/role';
import { ApiKeyScope, ApiKeyScoped } from '../api-keys/api-key-scope';
import { WebhookDelivery } from './webhook.entity';
import { toDeliveryType, WebhookService, type WebhookOwner } from './webhook.service';
import {
  CreatedWebhookSubscriptionType,
  WebhookDeliveryConnectionType,
  WebhookDeliveryType,
  WebhookRegisterNumberConnectionType,
  WebhookSubscriptionInput,
  WebhookSubscriptionType,
} from './webhook.types';

/** The caller as a subscription owner: the API key, or the board of a BOARD account. */
function ownerOf(ctx: RequestContext): WebhookOwner {
  if (ctx.apiKey) return { kind: 'apiKey', apiKeyId: ctx.apiKey.id };
  const account = ctx.account!;
  if (!account.boardId) throw new AppError('FORBIDDEN', 'Aan dit account is geen bestuur gekoppeld.');
  return { kind: 'board', boardId: account.boardId, accountId: account.id };
}

const deliveryLoaders = new WeakMap<RequestContext, ConnectionLoader<WebhookDelivery>>();

/** The delivery logs of every subscription a request lists, in one statement per page size (per request, so nothing is cached across requests). */
function deliveryLoader(ctx: RequestContext): ConnectionLoader<WebhookDelivery> {
  let loader = deliveryLoaders.get(ctx);
  if (!loader) {
    loader = connectionsByKey(ctx.dataSource, WebhookDelivery, 'subscriptionId', { direction: 'DESC', keys: [{ column: 'created_at' }, { column: 'id' }] });
    deliveryLoaders.set(ctx, loader);
  }
  return loader;
}

function service(ctx: RequestContext): WebhookService {
  return new WebhookService(ctx.dataSource, ctx.webhooks);
}

const OWNERS = 'For a board account (its own leaders) or an API key with scope WEBHOOKS (the register numbers it lists); only the caller\'s own subscriptions.';

@Resolver(() => WebhookSubscriptionType)
export class WebhookResolver {
  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Query(() => [WebhookSubscriptionType], { description: `The caller's webhook subscriptions, oldest first (at most 10). ${OWNERS}` })
  webhookSubscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscriptionType[]> {
    return service(ctx).list(ownerOf(ctx));
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Query(() => WebhookSubscriptionType, { nullable: true, description: `One of the caller's subscriptions; null for an unknown id or another owner's. ${OWNERS}` })
  webhookSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookSubscriptionType | null> {
    return service(ctx).get(ownerOf(ctx), id);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => CreatedWebhookSubscriptionType, {
    description: `Subscribes a URL to status changes (audited); the signing secret is in this answer only. One subscription per URL. ${OWNERS}`,
  })
  createWebhookSubscription(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookSubscriptionInput) input: WebhookSubscriptionInput): Promise<CreatedWebhookSubscriptionType> {
    return service(ctx).create(ownerOf(ctx), input);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => WebhookSubscriptionType, { description: `Changes URL, events, description (and an API key's register numbers) at \`version\` (audited). ${OWNERS}` })
  updateWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => WebhookSubscriptionInput) input: WebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionType> {
    return service(ctx).update(ownerOf(ctx), id, version, input);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => CreatedWebhookSubscriptionType, { description: `A new signing secret, shown this once; the old one stops working at once (audited). ${OWNERS}` })
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CreatedWebhookSubscriptionType> {
    return service(ctx).rotateSecret(ownerOf(ctx), id);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => ID, { description: `Deletes a subscription and its delivery log (audited); answers its id. ${OWNERS}` })
  deleteWebhookSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return service(ctx).delete(ownerOf(ctx), id);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => WebhookSubscriptionType, {
    description: `Turns a subscription disabled after failures back on at \`version\` (audited); deliveries still waiting go out again. ${OWNERS}`,
  })
  enableWebhookSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<WebhookSubscriptionType> {
    return service(ctx).enable(ownerOf(ctx), id, version);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => WebhookDeliveryType, {
    description: `Sends a delivery's event again (audited): a new delivery in the log with the same event id and body, newly signed. ${OWNERS}`,
  })
  replayWebhookDelivery(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookDeliveryType> {
    return service(ctx).replay(ownerOf(ctx), id);
  }

  @Authorized(Role.BOARD)
  @ApiKeyScoped(ApiKeyScope.WEBHOOKS)
  @Mutation(() => WebhookDeliveryType, {
    description: `Sends a sample event (\`test: true\`, register number TEST-0000) to the subscription's URL now; one attempt, not counted toward disabling. ${OWNERS}`,
  })
  sendTestWebhook(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookDeliveryType> {
    return service(ctx).sendTest(ownerOf(ctx), id);
  }

  @FieldResolver(() => WebhookDeliveryConnectionType, { description: 'The delivery log, newest first.' })
  async deliveries(@Ctx() ctx: RequestContext, @Root() subscription: WebhookSubscriptionType, @Args(() => PageArgs) page: PageArgs): Promise<WebhookDeliveryConnectionType> {
    const connection = await deliveryLoader(ctx)(page).load(subscription.id);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toDeliveryType(edge.node) })) };
  }

  @FieldResolver(() => WebhookRegisterNumberConnectionType, {
    nullable: true,
    description: "The register numbers an API key's subscription follows, in order; null for a board's (it follows its own leaders).",
  })
  registerNumbers(
    @Ctx() ctx: RequestContext,
    @Root() subscription: WebhookSubscriptionType,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<WebhookRegisterNumberConnectionType> | null {
    return subscription.followsBoard ? null : service(ctx).registerNumbers(subscription.id, page);
  }
}
