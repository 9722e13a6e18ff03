import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { todayInAmsterdam } from '@srpo/domain';
import { startDebianPostgres, type DebianPostgres } from '@srpo/testing/debian-postgres';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../modules/accounts/role';
import { TINY_PDF, uploadDocument } from '../../testing/documents';
import { freePort } from '../../testing/free-port';
import { signedInClient } from '../../testing/sessions';
import { startTestServer } from '../../testing/test-server';
import { backupDatabase, defaultBackupFile, restoreDatabase } from '../backup';
import { createDataSource } from '../data-source';
import { seedDemoData } from '../seed/demo-seed';

/** What the public sees: a few entries by register number, and search counts. */
const PUBLIC_ANSWERS = `query ($numbers: [String!]!) {
  publicRegistrations(registerNumbers: $numbers) { registerNumber displayName title status registeredOn reRegistrationDue completedThemes { theme { code } completedOn } boards { name } }
  all: searchRegister(first: 1) { totalCount }
  active: searchRegister(status: [ACTIVE], first: 1) { totalCount }
  named: searchRegister(query: "de", first: 5) { totalCount edges { node { registerNumber } } }
}`;

// pg_dump refuses servers newer than itself: Debian's client programs need Debian's server version,
// not the embedded one of the other tests (README, "Backup and restore").
describe('backup and restore (npm run backup / npm run restore)', () => {
  let server: DebianPostgres;
  let folder: string;
  const sources: DataSource[] = [];

  async function createDatabase(name: string): Promise<string> {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return server.urlFor(name);
  }

  async function open(url: string): Promise<DataSource> {
    const dataSource = createDataSource(url, { poolSize: 3 });
    sources.push(dataSource);
    return dataSource.initialize();
  }

  beforeAll(async () => {
    // The cluster's user must be able to enter the folder.
    folder = mkdtempSync(path.join(tmpdir(), 'srpo-backups-'));
    chmodSync(folder, 0o755);
    server = startDebianPostgres(folder, await freePort());
  });

  afterAll(async () => {
    for (const dataSource of sources) if (dataSource.isInitialized) await dataSource.destroy();
    server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('restores a backup into an empty database with the same public answers and the same document bytes, and refuses a database in use', async () => {
    const sourceUrl = await createDatabase('srpo_live');
    const source = await open(sourceUrl);
    await source.runMigrations();
    await seedDemoData(source, todayInAmsterdam(new Date()));
    const live = await startTestServer(source);
    const staff = await signedInClient(source, live.url, [Role.STAFF]);
    const documentId = await uploadDocument(live.url, staff.cookie, TINY_PDF, 'bewijs.pdf');
    const numbers = ((await source.query(`SELECT register_number FROM school_leader ORDER BY register_number LIMIT 3`)) as { register_number: string }[]).map((row) => row.register_number);
    const before = await live.graphql(PUBLIC_ANSWERS, { numbers });
    expect(before.errors).toBeUndefined();
    expect(before.data).toMatchObject({ publicRegistrations: numbers.map((registerNumber) => ({ registerNumber })), named: { totalCount: expect.any(Number) } });
    expect((before.data as { all: { totalCount: number } }).all.totalCount).toBeGreaterThan(0);
    await live.stop();

    const file = defaultBackupFile(folder);
    const backup = await backupDatabase(sourceUrl, file);
    expect(backup.bytes).toBeGreaterThan(TINY_PDF.length);
    expect(backup.pgDump.major).toBeGreaterThanOrEqual(server.major);

    await expect(restoreDatabase(sourceUrl, file)).rejects.toThrow(/not empty.*--force/);
    const restoredUrl = await createDatabase('srpo_restored');
    await restoreDatabase(restoredUrl, file);

    const restored = await startTestServer(await open(restoredUrl));
    try {
      expect(await restored.graphql(PUBLIC_ANSWERS, { numbers })).toMatchObject({ data: before.data });
      // The session is in the backup too: the same cookie opens the same bytes on the restored database.
      const download = await fetch(`${restored.url}/documents/${documentId}`, { headers: { cookie: staff.cookie } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(TINY_PDF)).toBe(true);
    } finally {
      await restored.stop();
    }

    // --force replaces what a database holds with the backup: documents lost since come back.
    await source.query(`DELETE FROM evidence_document`);
    await restoreDatabase(sourceUrl, file, { force: true });
    expect(await source.query(`SELECT count(*)::int AS documents FROM evidence_document`)).toEqual([{ documents: 1 }]);
  });
});
