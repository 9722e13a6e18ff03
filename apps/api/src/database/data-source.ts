import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { StartupError } from '../startup-error';

// DATE columns are calendar dates: keep PostgreSQL's 'YYYY-MM-DD' text instead of turning it into a
// JavaScript Date at local midnight (which shifts a day in some time zones).
const PG_DATE_OID = 1082;
pg.types.setTypeParser(PG_DATE_OID, (value: string) => value);

/** The one way to build a DataSource: explicit entities and migrations, never `synchronize`. */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10 },
  });
}

/** Creates `name` on the server at `adminUrl` when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** A DataSource that is connected, for the command-line tools; an unreachable server is a plain message, not a stack trace. */
export async function openDataSource(url: string, options: { poolSize?: number } = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  try {
    await dataSource.initialize();
  } catch (error) {
    const { host, pathname } = new URL(url);
    throw new StartupError('Cannot use the database:', [
      `${host}${pathname}: ${(error as Error).message}. Check DATABASE_URL (host, port, user, password, database name) and that PostgreSQL runs there.`,
    ]);
  }
  return dataSource;
}
