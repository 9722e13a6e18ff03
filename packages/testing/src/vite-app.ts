import { existsSync } from 'node:fs';
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
 * Builds an app once for the browser tests (a vitest globalSetup calls this before any test file starts), at the root
 * of its own origin like the dev server. A built app loads in a handful of requests where the dev server answers
 * hundreds of module requests per page load, which made the browser tests the slowest part of CI.
 */
export async function buildAppForTests(appRoot: string): Promise<void> {
  if (process.env.E2E_DEV_SERVER === '1') return;
  await build({ root: appRoot, configFile: path.join(appRoot, 'vite.config.ts'), base: '/', logLevel: 'warn', build: { outDir: testBuildDir(appRoot), emptyOutDir: true } });
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
