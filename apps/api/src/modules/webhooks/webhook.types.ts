import { RegisterEvent } from '@srpo/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../schema/connection';
import { DateScalar } from '../../schema/date.scalar';

registerEnumType(RegisterEvent, {
  name: 'WebhookEvent',
  description: "A change of a leader's public entry a webhook subscription can ask for.",
  valuesConfig: {
    REGISTERED: { description: 'Entered the register: first registration, a new registration, or an aspirant now fully registered.' },
    CONDITIONAL: { description: 'Now "onder voorwaarden": the due date passed without re-registration.' },
    EXPIRED: { description: 'Now "herregistratie verlopen": six months after the due date without re-registration.' },
    RE_REGISTERED: { description: 'Re-registered: a new period started (also back to ACTIVE from CONDITIONAL or EXPIRED).' },
    DEREGISTERED: { description: 'Left the register (uitgeschreven or doorgehaald).' },
  },
});

export enum WebhookDeliveryStatusType {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  GAVE_UP = 'GAVE_UP',
}

registerEnumType(WebhookDeliveryStatusType, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (not tried yet), DELIVERED (a 2xx answer), FAILED (an attempt failed; retried at nextAttemptAt), GAVE_UP (no more attempts: replay it by hand).',
});

@ObjectType('WebhookDelivery', { description: 'One event sent (or being sent) to one subscription: the delivery log.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The event id in the body and the `Schoolleidersregister-Event-Id` header; the same for a replay, so a receiver can skip what it already handled.' })
  eventId: string;

  @Field(() => RegisterEvent)
  event: RegisterEvent;

  @Field(() => String)
  registerNumber: string;

  @Field(() => DateScalar, { description: 'The register date of the change.' })
  occurredOn: string;

  @Field(() => Boolean, { description: 'A test delivery (sendTestWebhook): a sample event for a register number that does not exist.' })
  test: boolean;

  @Field(() => ID, { nullable: true, description: 'The delivery this one replays.' })
  replayOf: string | null;

  @Field(() => WebhookDeliveryStatusType)
  status: WebhookDeliveryStatusType;

  @Field(() => Int)
  attempts: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt (null: no answer)." })
  responseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in short (e.g. a timeout, a refused connection, HTTP 500).' })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next attempt is due (PENDING or FAILED only).' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const WebhookDeliveryConnectionType = ConnectionType('WebhookDelivery', WebhookDeliveryType, 'Deliveries of a subscription, newest first.');
export type WebhookDeliveryConnectionType = InstanceType<typeof WebhookDeliveryConnectionType>;

@ObjectType('WebhookRegisterNumber', { description: 'A register number an API-key subscription follows.' })
export class WebhookRegisterNumberType {
  @Field(() => String)
  registerNumber: string;
}

export const WebhookRegisterNumberConnectionType = ConnectionType('WebhookRegisterNumber', WebhookRegisterNumberType, 'Register numbers, in order.');
export type WebhookRegisterNumberConnectionType = InstanceType<typeof WebhookRegisterNumberConnectionType>;

@ObjectType('WebhookSubscription', {
  description: "A subscription to status changes of leaders: a board's own leaders (board account), or the register numbers an API key lists.",
})
export class WebhookSubscriptionType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Where deliveries are POSTed (https; http only to localhost outside production).' })
  url: string;

  @Field(() => [RegisterEvent])
  events: RegisterEvent[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'False after repeated failed deliveries (or never re-enabled); enableWebhookSubscription turns it back on.' })
  active: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled (Dutch).' })
  disabledReason: string | null;

  @Field(() => Int, { description: 'Failed attempts since the last successful delivery.' })
  consecutiveFailures: number;

  @Field(() => Boolean, { description: "True for a board's subscription (its leaders by employment), false for an API key's (the listed register numbers)." })
  followsBoard: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Optimistic locking: pass it back to update or enable.' })
  version: number;
}

@ObjectType('CreatedWebhookSubscription', { description: 'A subscription with its signing secret: shown this once, store it safely.' })
export class CreatedWebhookSubscriptionType {
  @Field(() => WebhookSubscriptionType)
  subscription: WebhookSubscriptionType;

  @Field(() => String, {
    description: 'The HMAC-SHA256 key for the `Schoolleidersregister-Signature` header (`whsec_…`). Not shown again; rotateWebhookSecret issues a new one.',
  })
  secret: string;
}

@InputType('WebhookSubscriptionInput')
export class WebhookSubscriptionInput {
  @Field(() => String, { description: 'https URL, at most 1,000 characters, without user name or password.' })
  url: string;

  @Field(() => [RegisterEvent], { description: 'At least one.' })
  events: RegisterEvent[];

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'API keys only, required there: the register numbers to follow (1..10,000; replaces the list on update). Board accounts follow their own leaders and leave this out.',
  })
  registerNumbers?: string[] | null;
}
