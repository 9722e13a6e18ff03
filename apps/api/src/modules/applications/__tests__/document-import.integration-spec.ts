import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PDF, TINY_PNG } from '../../../testing/documents';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { importDocumentFiles } from '../document-import';
import { getDocumentContent, sha256Of } from '../document-store';

describe('documents:import (files kept on disk before issue 9)', () => {
  let database: TestDatabase;
  let folder: string;
  const png = sha256Of(TINY_PNG);
  const lost = sha256Of(Buffer.from('a file that never reached the disk'));

  /** A document row as an installation from before the move has it: its bytes only on disk. */
  async function oldDocumentRow(sha256: string): Promise<void> {
    await database.dataSource.transaction(async (manager) => {
      // Rows from before the migration were never checked against document_content.
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`INSERT INTO evidence_document (file_name, content_type, size_bytes, sha256) VALUES ('oud.png', 'image/png', 69, $1)`, [sha256]);
    });
  }

  function put(name: string, content: Buffer): void {
    mkdirSync(path.join(folder, name.slice(0, 2)), { recursive: true });
    writeFileSync(path.join(folder, name.slice(0, 2), name), content);
  }

  const keyValidated = async () =>
    ((await database.dataSource.query(`SELECT convalidated FROM pg_constraint WHERE conname = 'evidence_document_content_fkey'`)) as { convalidated: boolean }[])[0]!.convalidated;

  beforeAll(async () => {
    database = await createTestDatabase();
    folder = mkdtempSync(path.join(tmpdir(), 'srpo-old-documents-'));
  });

  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies verified files into PostgreSQL, names corrupt files and documents still without content, and can run again', async () => {
    await oldDocumentRow(png);
    await oldDocumentRow(lost);
    // As the migration leaves the key on a database that already had documents: not validated yet.
    await database.dataSource.query(`ALTER TABLE evidence_document DROP CONSTRAINT evidence_document_content_fkey`);
    await database.dataSource.query(`ALTER TABLE evidence_document ADD CONSTRAINT evidence_document_content_fkey FOREIGN KEY (sha256) REFERENCES document_content(sha256) NOT VALID`);
    put(png, TINY_PNG);
    put(sha256Of(TINY_PDF), Buffer.concat([TINY_PDF, Buffer.from('bit rot')]));
    writeFileSync(path.join(folder, png.slice(0, 2), `${png}.123.tmp`), 'half an upload');

    const first = await importDocumentFiles(database.dataSource, folder);
    expect(first).toEqual({ imported: 1, alreadyStored: 0, corrupt: [path.join(folder, sha256Of(TINY_PDF).slice(0, 2), sha256Of(TINY_PDF))], missing: [lost] });
    expect((await getDocumentContent(database.dataSource.manager, png)).equals(TINY_PNG)).toBe(true);
    expect(await keyValidated()).toBe(false);

    await database.dataSource.query(`DELETE FROM evidence_document WHERE sha256 = $1`, [lost]);
    expect(await importDocumentFiles(database.dataSource, folder)).toMatchObject({ imported: 0, alreadyStored: 1, missing: [] });
    expect(await keyValidated()).toBe(true);
  });
});
