import { MigrationExecutor, type DataSource, type QueryRunner } from 'typeorm';
import { StartupError } from '../startup-error';

/**
 * Key of the PostgreSQL advisory lock around migrations (`npm run migrate`, and the API's start in
 * development): whoever holds it migrates; the others wait, then find nothing left to apply.
 */
export const MIGRATION_LOCK_KEY = 1_795_505_400;

/** Runs `work` on one dedicated connection while it holds the migration lock (shared: only readers). */
async function withMigrationLock<T>(dataSource: DataSource, mode: 'exclusive' | 'shared', work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const suffix = mode === 'shared' ? '_shared' : '';
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock${suffix}($1)`, [MIGRATION_LOCK_KEY]);
    try {
      return await work(runner);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock${suffix}($1)`, [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies the pending migrations under the migration lock; returns the names applied (none when another migrator was first). */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  return withMigrationLock(dataSource, 'exclusive', async (runner) => {
    const applied = await new MigrationExecutor(dataSource, runner).executePendingMigrations();
    return applied.map((migration) => migration.name);
  });
}

/**
 * The migrations not yet applied, read without writing anything (no migrations table is created).
 * Waits while a migrator holds the lock, so a start right after `npm run migrate` began sees its result.
 */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.driver.escape(dataSource.options.migrationsTableName ?? 'migrations');
  return withMigrationLock(dataSource, 'shared', async (runner) => {
    const [{ present }] = (await runner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [table])) as [{ present: boolean }];
    const rows: { name: string }[] = present ? await runner.query(`SELECT name FROM ${table}`) : [];
    const applied = new Set(rows.map((row) => row.name));
    return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
  });
}

/** Production start: the schema must already be current (migrations are a release step, never run by an instance). */
export async function assertNoPendingMigrations(dataSource: DataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length) {
    throw new StartupError('The database schema is not up to date:', [
      `${pending.length} migration(s) not applied yet (${pending.join(', ')}). Run \`npm run migrate\` with the same DATABASE_URL, then start the API again.`,
    ]);
  }
}
