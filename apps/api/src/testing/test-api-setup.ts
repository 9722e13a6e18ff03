import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApi } from '../../bundle';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { runApiScript } from './api-script';
import { freePort } from './free-port';
import { TEST_API_ENV } from './start-test-api';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the browser tests' bundle of the API goes (git-ignored); one level below the package, like dist/. */
const BUNDLE_DIR = '.e2e-api';
const DEMO_TEMPLATE = 'srpo_test_demo';

/**
 * The once-per-run part of the browser tests' APIs (a vitest globalSetup calls it before any test file starts; its
 * environment reaches the test files): one embedded PostgreSQL with a template database that is migrated and
 * demo-seeded once, and the API bundled as for production. Each startTestApi then runs that bundle on its own copy of
 * the template, where starting the API from the sources on a fresh server (initdb, migrations, the demo seed with its
 * old-register import) took many seconds per test file. Returns the teardown.
 */
export async function setUpTestApis(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'srpo-e2e-pg-'));
  // PostgreSQL runs as its own system user when we are root: it must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort(), persistent: false });
  const teardown = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const [seeding] = await Promise.all([
      runApiScript('src/testing/demo-template.cli.ts', { args: [server.adminUrl, DEMO_TEMPLATE] }),
      bundleApi(BUNDLE_DIR, { main: 'src/main.ts' }),
    ]);
    if (seeding.code !== 0) throw new Error(`The browser tests' demo database could not be made:\n${seeding.stdout}${seeding.stderr}`);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env[TEST_API_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_API_ENV.template] = DEMO_TEMPLATE;
  process.env[TEST_API_ENV.bundle] = path.join(apiRoot, BUNDLE_DIR, 'main.js');
  return teardown;
}
