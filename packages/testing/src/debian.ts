import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure a Debian package is installed, judged by a file it brings. As root it runs apt-get;
 * otherwise it stops with what to run: tests that need it never skip.
 */
export function ensureDebianPackage(pkg: string, probe: string): void {
  if (existsSync(probe)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) throw new Error(`${probe} not found. These tests need Debian's ${pkg}: run \`sudo apt-get install -y ${pkg}\`.`);
  console.log(`[testing] ${probe} missing: installing Debian package "${pkg}"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (!existsSync(probe)) throw new Error(`apt-get installed ${pkg}, but ${probe} is still missing.`);
}
