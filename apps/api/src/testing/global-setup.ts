import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { freePort } from './free-port';
import { createTemplateDatabase } from './test-database';

const TEMPLATE = 'srpo_test_migrated';

/**
 * One embedded PostgreSQL server per test run, with a template database migrated once; each test
 * file creates its own database on it as a copy of the template (createTestDatabase).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'srpo-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  await createTemplateDatabase(server.adminUrl, TEMPLATE, async (dataSource) => {
    await dataSource.runMigrations();
  });
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', TEMPLATE);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
