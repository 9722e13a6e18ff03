import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer } from '../../testing/test-server';

describe('bad requests get a clean GraphQL error and the server stays up', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function serverStillAnswers() {
    const response = await server.graphql<{ themes: unknown[] }>('{ themes { code } }');
    expect(response.status).toBe(200);
    expect(response.data?.themes).toHaveLength(8);
  }

  it('answers an unknown field with BAD_USER_INPUT (reason GRAPHQL_VALIDATION_FAILED) and a Dutch message', async () => {
    const response = await server.graphql('{ themes { code secretField } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(response.errors?.[0]?.message).toMatch(/^De query past niet bij het schema/);
    await serverStillAnswers();
  });

  it('answers an unknown root field the same way', async () => {
    const response = await server.graphql('{ leaders { email } }');
    expect(response.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_VALIDATION_FAILED');
    await serverStillAnswers();
  });

  it('answers a syntax error with BAD_USER_INPUT (reason GRAPHQL_PARSE_FAILED)', async () => {
    const response = await server.graphql('{ themes { code ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(response.errors?.[0]?.message).toMatch(/^De query is geen geldige GraphQL/);
    await serverStillAnswers();
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT', async () => {
    const response = await server.graphql('query ($d: Date) { themes(activeOn: $d) { code } }', { d: 20230101 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await serverStillAnswers();
  });

  it('refuses oversized documents before executing them', async () => {
    const fields = Array.from({ length: 6_000 }, () => 'code').join(' ');
    const response = await server.graphql(`{ themes { ${fields} } }`);
    expect(response.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_PARSE_FAILED');
    await serverStillAnswers();
  });

  it('answers a body that is not JSON with BAD_USER_INPUT as JSON, not an HTML page', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ themes { code } ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' });
    expect(body.errors[0]!.message).toMatch(/^Ongeldig verzoek/);
    await serverStillAnswers();
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
