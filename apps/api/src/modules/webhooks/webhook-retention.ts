import { retentionPeriod } from '@srpo/domain';
import type { DataSource } from 'typeorm';

/** How long status events and their delivery logs are kept: long enough to replay, short enough not to pile up (the retention table). */
export const WEBHOOK_HISTORY_DAYS = retentionPeriod('WEBHOOK_HISTORY').days!;

/**
 * Deletes status events (with their deliveries) and test deliveries older than {@link WEBHOOK_HISTORY_DAYS};
 * by then every delivery was delivered or given up, unless its subscription stayed disabled all that time.
 * Run by the daily job's housekeeping. Returns the number of events and test deliveries deleted.
 */
export async function pruneWebhookHistory(dataSource: DataSource): Promise<number> {
  const [, events] = (await dataSource.query(`DELETE FROM leader_status_event WHERE created_at < now() - make_interval(days => $1)`, [WEBHOOK_HISTORY_DAYS])) as [unknown[], number];
  const [, tests] = (await dataSource.query(`DELETE FROM webhook_delivery WHERE status_event_id IS NULL AND created_at < now() - make_interval(days => $1)`, [WEBHOOK_HISTORY_DAYS])) as [
    unknown[],
    number,
  ];
  return events + tests;
}
