import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { putDocumentContent, sha256Of } from './document-store';

export interface DocumentImportReport {
  /** Files copied into `document_content`. */
  imported: number;
  /** Files whose content was there already (an earlier run, or the same file uploaded again). */
  alreadyStored: number;
  /** Files whose bytes no longer match their name (the SHA-256): left out. */
  corrupt: string[];
  /** Checksums that documents refer to and that still have no content after the import. */
  missing: string[];
}

const KEY = /^[0-9a-f]{64}$/;

/**
 * One-off move of documents kept on disk before issue 9 (the old `DOCUMENTS_DIR`, laid out as
 * `ab/ab12…` by SHA-256) into PostgreSQL. Safe to run again; leaves the files where they are. When
 * every document then has its content, the foreign key from `evidence_document` is validated.
 */
export async function importDocumentFiles(dataSource: DataSource, folder: string): Promise<DocumentImportReport> {
  const report: DocumentImportReport = { imported: 0, alreadyStored: 0, corrupt: [], missing: [] };
  for (const prefix of (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))) {
    for (const name of await readdir(path.join(folder, prefix.name))) {
      // Anything else there (an interrupted upload's `.tmp`) was never a document.
      if (!KEY.test(name) || !name.startsWith(prefix.name)) continue;
      const file = path.join(folder, prefix.name, name);
      const content = await readFile(file);
      if (sha256Of(content) !== name) {
        report.corrupt.push(file);
        continue;
      }
      const [present] = (await dataSource.query(`SELECT 1 FROM document_content WHERE sha256 = $1`, [name])) as unknown[];
      if (present) {
        report.alreadyStored += 1;
      } else {
        await putDocumentContent(dataSource.manager, content);
        report.imported += 1;
      }
    }
  }
  const missing = (await dataSource.query(
    `SELECT DISTINCT d.sha256 FROM evidence_document d WHERE NOT EXISTS (SELECT 1 FROM document_content c WHERE c.sha256 = d.sha256) ORDER BY 1`,
  )) as { sha256: string }[];
  report.missing = missing.map((row) => row.sha256);
  if (report.missing.length === 0) await dataSource.query(`ALTER TABLE evidence_document VALIDATE CONSTRAINT evidence_document_content_fkey`);
  return report;
}
