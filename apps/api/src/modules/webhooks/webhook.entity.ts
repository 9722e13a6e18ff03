import type { RegisterEvent } from '@srpo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedEntity } from '../../database/columns';

/** A board's or an API key's subscription to leaders' status changes; exactly one owner. */
@Entity({ name: 'webhook_subscription' })
export class WebhookSubscription extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Owner: a board (its own leaders, by employment), or … */
  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  /** … an API key with scope WEBHOOKS (the register numbers in `webhook_subscription_leader`). */
  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: RegisterEvent[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The signing secret, encrypted (webhook-secret.ts); never selected unless asked for. */
  @Column({ name: 'secret_ciphertext', type: 'text', select: false })
  secretCiphertext: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  /** Failed attempts since the last success; at the configured limit the subscription is disabled. */
  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED' | 'GAVE_UP';

/** One event (or test, or replay) for one subscription, with the outcome of its latest attempt. */
@Entity({ name: 'webhook_delivery' })
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  /** The id the receiver sees (body and header); the same for a replay, so receivers can deduplicate. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'status_event_id', type: 'uuid', nullable: true })
  statusEventId: string | null;

  @Column({ type: 'text' })
  event: RegisterEvent;

  @Column({ name: 'register_number', type: 'text' })
  registerNumber: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'boolean', default: false })
  test: boolean;

  @Column({ name: 'replay_of', type: 'uuid', nullable: true })
  replayOf: string | null;

  /** The exact JSON sent (signed as is). */
  @Column({ type: 'text', select: false })
  body: string;

  @Column({ type: 'text', default: 'PENDING' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
