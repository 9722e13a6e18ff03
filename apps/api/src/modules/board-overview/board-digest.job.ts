import { todayInAmsterdam } from '@srpo/domain';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { sendBoardDigests } from './board-digest';

export const BOARD_DIGEST_QUEUE = 'board-digest';
/** 06:00 on the first of every month, register time: after the daily status job (00:05), so the digest has the day's statuses. */
export const BOARD_DIGEST_CRON = '0 6 1 * *';

/**
 * The monthly board digest on pg-boss (one run at a time: a singleton queue; a failed run is retried,
 * and `board_digest_sent` keeps every account to one e-mail a month whatever runs). `onEmails` asks the
 * outbox job to deliver at once when SMTP is set.
 */
export async function startBoardDigestJob(
  boss: PgBoss,
  options: {
    dataSource: DataSource;
    logger: Logger;
    timeZone: string;
    timed: <T>(queue: string, run: () => Promise<T>) => Promise<T>;
    portalUrl: string;
    onEmails: (() => Promise<unknown>) | null;
  },
): Promise<void> {
  const { dataSource, logger, timeZone, timed, portalUrl, onEmails } = options;
  await boss.createQueue(BOARD_DIGEST_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 300, retryBackoff: true });
  await boss.schedule(BOARD_DIGEST_QUEUE, BOARD_DIGEST_CRON, null, { tz: timeZone });
  await boss.work(BOARD_DIGEST_QUEUE, () =>
    timed(BOARD_DIGEST_QUEUE, async () => {
      const result = await sendBoardDigests(dataSource, todayInAmsterdam(new Date()), portalUrl);
      logger.info({ ...result }, 'board digests written');
      if (onEmails && result.emails > 0) await onEmails();
      return result;
    }),
  );
}
