import { hostname } from 'node:os';
import { DEFAULT_LEADER_RETENTION_YEARS, todayInAmsterdam } from '@srpo/domain';
import nodemailer from 'nodemailer';
import { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { DEVELOPMENT_CREDENTIALS, DEVELOPMENT_PORTAL_URL } from '../config';
import type { CredentialSettings } from '../modules/credentials/credential-document';
import { letterVerificationUrls } from '../modules/credentials/credential.service';
import type { Logger } from '../logger';
import { cleanUpAccounts } from '../modules/accounts/account-token';
import { LoginThrottle } from '../modules/accounts/login-throttle';
import { LEGACY_IMPORT_QUEUE, runLegacyImportJob, useLegacyImportQueue, type LegacyImportJob } from '../modules/legacy-import/legacy-import.queue';
import { startBoardDigestJob } from '../modules/board-overview/board-digest.job';
import { deliverPendingEmails, recordEmailDelivery } from '../modules/letters/email-delivery';
import { startOpenDataJob } from '../modules/open-data/open-data.job';
import { startWebhookJobs, stopWebhookJobs, WEBHOOK_SWEEP_QUEUE } from '../modules/webhooks/webhook.job';
import { pruneWebhookHistory } from '../modules/webhooks/webhook-retention';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../modules/webhooks/webhook-settings';
import { startRetentionJob } from '../modules/personal-data/retention.job';
import type { ApiMetrics } from '../shared/metrics';
import { refreshThemeCompletions } from '../modules/register-statistics/theme-completion-projection';
import { runDailyRegistrationJobOnce } from './daily-registration.job';

export const JOB_SCHEMA = 'pgboss';
export const DAILY_REGISTRATION_QUEUE = 'daily-registration-status';
export const EMAIL_OUTBOX_QUEUE = 'email-outbox';
/** 00:05 every day, register time. */
export const DAILY_REGISTRATION_CRON = '5 0 * * *';
export const REGISTER_TIME_ZONE = 'Europe/Amsterdam';
const EMAIL_OUTBOX_CRON = '* * * * *';

export interface JobsConfig {
  /** SMTP server (e.g. smtp://user:pass@host:587); without it e-mails stay in the outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Years a deregistered leader's personal data is kept before the retention job anonymises it (default the domain's). */
  retentionYears?: number;
}

export interface StartJobsOptions {
  databaseUrl: string;
  dataSource: DataSource;
  logger: Logger;
  config: JobsConfig;
  /** Records each run's duration and outcome per queue. */
  metrics?: ApiMetrics;
  /** Names this instance in the daily job's ledger (default host:pid). */
  runner?: string;
  /** The portal as its users reach it (PORTAL_URL): the board digest links to the board's workspace there. */
  portalUrl?: string;
  /** Webhook deliveries: timeout, attempts, backoff, disabling (WEBHOOK_*). */
  webhooks?: WebhookSettings;
  /** The credentials' settings (REGISTER_URL, keys): the QR code on a registration decision's letter. */
  credentials?: CredentialSettings;
}

export interface RunningJobs {
  boss: PgBoss;
  /** Readiness: throws unless the queue is started and its schema answers. */
  check(): Promise<void>;
  /** Stops fetching, lets running jobs finish, closes pg-boss's pool. */
  stop(): Promise<void>;
}

/**
 * Background work on a Postgres-backed queue (pg-boss, schema `pgboss` in the API's database):
 * - `daily-registration-status` at 00:05 Europe/Amsterdam, and once at start-up so a restarted server
 *   catches up; it runs once per register date across all instances (the `daily_job_run` ledger);
 * - `email-outbox` every minute when SMTP_URL is set: sends PENDING e-mails; a failed run is retried by pg-boss;
 * - `open-data-export` at 00:30 Europe/Amsterdam, and at start-up when none exists (modules/open-data).
 * - `board-digest` at 06:00 on the first of the month: each board account's monthly digest into the
 *   outbox, once per account and month across all instances (modules/board-overview).
 * - `webhook-sweep` every minute and `webhook-delivery` per attempt: signed webhook deliveries with
 *   retries and backoff (modules/webhooks).
 * - `personal-data-retention` at 03:00: the retention table (anonymise deregistered leaders past the
 *   period, delete old e-mails and import files; modules/personal-data).
 */
export async function startJobs({
  databaseUrl,
  dataSource,
  logger,
  config,
  metrics,
  runner = `${hostname()}:${process.pid}`,
  portalUrl = DEVELOPMENT_PORTAL_URL,
  webhooks = DEFAULT_WEBHOOK_SETTINGS,
  credentials = DEVELOPMENT_CREDENTIALS,
}: StartJobsOptions): Promise<RunningJobs> {
  const timed = <T>(queue: string, run: () => Promise<T>) => (metrics ? metrics.timeJob(queue, run) : run());
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, application_name: 'srpo-jobs', max: 4 });
  boss.on('error', (error) => {
    // 57P01: the database is shutting down (e.g. the embedded server stopping on SIGTERM); expected, not an incident.
    if ((error as { code?: unknown }).code === '57P01') logger.warn('job queue lost its database connection (database shutting down)');
    else logger.error({ err: error }, 'job queue error');
  });
  await boss.start();
  try {
    const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
    await recordEmailDelivery(dataSource, transport !== null);

    await boss.createQueue(EMAIL_OUTBOX_QUEUE, { policy: 'singleton', retryLimit: 5, retryDelay: 60, retryBackoff: true });
    if (transport) {
      await boss.schedule(EMAIL_OUTBOX_QUEUE, EMAIL_OUTBOX_CRON, null, { tz: REGISTER_TIME_ZONE });
      await boss.work(EMAIL_OUTBOX_QUEUE, () => timed(EMAIL_OUTBOX_QUEUE, async () => {
        const result = await deliverPendingEmails(dataSource, transport, { from: config.mailFrom, verificationUrlOf: letterVerificationUrls(dataSource, credentials) });
        if (result.sent || result.retrying || result.failed) logger.info({ ...result }, 'e-mails delivered');
        if (result.retrying > 0) throw new Error(`${result.retrying} e-mail(s) not sent; retrying`);
        return result;
      }));
    } else {
      await boss.unschedule(EMAIL_OUTBOX_QUEUE);
      logger.info('SMTP_URL not set: e-mails stay in the outbox');
    }

    await boss.createQueue(DAILY_REGISTRATION_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 300, retryBackoff: true });
    await boss.schedule(DAILY_REGISTRATION_QUEUE, DAILY_REGISTRATION_CRON, null, { tz: REGISTER_TIME_ZONE, missed: 'once' });
    await boss.work(DAILY_REGISTRATION_QUEUE, () => timed(DAILY_REGISTRATION_QUEUE, async () => {
      const today = todayInAmsterdam(new Date());
      const result = await runDailyRegistrationJobOnce(dataSource, today, runner);
      if (!result) {
        logger.info({ today }, 'daily registration job already ran today');
        return { today, alreadyRan: true };
      }
      // Housekeeping off the login path: throttle counters nobody touched for a day; dead sessions and links; webhook history past its keeping.
      await new LoginThrottle(dataSource).purgeStale();
      await cleanUpAccounts(dataSource);
      await pruneWebhookHistory(dataSource);
      // Theme completions left pending (e.g. by an import) are projected here, not on a statistics request.
      await refreshThemeCompletions(dataSource);
      logger.info(
        { today, statusChanges: result.statusChanges.length, statusLetters: result.statusLetters, reminders: result.reminders },
        'daily registration job done',
      );
      if (transport) await boss.send(EMAIL_OUTBOX_QUEUE, null);
      // The day's status changes wrote webhook deliveries: send them now, not at the next sweep.
      if (result.statusChanges.length > 0) await boss.send(WEBHOOK_SWEEP_QUEUE, null);
      return { today, statusChanges: result.statusChanges.length, statusLetters: result.statusLetters, reminders: result.reminders };
    }));
    await boss.send(DAILY_REGISTRATION_QUEUE, { reason: 'start-up' });

    // Legacy imports (issue 11): a dry run or run of an uploaded file set, one at a time per instance.
    await boss.createQueue(LEGACY_IMPORT_QUEUE, { retryLimit: 0, expireInSeconds: 3_600 });
    await boss.work<LegacyImportJob>(LEGACY_IMPORT_QUEUE, async ([job]) => timed(LEGACY_IMPORT_QUEUE, () => runLegacyImportJob(dataSource, job!.data)));
    useLegacyImportQueue(async (job) => {
      await boss.send(LEGACY_IMPORT_QUEUE, job);
    });
    await startOpenDataJob(boss, { dataSource, logger, timeZone: REGISTER_TIME_ZONE, timed });
    await startRetentionJob(boss, { dataSource, logger, timeZone: REGISTER_TIME_ZONE, timed, retention: { years: config.retentionYears ?? DEFAULT_LEADER_RETENTION_YEARS } });
    await startBoardDigestJob(boss, { dataSource, logger, timeZone: REGISTER_TIME_ZONE, timed, portalUrl, onEmails: transport ? () => boss.send(EMAIL_OUTBOX_QUEUE, null) : null });
    await startWebhookJobs(boss, { dataSource, logger, timeZone: REGISTER_TIME_ZONE, timed, settings: webhooks, onEmails: transport ? () => boss.send(EMAIL_OUTBOX_QUEUE, null) : null });
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  let stopped = false;
  return {
    boss,
    async check() {
      if (stopped) throw new Error('job queue stopped');
      // One cheap read of pg-boss's own schema: its pool reaches the database and the queue exists.
      if (!(await boss.getQueue(DAILY_REGISTRATION_QUEUE))) throw new Error(`queue ${DAILY_REGISTRATION_QUEUE} missing`);
    },
    async stop() {
      stopped = true;
      useLegacyImportQueue(null);
      stopWebhookJobs();
      await boss.stop({ graceful: true, timeout: 30_000 });
    },
  };
}
