import type { Transporter } from 'nodemailer';
import { MoreThan, type DataSource } from 'typeorm';
import { EmailOutboxMessage, EmailStatus } from './email-outbox.entity';
import { LetterService } from './letter.service';

/** After this many failed attempts an e-mail is marked FAILED and left for staff. */
export const MAX_EMAIL_ATTEMPTS = 5;

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
}

/**
 * Sends PENDING e-mails through `transport`, each in its own short transaction that locks the row
 * (FOR UPDATE SKIP LOCKED), so parallel workers never send one twice. A letter's PDF goes along as
 * attachment. Failures raise `attempts` and keep the message PENDING until {@link MAX_EMAIL_ATTEMPTS}.
 */
export async function deliverPendingEmails(dataSource: DataSource, transport: Transporter, options: DeliveryOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const letters = new LetterService(dataSource);
  const limit = options.limit ?? 100;
  let lastId = '0';
  for (let handled = 0; handled < limit; handled += 1) {
    const outcome = await dataSource.transaction(async (manager) => {
      const message = await manager.getRepository(EmailOutboxMessage).findOne({
        where: { status: EmailStatus.PENDING, id: MoreThan(lastId) },
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
          sentAt: new Date(),
        });
        return 'sent' as const;
      } catch (error) {
        const attempts = message.attempts + 1;
        const status = attempts >= MAX_EMAIL_ATTEMPTS ? EmailStatus.FAILED : EmailStatus.PENDING;
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        await manager.getRepository(EmailOutboxMessage).update(message.id, { status, attempts, lastError });
        return status === EmailStatus.FAILED ? ('failed' as const) : ('retrying' as const);
      }
    });
    if (outcome === null) break;
    result[outcome] += 1;
  }
  return result;
}
