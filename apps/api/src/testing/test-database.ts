import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../database/data-source';

export interface TestDatabase {
  dataSource: DataSource;
  /** Connection URL, e.g. for DATABASE_URL of a process the test starts. */
  url: string;
  /** Drops the database; call in afterAll. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database on the run's embedded PostgreSQL, isolated per test file (empty with
 * `migrated: false`). Its name always contains `test`, so nothing here can touch a real database.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `srpo_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString(), { poolSize: 5 });
  await dataSource.initialize();
  if (options.migrated !== false) await dataSource.runMigrations();

  return {
    dataSource,
    url: url.toString(),
    async drop() {
      await dataSource.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
