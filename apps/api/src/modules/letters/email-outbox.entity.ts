import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'PENDING (waiting in the outbox), SENT, or FAILED (gave up after repeated errors).',
});

/**
 * An e-mail waiting to be sent, or sent. Written in the same transaction as the letter it carries;
 * a job delivers it when SMTP is configured, otherwise it stays here for staff to read.
 */
@Entity({ name: 'email_outbox' })
export class EmailOutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  /** Carries a personal link (confirm an account, set a password): staff reading the outbox do not see the text. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ type: 'text', default: EmailStatus.PENDING })
  status: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  /** After a failed attempt: not tried again before this moment (back-off). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;
}

/** Why an e-mail is not sent (yet), from what the outbox recorded. */
export enum OutboxWaitReason {
  /** The job runner has no SMTP server: the e-mail stays in the outbox. */
  NO_SMTP = 'NO_SMTP',
  /** Not tried yet: the next delivery run (every minute) sends it. */
  QUEUED = 'QUEUED',
  /** An attempt failed (`lastError`); the next is due at `nextAttemptAt`. */
  RETRY_SCHEDULED = 'RETRY_SCHEDULED',
  /** Given up after the maximum number of attempts; staff must act. */
  GAVE_UP = 'GAVE_UP',
}

registerEnumType(OutboxWaitReason, {
  name: 'OutboxWaitReason',
  description: 'Why an e-mail waits: NO_SMTP (no SMTP server set up), QUEUED (next run), RETRY_SCHEDULED (a send failed; retried at nextAttemptAt) or GAVE_UP.',
});

/** The reason `message` waits, or null once sent; `smtpConfigured` as the job runner last recorded it. */
export function waitReasonOf(message: Pick<EmailOutboxMessage, 'status' | 'attempts'>, smtpConfigured: boolean): OutboxWaitReason | null {
  if (message.status === EmailStatus.SENT) return null;
  if (message.status === EmailStatus.FAILED) return OutboxWaitReason.GAVE_UP;
  if (!smtpConfigured) return OutboxWaitReason.NO_SMTP;
  return message.attempts > 0 ? OutboxWaitReason.RETRY_SCHEDULED : OutboxWaitReason.QUEUED;
}
