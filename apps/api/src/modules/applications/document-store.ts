import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Uploaded documents live outside the database rows, in a content-addressed folder: the file name is
 * the SHA-256 of its bytes, so a file can be verified at any time and the same upload is stored once.
 */
export class DocumentStore {
  constructor(private readonly root: string) {}

  async put(content: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
    return sha256;
  }

  /** The bytes of a stored document; throws when they no longer match their checksum. */
  async get(sha256: string): Promise<Buffer> {
    const content = await readFile(this.pathOf(sha256));
    if (createHash('sha256').update(content).digest('hex') !== sha256) throw new Error(`Document ${sha256} is corrupt`);
    return content;
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid document key');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}
