import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Uploaded documents' bytes, in PostgreSQL (`document_content`), content-addressed by SHA-256: every
 * API instance serves them, one backup holds them, the same upload is stored once, and a document can
 * be verified at any time. `put` runs in the caller's transaction, so a document row and its bytes
 * are stored together or not at all.
 */
export async function putDocumentContent(manager: EntityManager, content: Buffer): Promise<string> {
  const sha256 = sha256Of(content);
  await manager.query(
    `INSERT INTO document_content (sha256, content, size_bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
    [sha256, content, content.length],
  );
  return sha256;
}

/** The bytes of a stored document; throws when they are missing or no longer match their checksum. */
export async function getDocumentContent(manager: EntityManager, sha256: string): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid document key');
  const [row] = (await manager.query(`SELECT content FROM document_content WHERE sha256 = $1`, [sha256])) as { content: Buffer }[];
  // Rows from before issue 9 point to files on disk until `documents:import` has copied them in.
  if (!row) throw new Error(`Document ${sha256} has no content in document_content (run documents:import for files kept on disk)`);
  if (sha256Of(row.content) !== sha256) throw new Error(`Document ${sha256} is corrupt`);
  return row.content;
}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
