import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian (and the PostgreSQL project's Debian packages) put each major version's client programs. */
const DEBIAN_POSTGRESQL = '/usr/lib/postgresql';

export interface PgTool {
  path: string;
  major: number;
}

/**
 * The `pg_dump` or `pg_restore` to use for a server of major version `serverMajor`: it must be of that
 * version or newer (pg_dump refuses newer servers; an archive is read by its own version or newer).
 * Looks at Debian's `/usr/lib/postgresql/<major>/bin` and then the `PATH`, and takes the newest.
 */
export async function findPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<PgTool> {
  const candidates = [
    ...(existsSync(DEBIAN_POSTGRESQL) ? readdirSync(DEBIAN_POSTGRESQL).map((major) => path.join(DEBIAN_POSTGRESQL, major, 'bin', name)) : []),
    name,
  ];
  const found: PgTool[] = [];
  for (const candidate of candidates) {
    try {
      const { stdout } = await run(candidate, ['--version']);
      const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
      if (major) found.push({ path: candidate, major });
    } catch {
      // not installed there
    }
  }
  const usable = found.filter((tool) => tool.major >= serverMajor).sort((a, b) => b.major - a.major);
  if (usable[0]) return usable[0];
  const seen = found.length ? `found only ${found.map((tool) => `${tool.major} (${tool.path})`).join(', ')}` : 'found none';
  throw new Error(
    `${name} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server; ${seen}. ` +
      `Install the client programs of that version, e.g. Debian's postgresql-client-${serverMajor} ` +
      `(for versions Debian does not ship: the PostgreSQL project's apt repository).`,
  );
}

/** The server's major version (e.g. 15). */
export async function serverMajorOf(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version_num') AS version`);
    return Math.floor(Number(rows[0]!.version) / 10_000);
  } finally {
    await client.end();
  }
}

/** The URL without its password (it goes to libpq as PGPASSWORD, so it never shows in a process list). */
function connectionFor(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** `backups/srpo-2026-11-29T21-40-05Z.dump`: sorts by time, no characters a shell or Windows dislikes. */
export function defaultBackupFile(directory: string, now = new Date()): string {
  return path.join(directory, `srpo-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.dump`);
}

/**
 * `pg_dump --format=custom` of the whole database (documents included: they live in it) into `file`,
 * written under a temporary name first so a failed backup never looks like a finished one.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<{ file: string; bytes: number; pgDump: PgTool }> {
  const pgDump = await findPgTool('pg_dump', await serverMajorOf(databaseUrl));
  const { dbname, env } = connectionFor(databaseUrl);
  const partial = `${file}.partial`;
  try {
    await run(pgDump.path, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size, pgDump };
}

/** Tables, views and sequences outside PostgreSQL's own schemas: what makes a database not empty. */
export async function relationsIn(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`
      SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`);
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

export class RestoreRefused extends Error {}

/**
 * `pg_restore` of a backup into the database in `databaseUrl`, in one transaction (all or nothing).
 * Only into an empty database, unless `force`: then what the backup holds replaces what is there.
 * Objects become the connecting user's (`--no-owner`), the user the API connects as.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { force?: boolean } = {}): Promise<{ pgRestore: PgTool }> {
  if (!existsSync(file)) throw new RestoreRefused(`No backup at ${file}.`);
  const relations = await relationsIn(databaseUrl);
  if (relations > 0 && !options.force) {
    throw new RestoreRefused(
      `The target database is not empty (${relations} tables, views or sequences). Restore into a new, empty database ` +
        `(e.g. createdb srpo_restored), or pass --force to replace what it holds with the backup.`,
    );
  }
  const pgRestore = await findPgTool('pg_restore', await serverMajorOf(databaseUrl));
  const { dbname, env } = connectionFor(databaseUrl);
  await run(
    pgRestore.path,
    ['--single-transaction', '--exit-on-error', '--no-owner', ...(relations > 0 ? ['--clean', '--if-exists'] : []), `--dbname=${dbname}`, file],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  return { pgRestore };
}
