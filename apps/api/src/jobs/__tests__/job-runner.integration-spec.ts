import { todayInAmsterdam } from '@srpo/domain';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger';
import { createLeader } from '../../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { Registration } from '../../modules/registrations/registration.entity';
import { ApiMetrics } from '../../shared/metrics';
import { OPEN_DATA_CRON, OPEN_DATA_QUEUE } from '../../modules/open-data/open-data.job';
import { DAILY_REGISTRATION_CRON, DAILY_REGISTRATION_QUEUE, REGISTER_TIME_ZONE, startJobs } from '../job-runner';
import { BOARD_DIGEST_CRON, BOARD_DIGEST_QUEUE } from '../../modules/board-overview/board-digest.job';

describe('job queue wiring (pg-boss)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('schedules the daily job at 00:05 Amsterdam, runs it once at start-up across two instances, and stops cleanly', { timeout: 60_000 }, async () => {
    const { registration } = await createLeader(database.dataSource, { registration: { registeredOn: todayInAmsterdam(new Date()) } });
    // Make the registration stale, so the start-up run visibly refreshes it.
    await database.dataSource.query(`UPDATE registration SET status_as_of = '1900-01-01', status_valid_until = '-infinity' WHERE id = $1`, [registration!.id]);
    // Login throttle counters: one untouched for two days (housekeeping removes it), one from now.
    await database.dataSource.query(
      `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ('client:stale', 3, now() - interval '2 days'), ('client:fresh', 3, now())`,
    );
    const databaseUrl = (database.dataSource.options as PostgresConnectionOptions).url!;
    const metrics = [new ApiMetrics(), new ApiMetrics()];
    // Two API instances starting together: each sends a start-up run; the ledger lets one of them work.
    const startInstance = (index: number) =>
      startJobs({
        databaseUrl,
        dataSource: database.dataSource,
        logger: createLogger('silent'),
        config: { smtpUrl: undefined, mailFrom: 'test@example.nl' },
        metrics: metrics[index],
        runner: `instance-${index}`,
      });
    const [jobs, other] = await Promise.all([startInstance(0), startInstance(1)]);

    const schedules = await jobs.boss.getSchedules(DAILY_REGISTRATION_QUEUE);
    expect(schedules).toEqual([expect.objectContaining({ name: DAILY_REGISTRATION_QUEUE, cron: DAILY_REGISTRATION_CRON, timezone: REGISTER_TIME_ZONE })]);
    // The board digest: the first of the month, register time.
    expect(await jobs.boss.getSchedules(BOARD_DIGEST_QUEUE)).toEqual([expect.objectContaining({ cron: BOARD_DIGEST_CRON, timezone: REGISTER_TIME_ZONE })]);

    const deadline = Date.now() + 30_000;
    let states: string[] = [];
    while (Date.now() < deadline) {
      states = (await jobs.boss.findJobs(DAILY_REGISTRATION_QUEUE)).map((job) => job.state);
      if (states.filter((state) => state === 'completed').length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(states).toEqual(['completed', 'completed']);
    const today = todayInAmsterdam(new Date());
    const ledger = (await database.dataSource.query(`SELECT run_date::text AS date, runner FROM daily_job_run`)) as { date: string; runner: string }[];
    expect(ledger).toEqual([{ date: today, runner: expect.stringMatching(/^instance-[01]$/) }]);
    const outputs = (await jobs.boss.findJobs(DAILY_REGISTRATION_QUEUE)).map((job) => job.output as { alreadyRan?: boolean });
    expect(outputs.filter((output) => output.alreadyRan)).toHaveLength(1);
    // Both runs were timed (either instance's worker may have taken either job).
    let timedRuns = 0;
    for (const instanceMetrics of metrics) {
      const { values } = await instanceMetrics.jobRuns.get();
      timedRuns +=
        values.find(
          (value) => value.metricName === 'srpo_job_run_duration_seconds_count' && value.labels.queue === DAILY_REGISTRATION_QUEUE && value.labels.outcome === 'completed',
        )?.value ?? 0;
    }
    expect(timedRuns).toBe(2);
    const refreshed = await database.dataSource.getRepository(Registration).findOneByOrFail({ id: registration!.id });
    expect(refreshed.statusAsOf).toBe(todayInAmsterdam(new Date()));
    const throttled = (await database.dataSource.query(`SELECT key FROM login_throttle ORDER BY key`)) as { key: string }[];
    expect(throttled.map((row) => row.key)).toEqual(['client:fresh']);

    // The open-data export: scheduled daily, and written at start-up because none existed (once, not per instance).
    expect(await jobs.boss.getSchedules(OPEN_DATA_QUEUE)).toEqual([expect.objectContaining({ cron: OPEN_DATA_CRON, timezone: REGISTER_TIME_ZONE })]);
    const exports = async () => ((await database.dataSource.query(`SELECT register_date::text AS date, entries FROM open_data_export`)) as unknown[]);
    while ((await exports()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await exports()).toEqual([{ date: today, entries: 1 }]);

    await expect(jobs.check()).resolves.toBeUndefined();
    await Promise.all([jobs.stop(), other.stop()]);
    await expect(jobs.check()).rejects.toThrow(/stopped/);
    // A closed connection's server process ends a moment after the client lets go: wait for it, briefly.
    const openConnections = async () =>
      ((await database.dataSource.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'srpo-jobs'`)) as [{ count: number }])[0].count;
    const closedBy = Date.now() + 5_000;
    while ((await openConnections()) > 0 && Date.now() < closedBy) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openConnections()).toBe(0);
    const [{ exists }] = (await database.dataSource.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`)) as [{ exists: boolean }];
    expect(exists).toBe(true);
  });
});
