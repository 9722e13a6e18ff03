import { todayInAmsterdam } from '@srpo/domain';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { generateOpenDataExport, latestOpenDataExport } from './open-data-export';

export const OPEN_DATA_QUEUE = 'open-data-export';
/** 00:30 every day, register time: after the daily status job (00:05), so the file has the day's statuses. */
export const OPEN_DATA_CRON = '30 0 * * *';

interface OpenDataJobData {
  /** Set on the run at start-up: write an export only when none exists yet (a fresh install, the demo). */
  onlyIfMissing?: boolean;
}

/**
 * The daily open-data export on pg-boss (one instance at a time: a singleton queue), and once at
 * start-up when no export exists, so a new register serves its files at once.
 */
export async function startOpenDataJob(
  boss: PgBoss,
  options: { dataSource: DataSource; logger: Logger; timeZone: string; timed: <T>(queue: string, run: () => Promise<T>) => Promise<T> },
): Promise<void> {
  const { dataSource, logger, timeZone, timed } = options;
  await boss.createQueue(OPEN_DATA_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 300, retryBackoff: true });
  await boss.schedule(OPEN_DATA_QUEUE, OPEN_DATA_CRON, null, { tz: timeZone });
  await boss.work<OpenDataJobData | null>(OPEN_DATA_QUEUE, ([job]) =>
    timed(OPEN_DATA_QUEUE, async () => {
      if (job?.data?.onlyIfMissing && (await latestOpenDataExport(dataSource))) return { skipped: true };
      const result = await generateOpenDataExport(dataSource, todayInAmsterdam(new Date()));
      logger.info({ registerDate: result.registerDate, entries: result.entries, csvBytes: result.files.csv.bytes, jsonBytes: result.files.json.bytes }, 'open-data export written');
      return { registerDate: result.registerDate, entries: result.entries };
    }),
  );
  if (!(await latestOpenDataExport(dataSource))) await boss.send(OPEN_DATA_QUEUE, { onlyIfMissing: true });
}
