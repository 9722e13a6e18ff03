import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../modules/accounts/role';
import { SCHEMA_FILE } from '../../schema/schema-file';
import { signedInClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer } from '../../testing/test-server';
import { API_HEADERS, HSTS_VALUE } from '../security-headers';

type LogLine = Record<string, unknown> & { msg?: string; requestId?: string };

describe('operations: security headers, SDL, introspection, request ids, metrics, readiness', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const logLines: LogLine[] = [];
  let jobQueueUp = true;

  beforeAll(async () => {
    database = await createTestDatabase();
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as LogLine) });
    server = await startTestServer(database.dataSource, {
      logger,
      // As in production: anonymous callers may not introspect.
      introspectionForAnonymous: false,
      trustedProxies: ['loopback'],
      readinessChecks: {
        jobQueue: async () => {
          if (!jobQueueUp) throw new Error('pg-boss stopped');
        },
      },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  function expectApiHeaders(response: Response) {
    for (const [name, value] of Object.entries(API_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }

  it('sends the API security headers on GraphQL, health, SDL, file routes, 404s and errors', async () => {
    const responses = [
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ themes { code } }"}' }),
      await fetch(`${server.url}/health/live`),
      await fetch(`${server.url}/health/ready`),
      await fetch(`${server.url}/schema.graphql`),
      await fetch(`${server.url}/documents/00000000-0000-0000-0000-000000000000`),
      await fetch(`${server.url}/no/such/route`),
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 401, 404, 400]);
    for (const response of responses) expectApiHeaders(response);
    expect(API_HEADERS['Content-Security-Policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(API_HEADERS['X-Frame-Options']).toBe('DENY');
    // Plain HTTP: no HSTS. Over TLS at a trusted proxy (X-Forwarded-Proto: https): HSTS.
    expect(responses[0]!.headers.get('strict-transport-security')).toBeNull();
    const viaTls = await fetch(`${server.url}/health/live`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
  });

  it('publishes the checked-in SDL at /schema.graphql, cacheable', async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await response.text()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('refuses introspection to anonymous callers in production (pointing to the SDL) and allows it signed in', async () => {
    const anonymous = await server.graphql('{ __schema { queryType { name } } }');
    expect(anonymous.status).toBe(403);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED', schema: '/schema.graphql' });
    expect(anonymous.errors?.[0]?.message).toMatch(/Introspectie.*\/schema\.graphql/);
    const viaFragment = await server.graphql('query { ...T } fragment T on Query { __type(name: "Theme") { name } }');
    expect(viaFragment.errors?.[0]?.extensions?.reason).toBe('INTROSPECTION_DISABLED');
    // __typename is not introspection of the schema.
    expect((await server.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const signedIn = await staff.request<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.__schema.queryType.name).toBe('Query');
  });

  it('puts the request id in the response header, in every log line of the request, and in an internal error', async () => {
    logLines.length = 0;
    await database.dataSource.query('ALTER TABLE theme RENAME TO theme_away');
    let response: Response;
    try {
      response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ themes { code } }"}' });
    } finally {
      await database.dataSource.query('ALTER TABLE theme_away RENAME TO theme');
    }
    const requestId = response.headers.get('x-request-id')!;
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    const errorLine = logLines.find((line) => line.msg === 'unexpected error in GraphQL operation');
    expect(errorLine?.requestId).toBe(requestId);
    const completed = logLines.find((line) => line.msg === 'request completed');
    expect(completed?.requestId).toBe(requestId);
  });

  it("takes over a trusted proxy's X-Request-Id and ignores a malformed one", async () => {
    const fromProxy = await fetch(`${server.url}/health/live`, { headers: { 'x-request-id': 'nginx-4f2a9c' } });
    expect(fromProxy.headers.get('x-request-id')).toBe('nginx-4f2a9c');
    const injected = await fetch(`${server.url}/health/live`, { headers: { 'x-request-id': 'a b\u00e9' } });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers /metrics with requests per route, operations, errors per code, pool, outbox and process series', async () => {
    await server.graphql('query ThemeList { themes { code } }');
    await server.graphql('{ themes { code } }');
    await server.graphql('{ themes { nope } }');
    for (let index = 0; index < 200; index += 1) await server.graphql(`query Stranger${index} { __typename }`);
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/srpo_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/srpo_http_request_duration_seconds_count\{method="GET",route="\/documents\/:id",status="401"\} 1/);
    expect(text).toMatch(/srpo_graphql_operation_duration_seconds_count\{operation="ThemeList",type="query"\} 1/);
    expect(text).toMatch(/srpo_graphql_operation_duration_seconds_count\{operation="anonymous",type="query"\} \d+/);
    expect(text).toMatch(/srpo_graphql_operation_duration_seconds_count\{operation="other",type="query"\} \d+/);
    expect(text).toMatch(/srpo_graphql_errors_total\{code="BAD_USER_INPUT"\} \d+/);
    expect(text).toMatch(/srpo_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 1/);
    expect(text).toMatch(/srpo_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/srpo_email_outbox_pending \d+/);
    expect(text).toMatch(/srpo_process_resident_memory_bytes \d+/);
    // The operation label set is bounded: 200 strangers' names did not each become a series.
    const operationSeries = text.split('\n').filter((line) => line.startsWith('srpo_graphql_operation_duration_seconds_count'));
    expect(operationSeries.length).toBeLessThanOrEqual(155);
  });

  it('refuses /metrics through a proxy, and with METRICS_TOKEN to anyone without that bearer token', async () => {
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    const guarded = await startTestServer(database.dataSource, { metricsToken: 'a-long-random-metrics-token' });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(403);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer a-long-random-metrics-tokeX' } })).status).toBe(403);
      const allowed = await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer a-long-random-metrics-token' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('srpo_http_request_duration_seconds');
    } finally {
      await guarded.stop();
    }
  });

  it('reports readiness per part: 503 naming the job queue when it is down', async () => {
    expect(await (await fetch(`${server.url}/health/ready`)).json()).toEqual({ status: 'ok', database: 'up', jobQueue: 'up' });
    jobQueueUp = false;
    try {
      const down = await fetch(`${server.url}/health/ready`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'up', jobQueue: 'down' });
    } finally {
      jobQueueUp = true;
    }
  });
});
