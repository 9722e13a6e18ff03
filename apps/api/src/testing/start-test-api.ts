import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../database/embedded-postgres';
import { freePort } from './free-port';
import { createDatabaseFrom, dropDatabase } from './database-copies';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What setUpTestApis (test-api-setup.ts) hands to the test files' {@link startTestApi}, through their environment. */
export const TEST_API_ENV = {
  adminUrl: 'SRPO_TEST_PG_ADMIN_URL',
  template: 'SRPO_TEST_PG_TEMPLATE',
  bundle: 'SRPO_TEST_API_BUNDLE',
} as const;

export interface TestApi {
  /** Base URL, e.g. http://127.0.0.1:41234 (GraphQL at `${url}/graphql`). */
  url: string;
  /**
   * The text of every e-mail in the outbox to `address`, oldest first, read from the database (staff
   * cannot read e-mails with a personal link through the API).
   */
  emailsTo(address: string): Promise<string[]>;
  /** Runs one SQL statement on the API's database and returns its rows: for what no API offers, such as moving a record into the past. */
  sql<T extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface TestApiOptions {
  /** An existing (test) database instead of a fresh embedded one; not demo-seeded. */
  databaseUrl?: string;
}

/**
 * Starts the real API in its own process, the way `npm start` does (same entry point), migrated and demo-seeded (or on
 * `options.databaseUrl`, not demo-seeded). Under the browser tests' globalSetup (setUpTestApis of test-api-setup.ts) it runs the
 * API's production bundle on a fresh copy of the run's seeded template database; otherwise it starts the sources with
 * tsx on a fresh embedded PostgreSQL in a temporary folder. For browser tests of the apps and tests of the process
 * itself (signals).
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'srpo-e2e-pg-'));
  // PostgreSQL runs as its own system user when we are root: it must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const shared = options.databaseUrl ? undefined : sharedSetup();
  const copy = shared ? await createDatabaseFrom(shared.adminUrl, shared.template) : undefined;
  const databaseUrl = options.databaseUrl ?? copy?.url;
  const child = spawn(process.execPath, shared ? ['--enable-source-maps', shared.bundle] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl ?? '',
      EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(pgPort),
      // On the template's copy the seed finds its data and adds nothing.
      SEED_DEMO_DATA: options.databaseUrl ? 'false' : 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      SRPO_PRINT_URLS: 'false',
      // Every browser of every test is 127.0.0.1: one anonymous budget would throttle the suite.
      RATE_LIMIT_ANONYMOUS_POINTS: process.env.RATE_LIMIT_ANONYMOUS_POINTS ?? '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    const early = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 250))]);
    if (early !== 'running') throw new Error(`The test API exited during start-up (code ${early}).`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('The test API did not become ready within 120 s.');
    }
  }

  async function sql<T extends Record<string, unknown>>(text: string, values: readonly unknown[] = []): Promise<T[]> {
    // The database app.ts creates on the embedded server.
    const client = new pg.Client({ connectionString: databaseUrl ?? embeddedDatabaseUrl(pgPort, 'srpo') });
    await client.connect();
    try {
      return (await client.query<T>(text, [...values])).rows;
    } finally {
      await client.end();
    }
  }

  return {
    url,
    sql,
    async emailsTo(address) {
      const rows = await sql<{ text_body: string }>(`SELECT text_body FROM email_outbox WHERE to_address = $1 ORDER BY id`, [address.toLowerCase()]);
      return rows.map((row) => row.text_body);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      if (shared && copy) await dropDatabase(shared.adminUrl, copy.name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The run's shared server, template and API bundle, when a globalSetup prepared them with setUpTestApis. */
function sharedSetup(): { adminUrl: string; template: string; bundle: string } | undefined {
  const [adminUrl, template, bundle] = [TEST_API_ENV.adminUrl, TEST_API_ENV.template, TEST_API_ENV.bundle].map((name) => process.env[name]);
  return adminUrl && template && bundle ? { adminUrl, template, bundle } : undefined;
}
