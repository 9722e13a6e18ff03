import { Agent, request } from 'node:http';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/start-test-api';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

type Outcome = { kind: 'answered'; status: number; connectionClose: boolean; afterSigterm: boolean } | { kind: 'refused' } | { kind: 'reset'; code: string };

const BODY = JSON.stringify({ query: '{ themes { code name } }' });

/** One POST on the keep-alive agent; `slowBody` sends half the body, waits, then the rest (a request in flight). */
function post(url: URL, agent: Agent, isAfterSigterm: () => boolean, slowBody?: Promise<void>): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ kind: 'answered', status: res.statusCode ?? 0, connectionClose: res.headers.connection === 'close', afterSigterm: isAfterSigterm() }),
        );
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'reset', code: error.code ?? error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'reset', code: error.code ?? error.message }));
    if (!slowBody) {
      req.end(BODY);
      return;
    }
    req.write(BODY.slice(0, 10));
    void slowBody.then(() => req.end(BODY.slice(10)));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startTestApi({ databaseUrl: (database.dataSource.options as PostgresConnectionOptions).url! });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers requests in flight and on open keep-alive connections, then closes them cleanly: no resets', { timeout: 60_000 }, async () => {
    const url = new URL(api.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    let sigtermSent = false;
    const afterSigterm = () => sigtermSent;
    const outcomes: Outcome[] = [];

    // Six clients on six keep-alive connections, each asking again as soon as it is answered.
    const warmedUp: Promise<void>[] = [];
    const clients = Array.from({ length: 6 }, (_, index) => {
      let warm!: () => void;
      warmedUp.push(new Promise<void>((resolve) => (warm = resolve)));
      return (async () => {
        for (let round = 0; round < 2000; round += 1) {
          const outcome = await post(url, agent, afterSigterm);
          outcomes.push(outcome);
          if (round === 3) warm();
          if (outcome.kind !== 'answered') return;
        }
        throw new Error(`client ${index} was still answered after 2000 requests`);
      })();
    });
    await Promise.all(warmedUp);

    // One more request whose body is only half sent when SIGTERM arrives.
    let sendRest!: () => void;
    const inFlight = post(url, new Agent({ keepAlive: true }), afterSigterm, new Promise<void>((resolve) => (sendRest = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));

    sigtermSent = true;
    const stopped = api.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    sendRest();

    await Promise.all(clients);
    const slow = await inFlight;
    await stopped;
    agent.destroy();

    expect(outcomes.filter((outcome) => outcome.kind === 'reset')).toEqual([]);
    expect(slow).toEqual({ kind: 'answered', status: 200, connectionClose: true, afterSigterm: true });
    const answeredAfter = outcomes.filter((outcome) => outcome.kind === 'answered' && outcome.afterSigterm);
    // Requests on the open keep-alive connections after SIGTERM were answered, told that the connection closes.
    expect(answeredAfter.length).toBeGreaterThan(0);
    expect(answeredAfter.every((outcome) => outcome.kind === 'answered' && outcome.status === 200)).toBe(true);
    // Each client ended on a refused new connection (never sent), not on a broken one.
    expect(outcomes.filter((outcome) => outcome.kind === 'refused')).toHaveLength(6);
  });
});
