import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../testing/free-port';
import { StartupError } from '../../startup-error';
import { explainFailure, preflightProblems, startEmbeddedPostgres, unreachableFolder, type FolderStat, type OsUser } from '../embedded-postgres';

const POSTGRES: OsUser = { name: 'postgres', uid: 999, gids: [999] };
const ROOT_HOME_CLONE: Record<string, { mode: number; uid: number; gid: number }> = {
  '/root': { mode: 0o40700, uid: 0, gid: 0 },
  '/root/srpo': { mode: 0o40755, uid: 0, gid: 0 },
  '/root/srpo/node_modules': { mode: 0o40755, uid: 0, gid: 0 },
  '/srv': { mode: 0o40755, uid: 0, gid: 0 },
  '/srv/shared': { mode: 0o40750, uid: 0, gid: 999 },
};
const fakeStat: FolderStat = (folder) => ROOT_HOME_CLONE[folder] ?? null;
const plentyOfSpace = () => 10 * 1024 ** 3;

/** The problems of a start that is refused. */
async function refusal(start: Promise<unknown>): Promise<readonly string[]> {
  const error = await start.then(
    () => new Error('it started'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StartupError);
  expect((error as StartupError).heading).toBe('The embedded PostgreSQL cannot start:');
  return (error as StartupError).problems;
}

describe('the embedded PostgreSQL says what to do when it cannot start', () => {
  it('finds the first folder its user cannot enter, as owner, group member or other', () => {
    expect(unreachableFolder('/root/srpo/node_modules/bin', POSTGRES, fakeStat)).toBe('/root');
    expect(unreachableFolder('/root/srpo', { name: 'root', uid: 0, gids: [0] }, fakeStat)).toBeNull();
    expect(unreachableFolder('/srv/shared/postgres', POSTGRES, fakeStat)).toBeNull();
    expect(unreachableFolder('/srv/shared/postgres', { name: 'postgres', uid: null, gids: [] }, fakeStat)).toBe('/srv/shared');
  });

  it('explains a clone in root\'s home: the programs cannot be reached, whatever EMBEDDED_PG_DIR says', () => {
    const problems = preflightProblems({ dataDir: '/root/srpo/apps/api/.data/postgres', binaries: '/root/srpo/node_modules/bin', user: POSTGRES }, fakeStat, plentyOfSpace);
    expect(problems).toEqual([
      'PostgreSQL runs as the system user "postgres" (it refuses to run as root), which cannot enter /root on the way to its programs in /root/srpo/node_modules/bin. ' +
        'Clone the repository into a folder other users can enter (e.g. under /srv or /opt), or allow it with `chmod o+x /root`, or set DATABASE_URL to use your own PostgreSQL.',
    ]);
    expect(preflightProblems({ dataDir: '/root/postgres', binaries: '/srv/shared/bin', user: POSTGRES }, fakeStat, plentyOfSpace)).toEqual([
      expect.stringMatching(/^PostgreSQL runs as .* cannot enter \/root on the way to its data folder \/root\/postgres\. Set EMBEDDED_PG_DIR to a folder other users can enter/),
    ]);
  });

  it('explains a full disk, before starting and from PostgreSQL\'s own words', () => {
    expect(preflightProblems({ dataDir: '/srv/shared/postgres', binaries: '/srv/shared/bin', user: POSTGRES }, fakeStat, () => 20 * 1024 ** 2)).toEqual([
      'only 20 MB are free on the disk of /srv/shared; the embedded PostgreSQL needs at least 100 MB. Free space there, set EMBEDDED_PG_DIR to a folder on a disk with room, or set DATABASE_URL to use your own PostgreSQL.',
    ]);
    expect(explainFailure('PANIC:  could not write to file "pg_wal/xlogtemp.123": No space left on device', { dataDir: '/srv/pg', port: 5 })).toMatch(
      /^the disk of \/srv\/pg is full\. Free space there, set EMBEDDED_PG_DIR/,
    );
  });

  it('checks the real file system: a 0700 folder keeps other users out', () => {
    const locked = mkdtempSync(path.join(tmpdir(), 'srpo-locked-'));
    try {
      mkdirSync(path.join(locked, 'clone'));
      chmodSync(locked, 0o700);
      expect(unreachableFolder(path.join(locked, 'clone', 'postgres'), { name: 'stranger', uid: 4_242_424, gids: [4_242_424] })).toBe(locked);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  if (process.getuid?.() === 0) {
    it('as root, refuses a data folder inside a 0700 folder before spawning anything', async () => {
      const locked = mkdtempSync(path.join(tmpdir(), 'srpo-locked-'));
      try {
        const dataDir = path.join(locked, 'postgres');
        const problems = await refusal(startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true }));
        expect(problems).toEqual([expect.stringContaining(`cannot enter ${locked} on the way to its data folder ${dataDir}. Set EMBEDDED_PG_DIR`)]);
        expect(existsSync(dataDir)).toBe(false);
      } finally {
        rmSync(locked, { recursive: true, force: true });
      }
    });
  }

  describe('with its port taken', () => {
    let folder: string;
    let squatter: Server;
    let port: number;
    beforeAll(async () => {
      folder = mkdtempSync(path.join(tmpdir(), 'srpo-port-'));
      // PostgreSQL runs as its own user when we are root: it must be able to enter the folder.
      chmodSync(folder, 0o755);
      port = await freePort();
      squatter = createServer();
      await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => squatter.close(resolve));
      rmSync(folder, { recursive: true, force: true });
    });

    it('says the port is in use and how to choose another', async () => {
      const problems = await refusal(startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port, persistent: true }));
      expect(problems).toEqual([
        `port ${port} is already in use (is \`npm start\` running already?). Stop what uses it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
      ]);
    });
  });
});
