import path from 'node:path';
import { createServer } from 'vite';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts an app's Vite dev server (its own vite.config.ts) on a free port, with /graphql and /health
 * proxied to the given API.
 */
export async function startViteApp(appRoot: string, apiUrl: string): Promise<RunningApp> {
  process.env.API_URL = apiUrl; // read by the app's vite.config.ts for its proxy
  const server = await createServer({
    root: appRoot,
    configFile: path.join(appRoot, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not report a local URL.');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
