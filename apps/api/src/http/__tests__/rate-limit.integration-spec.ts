import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../modules/accounts/role';
import { signedInClient, type TestClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer } from '../../testing/test-server';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** Ten points: a list of themes (unpaged estimate 10 × one object). */
const THEMES = '{ themes { code } }';
const BUDGET = { windowSeconds: 60, anonymousPoints: 100, apiKeyPoints: 1_000, accountPoints: 200 };

/** POSTs a query as if from `clientIp` behind a proxy (only believed when the server trusts the proxy). */
async function post(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requested: number; quota: { limit: number; remaining: number; resetInSeconds: number } | null } };
  };
  return { status: response.status, headers: response.headers, ...body };
}

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('rate limits: cost-based, per caller, shared by all API instances', () => {
  let database: TestDatabase;
  let behindProxy: TestServer;
  let otherInstance: TestServer;
  let direct: TestServer;
  let account: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Two instances that trust the local proxy (the tests' X-Forwarded-For), one that trusts nobody.
    behindProxy = await startTestServer(database.dataSource, { rateLimits: BUDGET, trustedProxies: ['loopback'] });
    otherInstance = await startTestServer(database.dataSource, { rateLimits: BUDGET, trustedProxies: ['loopback'] });
    direct = await startTestServer(database.dataSource, { rateLimits: BUDGET });
    // Signed in before the tests spend 127.0.0.1's anonymous budget (login is an anonymous request).
    account = await signedInClient(database.dataSource, otherInstance.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await behindProxy?.stop();
    await otherInstance?.stop();
    await direct?.stop();
    await database?.drop();
  });

  it('charges each request its cost, reports it, and answers 429 with RATE_LIMITED and the headers once the budget is spent', async () => {
    const client = from('203.0.113.1');
    for (let request = 1; request <= 10; request += 1) {
      const response = await post(behindProxy, THEMES, client);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('100');
      expect(response.headers.get('ratelimit-remaining')).toBe(String(100 - request * 10));
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      expect(response.extensions?.cost).toMatchObject({ requested: 10, quota: { limit: 100, remaining: 100 - request * 10 } });
    }

    const refused = await post(behindProxy, THEMES, client);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.message).toMatch(/^Te veel verzoeken/);
    expect(refused.errors?.[0]?.extensions).not.toHaveProperty('http');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-limit')).toBe('100');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    // The budget is exactly spent, so this instance refuses before even reading the query: no cost.
    expect(refused.extensions).toBeUndefined();

    // Another client is not affected.
    expect((await post(behindProxy, THEMES, from('203.0.113.2'))).status).toBe(200);
  });

  it('refuses a request that costs more than is left, while a cheaper one still fits', async () => {
    const client = from('203.0.113.3');
    // 9 × 10 points leaves 10: a 50-point request does not fit.
    for (let request = 0; request < 9; request += 1) expect((await post(behindProxy, THEMES, client)).status).toBe(200);
    const expensive = await post(behindProxy, '{ a: themes { code } b: themes { code } c: themes { code } d: themes { code } e: themes { code } }', client);
    expect(expensive.status).toBe(429);
    expect(expensive.extensions?.cost).toMatchObject({ requested: 50, quota: { remaining: 10 } });
    expect(expensive.headers.get('ratelimit-remaining')).toBe('10');
    expect((await post(behindProxy, THEMES, client)).status).toBe(200);
    expect((await post(behindProxy, THEMES, client)).status).toBe(429);
  });

  it('shares one budget between two API instances on one database', async () => {
    const client = from('203.0.113.10');
    for (let request = 0; request < 5; request += 1) expect((await post(behindProxy, THEMES, client)).status).toBe(200);
    const onOther = await post(otherInstance, THEMES, client);
    expect(onOther.status).toBe(200);
    expect(onOther.headers.get('ratelimit-remaining')).toBe('40');
    for (let request = 0; request < 4; request += 1) expect((await post(otherInstance, THEMES, client)).status).toBe(200);
    expect((await post(behindProxy, THEMES, client)).status).toBe(429);
    expect((await post(otherInstance, THEMES, client)).status).toBe(429);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    // The direct instance trusts no proxy: every "client" below is the socket's 127.0.0.1, one budget
    // of 100 points, so ten different forwarded addresses cannot all get through.
    const statuses: number[] = [];
    for (let request = 0; request < 11; request += 1) {
      statuses.push((await post(direct, THEMES, from(`198.51.100.${request}`))).status);
    }
    expect(statuses).toContain(429);

    // Behind the trusted proxy, those addresses are separate callers with their own budgets.
    for (let request = 0; request < 11; request += 1) {
      const response = await post(behindProxy, THEMES, from(`198.51.100.${request}`));
      expect(response.headers.get('ratelimit-remaining')).toBe('90');
    }
  });

  it('charges a query that does not parse one point, and refuses an exhausted caller before reading its query', async () => {
    const client = from('203.0.113.30');
    const malformed = await post(behindProxy, '{ themes { code ', client);
    expect(malformed.status).toBe(400);
    expect((await post(behindProxy, THEMES, client)).headers.get('ratelimit-remaining')).toBe('89');
    for (let request = 0; request < 8; request += 1) expect((await post(behindProxy, THEMES, client)).status).toBe(200);
    // 9 points left: nine malformed queries spend them.
    for (let request = 0; request < 9; request += 1) expect((await post(behindProxy, '{ themes { code ', client)).status).toBe(400);
    const early = await post(behindProxy, '{ themes { code ', client);
    expect(early.status).toBe(429);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(behindProxy, THEMES, client)).status).toBe(429);
  });

  it('charges the file routes to the client IP as well', async () => {
    const client = from('203.0.113.20');
    for (let request = 1; request <= 10; request += 1) {
      const response = await fetch(`${behindProxy.url}/letters/00000000-0000-0000-0000-000000000000.pdf`, { headers: client });
      expect(response.status).not.toBe(429);
      expect(response.headers.get('ratelimit-remaining')).toBe(String(100 - request * 10));
    }
    const refused = await fetch(`${behindProxy.url}/letters/00000000-0000-0000-0000-000000000000.pdf`, { headers: client });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.errors[0]?.extensions).not.toHaveProperty('http');
  });

  it('gives a signed-in account its own budget, apart from its IP address', async () => {
    const response = await fetch(`${otherInstance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: account.cookie, ...from('203.0.113.10') },
      body: JSON.stringify({ query: THEMES }),
    });
    // 203.0.113.10 spent its anonymous budget above; the account has 200 points of its own.
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBe('200');
    // Login cost the IP 11 points; the account's own budget is untouched by it.
    expect(response.headers.get('ratelimit-remaining')).toBe('190');
  });

  it('does not limit when turned off (benchmarks), and still reports the cost', async () => {
    const unlimited = await startTestServer(database.dataSource, { rateLimits: false });
    try {
      for (let request = 0; request < 12; request += 1) {
        const response = await post(unlimited, THEMES);
        expect(response.status).toBe(200);
        expect(response.headers.get('ratelimit-limit')).toBeNull();
        expect(response.extensions?.cost).toEqual({ requested: 10, limit: 5_000, quota: null });
      }
    } finally {
      await unlimited.stop();
    }
  });
});
