import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDebianPackage } from './debian';

const DEBIAN_POSTGRESQL = '/usr/lib/postgresql';

export interface DebianPostgres {
  /** Major version of the server (Debian 12: 15). */
  major: number;
  /** Connection URL of its maintenance database `postgres` (user `srpo`, trust on loopback). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

function newestServerMajor(): number | undefined {
  if (!existsSync(DEBIAN_POSTGRESQL)) return undefined;
  const majors = readdirSync(DEBIAN_POSTGRESQL)
    .filter((major) => existsSync(path.join(DEBIAN_POSTGRESQL, major, 'bin', 'postgres')))
    .map(Number)
    .sort((a, b) => b - a);
  return majors[0];
}

/**
 * A throwaway PostgreSQL server from Debian's `postgresql` package (installed when missing, as root),
 * in a temporary folder on `port`: for tests that need the server version Debian's client programs
 * (pg_dump, pg_restore) support, which the embedded server's newer version is not. As root the
 * server runs as the package's `postgres` user, since PostgreSQL refuses to run as root.
 */
export async function startDebianPostgres(port: number): Promise<DebianPostgres> {
  ensureDebianPackage('postgresql', () => newestServerMajor() !== undefined, `A PostgreSQL server from Debian (${DEBIAN_POSTGRESQL}/<version>/bin/postgres) is needed`);
  const major = newestServerMajor()!;
  const bin = path.join(DEBIAN_POSTGRESQL, String(major), 'bin');
  const folder = mkdtempSync(path.join(tmpdir(), 'srpo-debian-pg-'));
  chmodSync(folder, 0o755);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const user = isRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
  if (isRoot) chownSync(folder, user.uid!, user.gid!);
  const dataDir = path.join(folder, 'data');
  const pgCtl = (...args: string[]) => execFileSync(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args], { ...user, cwd: folder, stdio: 'pipe' });
  execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'srpo', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], { ...user, cwd: folder, stdio: 'pipe' });
  pgCtl('-l', path.join(folder, 'server.log'), '-w', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start');
  const urlFor = (database: string) => `postgres://srpo@127.0.0.1:${port}/${database}`;
  return {
    major,
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      pgCtl('-m', 'fast', '-w', 'stop');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
