import { todayInAmsterdam } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from './config';
import { createDataSource, ensureDatabase } from './database/data-source';
import type { EmbeddedPostgresHandle } from './database/embedded-postgres';
import { assertNoPendingMigrations, migrate } from './database/migrator';
import { assertNoDemoPasswordAccounts } from './database/seed/demo-password-guard';
import { seedDemoData } from './database/seed/demo-seed';
import { startHttpServer, type RunningHttpServer } from './http/server';
import { startJobs, type RunningJobs } from './jobs/job-runner';
import type { Logger } from './logger';
import { ApiMetrics } from './shared/metrics';
import { buildApiSchema } from './schema/build-schema';

export interface RunningApi {
  url: string;
  dataSource: DataSource;
  /** Stops accepting requests, drains them, closes the pool and stops an embedded database. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'srpo';

/**
 * Starts the whole API: database (external via DATABASE_URL, else embedded), migrations (in
 * production only checked: `npm run migrate` is a release step), optional demo data, HTTP server.
 */
export async function startApi(config: ApiConfig, logger: Logger): Promise<RunningApi> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dataDir: config.embeddedDataDir, port: config.embeddedPort }, 'starting embedded PostgreSQL');
    // Imported only here: embedded-postgres is a development dependency, absent from a production install.
    const { startEmbeddedPostgres } = await import('./database/embedded-postgres');
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      persistent: true,
      logger,
    });
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE);
  }

  const dataSource = createDataSource(databaseUrl);
  let http: RunningHttpServer | undefined;
  let jobs: RunningJobs | undefined;
  try {
    await dataSource.initialize();
    if (config.nodeEnv === 'production') {
      await assertNoPendingMigrations(dataSource);
      await assertNoDemoPasswordAccounts(dataSource);
    } else {
      const applied = await migrate(dataSource);
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    }
    if (config.seedDemoData) {
      const seeded = await seedDemoData(dataSource, todayInAmsterdam(new Date()));
      if (seeded) logger.info('demo data seeded');
    }
    const metrics = new ApiMetrics();
    jobs = await startJobs({ databaseUrl, dataSource, logger, config: config.jobs, metrics, portalUrl: config.portalUrl, webhooks: config.webhooks, credentials: config.credentials });
    const runningJobs = jobs;
    const schema = await buildApiSchema();
    http = await startHttpServer(
      {
        schema,
        dataSource,
        logger,
        corsOrigins: config.corsOrigins,
        rateLimits: config.rateLimits,
        trustedProxies: config.trustedProxies,
        appsDir: config.appsDir,
        secureCookies: config.secureCookies,
        introspectionForAnonymous: config.nodeEnv !== 'production',
        metrics,
        metricsToken: config.metricsToken,
        readinessChecks: { jobQueue: () => runningJobs.check() },
        portalUrl: config.portalUrl,
        webhooks: config.webhooks,
        registerIndexFile: config.registerIndexFile,
        credentials: config.credentials,
      },
      config.port,
      config.host,
    );
  } catch (error) {
    await jobs?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  const server = http;
  const runningJobs = jobs;
  return {
    url: server.url,
    dataSource,
    async stop() {
      await server.stop();
      await runningJobs.stop();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
