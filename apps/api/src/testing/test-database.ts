import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../database/data-source';
import { createDatabaseFrom, databaseUrl, dropDatabase, onServer } from './database-copies';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** The run's migrated template database on the server of `pgAdminUrl` (global-setup.ts). */
    pgTemplate: string;
  }
}

export interface TestDatabase {
  dataSource: DataSource;
  /** Connection URL, e.g. for DATABASE_URL of a process the test starts. */
  url: string;
  /** Drops the database; call in afterAll. */
  drop(): Promise<void>;
}

/**
 * Creates database `name` on the server at `adminUrl` and lets `prepare` fill it (e.g. run the migrations), once per
 * test run: test files then copy it with {@link createDatabaseFrom}, which takes PostgreSQL a fraction of a second
 * where migrating (and seeding) a database takes seconds. Its name must contain `test`.
 */
export async function createTemplateDatabase(adminUrl: string, name: string, prepare: (dataSource: DataSource) => Promise<void>): Promise<void> {
  if (!/^[a-z_]*test[a-z0-9_]*$/.test(name)) throw new Error(`A test template database needs a name with "test": ${name}`);
  await onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`);
  const dataSource = createDataSource(databaseUrl(adminUrl, name), { poolSize: 2 });
  await dataSource.initialize();
  try {
    await prepare(dataSource);
  } finally {
    // A template can only be copied while nobody is connected to it.
    await dataSource.destroy();
  }
}

/**
 * A fresh, migrated database on the run's embedded PostgreSQL, isolated per test file (empty with
 * `migrated: false`): a copy of the run's template, which global-setup.ts migrated once. Its name
 * always contains `test`, so nothing here can touch a real database.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const { name, url } = await createDatabaseFrom(adminUrl, options.migrated === false ? undefined : inject('pgTemplate'));
  const dataSource = createDataSource(url, { poolSize: 5 });
  await dataSource.initialize();

  return {
    dataSource,
    url,
    async drop() {
      await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}
