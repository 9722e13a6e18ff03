import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { ApiKeyScope } from './api-key-scope';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'What a key may be used for. A request with a key may only run public queries (and, with WEBHOOKS, the webhook operations), each within the key\'s scopes, and is charged to the key\'s quota instead of the caller\'s IP address; a request outside them is refused with FORBIDDEN.',
  valuesConfig: {
    PUBLIC_READ: {
      description: 'Every public query except the bulk check: publicRegistration, searchRegister, themes, certifiedOfferings, registerStatistics and the like.',
    },
    BULK_LOOKUP: { description: 'The bulk check publicRegistrations (up to 100 register numbers per request).' },
    WEBHOOKS: { description: 'Webhook subscriptions to status changes of the leaders the key lists by register number (webhookSubscriptions and its mutations).' },
  },
});

@ObjectType('ApiKey', { description: 'A key issued to a third party for the public API (staff only). The secret itself is never shown again.' })
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The organisation the key was issued to.' })
  organisation: string;

  @Field(() => String)
  contactName: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String, { description: 'What the organisation uses the key for.' })
  purpose: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field(() => String, { description: 'The start of the secret (e.g. "srpo_AbCdEfGh"), to recognise a key without knowing it.' })
  prefix: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key was revoked; a revoked key is refused with UNAUTHENTICATED.' })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last request with the key. Recorded in batches: up to 30 seconds behind for requests to other API instances.',
  })
  lastUsedAt: Date | null;

  @Field(() => Int, { description: 'Requests made with the key (batched like lastUsedAt).' })
  usageCount: number;
}

@ObjectType('IssuedApiKey', { description: 'A newly issued key with its secret: shown this once, store it safely.' })
export class IssuedApiKeyType {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;

  @Field(() => String, { description: 'The secret for `Authorization: Bearer <secret>`; only its hash is kept.' })
  secret: string;
}

@InputType('IssueApiKeyInput')
export class IssueApiKeyInput {
  @Field(() => String)
  organisation: string;

  @Field(() => String)
  contactName: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => String)
  purpose: string;

  @Field(() => [ApiKeyScope], { description: 'At least one.' })
  scopes: ApiKeyScope[];
}

export const ApiKeyConnectionType = ConnectionType('ApiKey', ApiKeyType, 'API keys, newest first.');
export type ApiKeyConnectionType = InstanceType<typeof ApiKeyConnectionType>;
