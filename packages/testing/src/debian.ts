import { execFileSync } from 'node:child_process';

/**
 * Makes sure a Debian package is installed, judged by `isPresent`. As root it runs `apt-get install`;
 * otherwise it stops with what to run. Tests that need it never skip silently.
 */
export function ensureDebianPackage(pkg: string, isPresent: () => boolean, what: string): void {
  if (isPresent()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) throw new Error(`${what}, but it is missing: run \`sudo apt-get install -y ${pkg}\` (Debian/Ubuntu).`);
  console.log(`[testing] missing: installing Debian package "${pkg}"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env });
  if (!isPresent()) throw new Error(`apt-get installed ${pkg}, but it is still not usable (${what}).`);
}
