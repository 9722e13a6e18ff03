import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDebianPackage } from './debian';

/** Debian 12's PostgreSQL: the version the production setup (deploy/) and Debian's pg_dump are. */
const MAJOR = 15;
const BIN = `/usr/lib/postgresql/${MAJOR}/bin`;

export interface DebianPostgres {
  major: number;
  /** The maintenance database `postgres`, as the cluster's superuser `srpo` (password, scram-sha-256). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): void;
}

/**
 * A PostgreSQL cluster of Debian's server binaries (package `postgresql`, installed when missing) in
 * `dir` (which its user must be able to enter) on `port`, run as the `postgres` user when the test
 * runs as root (PostgreSQL refuses root). For tests of what a server runs: the deployment test, and
 * backup/restore (Debian's pg_dump refuses the newer embedded server).
 */
export function startDebianPostgres(dir: string, port: number): DebianPostgres {
  ensureDebianPackage('postgresql', `${BIN}/postgres`);
  const dataDir = path.join(dir, 'postgres');
  const password = 'test-cluster-password';
  mkdirSync(dataDir, { mode: 0o700 });
  const passwordFile = path.join(dir, 'postgres.pw');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  let asPostgres: string[] = [];
  if (process.getuid?.() === 0) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    chownSync(dataDir, uid!, gid!);
    chownSync(passwordFile, uid!, gid!);
    asPostgres = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (command: string, args: string[]) => {
    const [file, ...rest] = [...asPostgres, command, ...args];
    execFileSync(file!, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  run(`${BIN}/initdb`, ['-D', dataDir, '-U', 'srpo', `--pwfile=${passwordFile}`, '--auth-local=peer', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(`${BIN}/pg_ctl`, ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`, 'start']);
  const urlFor = (database: string) => `postgres://srpo:${password}@127.0.0.1:${port}/${database}`;
  return {
    major: MAJOR,
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => run(`${BIN}/pg_ctl`, ['-D', dataDir, '-m', 'immediate', 'stop']),
  };
}
