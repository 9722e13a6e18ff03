import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { attemptWebhookDelivery } from './webhook-delivery';
import { useWebhookQueue } from './webhook-queue';
import type { WebhookSettings } from './webhook-settings';

/** One job per delivery attempt, `{ deliveryId }`, started when the attempt is due. */
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';
/** Every minute (and on demand): a job for each due delivery, so nothing the outbox holds is left behind. */
export const WEBHOOK_SWEEP_QUEUE = 'webhook-sweep';
const WEBHOOK_SWEEP_CRON = '* * * * *';
const SWEEP_BATCH = 1_000;

export interface WebhookJobOptions {
  dataSource: DataSource;
  logger: Logger;
  timeZone: string;
  timed: <T>(queue: string, run: () => Promise<T>) => Promise<T>;
  settings: WebhookSettings;
  /** Asks the e-mail outbox job to send at once (a disabled subscription's owner was e-mailed); null without SMTP. */
  onEmails: (() => Promise<unknown>) | null;
  /** How often an idle worker looks for due attempts (pg-boss's polling; ≥ 0.5 s). */
  pollingIntervalSeconds?: number;
}

/**
 * Webhook deliveries on pg-boss. The read-model refresh writes PENDING deliveries in its transaction
 * (the outbox); the sweep turns every due one into a `webhook-delivery` job, and a failed attempt sends
 * its own next job with `startAfter` at the backoff time. A job that finds its delivery not due, done
 * or claimed does nothing (the lease in `attemptWebhookDelivery`), so duplicate jobs are harmless.
 */
export async function startWebhookJobs(boss: PgBoss, options: WebhookJobOptions): Promise<void> {
  const { dataSource, logger, timeZone, timed, settings, onEmails, pollingIntervalSeconds = 2 } = options;
  const enqueue = async (deliveryIds: readonly string[], startAfter?: Date) => {
    if (deliveryIds.length > 0) await boss.insert(WEBHOOK_DELIVERY_QUEUE, deliveryIds.map((deliveryId) => ({ data: { deliveryId }, ...(startAfter ? { startAfter } : {}) })));
  };

  await boss.createQueue(WEBHOOK_DELIVERY_QUEUE, { retryLimit: 0, expireInSeconds: Math.ceil(settings.timeoutMs / 1000) + 60 });
  await boss.createQueue(WEBHOOK_SWEEP_QUEUE, { policy: 'singleton', retryLimit: 1, retryDelay: 30 });
  await boss.schedule(WEBHOOK_SWEEP_QUEUE, WEBHOOK_SWEEP_CRON, null, { tz: timeZone });

  await boss.work(WEBHOOK_SWEEP_QUEUE, { pollingIntervalSeconds }, () =>
    timed(WEBHOOK_SWEEP_QUEUE, async () => {
      const due = (await dataSource.query(
        `SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id AND s.active
          WHERE d.next_attempt_at <= now() AND (d.lease_until IS NULL OR d.lease_until < now())
          ORDER BY d.next_attempt_at LIMIT ${SWEEP_BATCH}`,
      )) as { id: string }[];
      await enqueue(due.map((row) => row.id));
      return { queued: due.length };
    }),
  );

  await boss.work<{ deliveryId: string }>(WEBHOOK_DELIVERY_QUEUE, { pollingIntervalSeconds, batchSize: 5 }, (jobs) =>
    timed(WEBHOOK_DELIVERY_QUEUE, async () => {
      const results = await Promise.all(
        jobs.map(async (job) => {
          const result = await attemptWebhookDelivery(dataSource, settings, job.data.deliveryId);
          if (result.nextAttemptAt) await enqueue([job.data.deliveryId], result.nextAttemptAt);
          if (result.disabled) logger.warn({ deliveryId: job.data.deliveryId }, 'webhook subscription disabled after repeated failures');
          return result;
        }),
      );
      if (onEmails && results.some((result) => result.disabled)) await onEmails();
      return results;
    }),
  );

  useWebhookQueue(async (deliveryId, startAfter) => {
    if (deliveryId) await enqueue([deliveryId], startAfter);
    else await boss.send(WEBHOOK_SWEEP_QUEUE, null);
  });
}

/** Unplugs the queue from the services (the job runner stops). */
export function stopWebhookJobs(): void {
  useWebhookQueue(null);
}
