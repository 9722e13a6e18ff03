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
}
