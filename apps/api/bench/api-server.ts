import pg from 'pg';
import type { TestServerOptions } from '../src/testing/test-server';

/**
 * The API under load, in its own process (as in production): the real HTTP GraphQL server of the
 * tests (`startTestServer`) over a pool of `BENCH_POOL_SIZE` connections (10). Counts every SQL statement sent (all go
 * through `pg.Client#query`, TypeORM's too) and answers `stats` messages with that count and its RSS.
 */
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

/** A load test from one address must not be throttled: rate limits off (query limits stay on). */
const benchServerOptions: TestServerOptions = { rateLimits: false };

const { createDataSource } = await import('../src/database/data-source');
const { startTestServer } = await import('../src/testing/test-server');

const dataSource = createDataSource(process.env.BENCH_DATABASE_URL!, { poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10) });
await dataSource.initialize();
const server = await startTestServer(dataSource, benchServerOptions);

process.on('message', (message: string) => {
  if (message === 'stats') process.send!({ statements, rss: process.memoryUsage().rss, cpu: process.cpuUsage() });
  if (message === 'stop') {
    void server.stop().then(async () => {
      await dataSource.destroy();
      process.exit(0);
    });
  }
});
process.send!({ url: server.url });
