import type { Transporter } from 'nodemailer';
import { IsNull, LessThanOrEqual, MoreThan, Or, type DataSource } from 'typeorm';
import { EmailOutboxMessage, EmailStatus } from './email-outbox.entity';
import { LetterService, type LetterVerificationUrl } from './letter.service';

/** After this many failed attempts an e-mail is marked FAILED and left for staff. */
export const MAX_EMAIL_ATTEMPTS = 5;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, 8, … at most an hour. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60);
}

/**
 * Records whether this job runner can send e-mail (SMTP_URL set), so the outbox can tell staff why
 * mail waits. Written at start-up; the last runner to start wins (all share one configuration).
 */
export async function recordEmailDelivery(dataSource: DataSource, smtpConfigured: boolean): Promise<void> {
  await dataSource.query(
    `INSERT INTO email_delivery (id, smtp_configured, updated_at) VALUES (true, $1, now())
     ON CONFLICT (id) DO UPDATE SET smtp_configured = EXCLUDED.smtp_configured, updated_at = EXCLUDED.updated_at`,
    [smtpConfigured],
  );
}

/** Whether a job runner recorded SMTP (false when none ever started: then nothing sends either). */
export async function emailDeliveryConfigured(dataSource: DataSource): Promise<boolean> {
  const [row] = (await dataSource.query(`SELECT smtp_configured FROM email_delivery WHERE id`)) as { smtp_configured: boolean }[];
  return row?.smtp_configured ?? false;
}

export interface DeliveryResult {
  sent: number;
  /** Failed this time, will be tried again. */
  retrying: number;
  /** Failed for the last time: status FAILED. */
  failed: number;
}

export interface DeliveryOptions {
  from: string;
  /** Upper bound on e-mails handled in one run. */
  limit?: number;
  /** The moment of this run (default: now); retries due by then are sent. */
  now?: Date;
  /** The QR code target of a letter's PDF (a registration decision's credential); default none. */
  verificationUrlOf?: LetterVerificationUrl;
}

/**
 * Sends PENDING e-mails through `transport`, each in its own short transaction that locks the row
 * (FOR UPDATE SKIP LOCKED), so parallel workers never send one twice. A letter's PDF goes along as
 * attachment. Failures raise `attempts`, record the error and back off ({@link retryDelayMinutes}),
 * keeping the message PENDING until {@link MAX_EMAIL_ATTEMPTS}.
 */
export async function deliverPendingEmails(dataSource: DataSource, transport: Transporter, options: DeliveryOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const letters = new LetterService(dataSource, options.verificationUrlOf);
  const limit = options.limit ?? 100;
  const now = options.now ?? new Date();
  let lastId = '0';
  for (let handled = 0; handled < limit; handled += 1) {
    const outcome = await dataSource.transaction(async (manager) => {
      const message = await manager.getRepository(EmailOutboxMessage).findOne({
        where: { status: EmailStatus.PENDING, id: MoreThan(lastId), nextAttemptAt: Or(IsNull(), LessThanOrEqual(now)) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_partial_write' },
      });
      if (!message) return null;
      lastId = message.id;
      try {
        const rendered = message.letterId ? await letters.renderPdf(message.letterId) : null;
        await transport.sendMail({
          from: options.from,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          attachments: rendered ? [{ filename: `brief-${rendered.letter.datedOn}.pdf`, content: rendered.pdf, contentType: 'application/pdf' }] : [],
        });
        await manager.getRepository(EmailOutboxMessage).update(message.id, {
          status: EmailStatus.SENT,
          attempts: message.attempts + 1,
          lastError: null,
          sentAt: now,
          lastAttemptAt: now,
          nextAttemptAt: null,
        });
        return 'sent' as const;
      } catch (error) {
        const attempts = message.attempts + 1;
        const status = attempts >= MAX_EMAIL_ATTEMPTS ? EmailStatus.FAILED : EmailStatus.PENDING;
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const nextAttemptAt = status === EmailStatus.PENDING ? new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000) : null;
        await manager.getRepository(EmailOutboxMessage).update(message.id, { status, attempts, lastError, lastAttemptAt: now, nextAttemptAt });
        return status === EmailStatus.FAILED ? ('failed' as const) : ('retrying' as const);
      }
    });
    if (outcome === null) break;
    result[outcome] += 1;
  }
  return result;
}
