import { addDays, anonymisationRefusal, retentionPeriod, subtractDuration, todayInAmsterdam, type CalendarDate, type DateDuration } from '@srpo/domain';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import { anonymiseLeader } from './anonymise-leader';

export const RETENTION_QUEUE = 'personal-data-retention';
/** 03:00 every day, register time: after the night's other jobs, outside office hours. */
export const RETENTION_CRON = '0 3 * * *';

const LEADER_BATCH = 200;

export interface RetentionResult {
  anonymisedLeaders: number;
  deletedEmails: number;
  deletedImportFiles: number;
}

/**
 * Deregistered leaders past the retention period, a batch at a time (keyset on the leader id): the
 * index on `registration.deregistered_on` preselects with a few days' slack (month-end clamping), the
 * domain's rule decides. Each leader is anonymised in its own transaction.
 */
async function anonymiseDueLeaders(dataSource: DataSource, today: CalendarDate, retention: DateDuration): Promise<number> {
  const candidatesUntil = addDays(subtractDuration(today, retention), 3);
  let after = '00000000-0000-0000-0000-000000000000';
  let anonymised = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT l.id, (SELECT json_agg(json_build_object('deregisteredOn', r.deregistered_on)) FROM registration r WHERE r.leader_id = l.id) AS registrations
         FROM school_leader l
        WHERE l.anonymised_on IS NULL AND l.id > $2
          AND l.id IN (SELECT d.leader_id FROM registration d WHERE d.deregistered_on <= $1::date)
        ORDER BY l.id LIMIT ${LEADER_BATCH}`,
      [candidatesUntil, after],
    )) as { id: string; registrations: { deregisteredOn: CalendarDate | null }[] }[];
    if (rows.length === 0) return anonymised;
    for (const row of rows) {
      if (anonymisationRefusal(row.registrations, today, retention)) continue;
      const result = await anonymiseLeader(dataSource.manager, row.id, { accountId: null }, { retention, today });
      if (result.anonymised) anonymised += 1;
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Applies the retention table (`RETENTION_RULES`) on `today`: anonymises deregistered leaders past
 * their period (and finishes earlier anonymisations: letters whose e-mail was still to be sent), deletes
 * e-mails of the outbox and files of finished imports past theirs. Sessions,
 * e-mail links and login counters are cleared by the daily job's housekeeping already.
 */
export async function runRetention(dataSource: DataSource, today: CalendarDate, options: { retention: DateDuration }): Promise<RetentionResult> {
  const anonymisedLeaders = await anonymiseDueLeaders(dataSource, today, options.retention);
  // Letters to anonymised leaders that were still being e-mailed at the anonymisation: gone once sent.
  await dataSource.query(
    `WITH sent AS (DELETE FROM email_outbox o USING letter l, school_leader s
                    WHERE o.letter_id = l.id AND l.leader_id = s.id AND s.anonymised_on IS NOT NULL AND o.status <> 'PENDING' RETURNING o.letter_id)
     DELETE FROM letter l WHERE l.id IN (SELECT letter_id FROM sent)
        AND NOT EXISTS (SELECT 1 FROM email_outbox o WHERE o.letter_id = l.id AND o.letter_id NOT IN (SELECT letter_id FROM sent))`,
  );
  const [, deletedEmails] = (await dataSource.query(
    `DELETE FROM email_outbox WHERE status <> 'PENDING' AND created_at < $1::date`,
    [subtractDuration(today, retentionPeriod('EMAIL_OUTBOX'))],
  )) as [unknown, number];
  const [, deletedImportFiles] = (await dataSource.query(
    `DELETE FROM legacy_import_file f USING legacy_import i
      WHERE f.import_id = i.id AND i.state IN ('DONE', 'FAILED') AND i.updated_at < $1::date`,
    [subtractDuration(today, retentionPeriod('LEGACY_IMPORT_FILES'))],
  )) as [unknown, number];
  return { anonymisedLeaders, deletedEmails, deletedImportFiles };
}

/** The daily retention run on pg-boss (one at a time: a singleton queue; a failed run is retried). */
export async function startRetentionJob(
  boss: PgBoss,
  options: {
    dataSource: DataSource;
    logger: Logger;
    timeZone: string;
    timed: <T>(queue: string, run: () => Promise<T>) => Promise<T>;
    retention: DateDuration;
  },
): Promise<void> {
  const { dataSource, logger, timeZone, timed, retention } = options;
  await boss.createQueue(RETENTION_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 600, retryBackoff: true });
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, null, { tz: timeZone });
  await boss.work(RETENTION_QUEUE, () =>
    timed(RETENTION_QUEUE, async () => {
      const result = await runRetention(dataSource, todayInAmsterdam(new Date()), { retention });
      logger.info({ ...result }, 'retention periods applied');
      return result;
    }),
  );
}
