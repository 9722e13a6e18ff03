import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** Runs statements on the maintenance database of the server at `adminUrl`. */
export async function onServer(adminUrl: string, ...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database on the server at `adminUrl`: a copy of `template` (see createTemplateDatabase of test-database.ts), or empty. Returns its name. */
export async function createDatabaseFrom(adminUrl: string, template?: string): Promise<{ name: string; url: string }> {
  const name = `srpo_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await onServer(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { name, url: databaseUrl(adminUrl, name) };
}

/** Drops a database made by {@link createDatabaseFrom}. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

