import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, createServer, preview } from 'vite';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** Where the browser tests' build of an app goes (git-ignored with node_modules). */
function testBuildDir(appRoot: string): string {
  return path.join(appRoot, 'node_modules', '.e2e-build');
}

/**
 * A digest of what a build of the app is made from: its own files, the workspace packages' sources and the lockfile
 * (not what node_modules holds beyond that).
 */
function buildInputsDigest(appRoot: string): string {
  const hash = createHash('sha256');
  const add = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules') continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) add(file);
      else if (entry.isFile()) hash.update(`${file}\0`).update(readFileSync(file));
    }
  };
  const repoRoot = path.resolve(appRoot, '../..');
  add(appRoot);
  add(path.join(repoRoot, 'packages'));
  hash.update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  return hash.digest('hex');
}

/**
 * Builds an app once for the browser tests (a vitest globalSetup calls this before any test file starts), at the root
 * of its own origin like the dev server. A built app loads in a handful of requests where the dev server answers
 * hundreds of module requests per page load, which made the browser tests the slowest part of CI. A build of the same
 * inputs is reused (the portal's tests build the register too, and the register's own tests follow in the same run).
 */
export async function buildAppForTests(appRoot: string): Promise<void> {
  if (process.env.E2E_DEV_SERVER === '1') return;
  const outDir = testBuildDir(appRoot);
  const digestFile = `${outDir}.digest`;
  const digest = buildInputsDigest(appRoot);
  if (existsSync(path.join(outDir, 'index.html')) && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) return;
  rmSync(digestFile, { force: true });
  await build({ root: appRoot, configFile: path.join(appRoot, 'vite.config.ts'), base: '/', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  writeFileSync(digestFile, digest);
}

/**
 * Serves an app on a free port with /graphql, /health and the API's file routes proxied to the given API (its
 * vite.config.ts's proxy): the build of {@link buildAppForTests} through Vite's preview server, or with
 * E2E_DEV_SERVER=1 (or no build) the dev server.
 */
export async function startViteApp(appRoot: string, apiUrl: string): Promise<RunningApp> {
  process.env.API_URL = apiUrl; // read by the app's vite.config.ts for its proxy
  const configFile = path.join(appRoot, 'vite.config.ts');
  const listen = { host: '127.0.0.1', port: 0, strictPort: false };
  if (process.env.E2E_DEV_SERVER !== '1' && existsSync(path.join(testBuildDir(appRoot), 'index.html'))) {
    const server = await preview({ root: appRoot, configFile, base: '/', logLevel: 'warn', build: { outDir: testBuildDir(appRoot) }, preview: listen });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('Vite preview did not report a local URL.');
    return { url: url.replace(/\/$/, ''), close: () => server.close() };
  }
  const server = await createServer({ root: appRoot, configFile, logLevel: 'warn', server: listen });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not report a local URL.');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
