import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApiScript } from '../../testing/api-script';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { StartupError } from '../../startup-error';
import { migrations } from '../migrations';
import { assertNoPendingMigrations, pendingMigrations } from '../migrator';

describe('migrations as a release step (npm run migrate)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(() => database.drop());

  it('on an empty database every migration is pending and a production start is refused', async () => {
    expect(await pendingMigrations(database.dataSource)).toHaveLength(migrations.length);
    const refusal = await assertNoPendingMigrations(database.dataSource).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StartupError);
    expect((refusal as StartupError).problems).toEqual([expect.stringMatching(new RegExp(`^${migrations.length} migration\\(s\\) not applied yet .*Run \`npm run migrate\``))]);
  });

  it('two migrators started at the same moment both succeed and apply each migration exactly once', async () => {
    const env = { DATABASE_URL: database.url };
    const runs = await Promise.all([runApiScript('src/database/migrate.cli.ts', { env }), runApiScript('src/database/migrate.cli.ts', { env })]);

    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    // One took the lock and applied everything; the other waited and found nothing left.
    expect(runs.map((run) => run.stdout.trim().split(':')[0]).sort()).toEqual([`Applied ${migrations.length} migration(s)`, 'Nothing to apply']);
    const rows: { name: string; times: number }[] = await database.dataSource.query('SELECT name, count(*)::int AS times FROM migrations GROUP BY name');
    expect(rows).toHaveLength(migrations.length);
    expect(rows.filter((row) => row.times !== 1)).toEqual([]);
    expect(await pendingMigrations(database.dataSource)).toEqual([]);
    await expect(assertNoPendingMigrations(database.dataSource)).resolves.toBeUndefined();
  });

  it('says plainly when DATABASE_URL is missing or unreachable', async () => {
    const [missing, unreachable] = await Promise.all([
      runApiScript('src/database/migrate.cli.ts', { env: { DATABASE_URL: '' } }),
      runApiScript('src/database/migrate.cli.ts', { env: { DATABASE_URL: 'postgres://srpo:geheim@127.0.0.1:1/srpo' } }),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/DATABASE_URL is not set: set it to the database/);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^Cannot use the database:\n {2}- 127\.0\.0\.1:1\/srpo: .*ECONNREFUSED.* Check DATABASE_URL/);
    for (const run of [missing, unreachable]) expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(unreachable.stderr).not.toContain('geheim');
  });
});
