import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../modules/accounts/role';
import { signedInClient, type TestClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer } from '../../testing/test-server';
import { QUERY_LIMITS } from '../query-limits';

/**
 * `committeeMeeting { agenda { nodes { meeting { agenda … } } } }` with `levels` fields from the root to
 * the leaf (a connection's leaf is `totalCount`, an application's or meeting's `id`).
 */
function nestedAgenda(levels: number): string {
  const cycle = ['agenda', 'nodes', 'meeting'];
  const path = Array.from({ length: levels - 2 }, (_, index) => cycle[index % cycle.length]!);
  const leaf = path.at(-1) === 'agenda' ? 'totalCount' : 'id';
  const selection = path.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
  return `{ committeeMeeting(id: "00000000-0000-0000-0000-000000000000") { ${selection} } }`;
}

/** Costs 1 + 100 × 32 = 3,201 (an edge 1, its node 1, ten completed themes × 2, ten boards × 1). */
const FULL_PAGE = 'full: searchRegister(first: 100) { edges { node { completedThemes { theme { code } } boards { name } } } }';
/** Costs 1 + 56 × 32 = 1,793. */
const SMALLER_PAGE = 'smaller: searchRegister(first: 56) { edges { node { completedThemes { theme { code } } boards { name } } } }';
/** Costs one point per number asked. */
const lookup = (count: number) =>
  `lookup: publicRegistrations(registerNumbers: [${Array.from({ length: count }, (_, index) => `"SR-${index}"`).join(', ')}]) { registerNumber }`;

describe('query limits: refused before execution, for every caller', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('allows six levels of nesting and refuses seven with MAX_DEPTH', async () => {
    const six = await staff.request(nestedAgenda(6));
    expect(six.errors).toBeUndefined();
    expect(six.data).toEqual({ committeeMeeting: null });

    const seven = await staff.request(nestedAgenda(7));
    expect(seven.status).toBe(400);
    expect(seven.data).toBeUndefined();
    expect(seven.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_DEPTH', limit: QUERY_LIMITS.maxDepth, measured: 7 });
    expect(seven.errors?.[0]?.message).toMatch(/^De query is te diep genest: 7 niveaus, maximaal 6\./);
  });

  it('refuses the 10-deep agenda attack, also anonymously, without running it', async () => {
    const anonymous = await server.graphql(nestedAgenda(10));
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_DEPTH', measured: 10 });
    const asStaff = await staff.request(nestedAgenda(10));
    expect(asStaff.errors?.[0]?.extensions?.reason).toBe('MAX_DEPTH');
  });

  it('counts depth through fragments and leaves introspection out', async () => {
    const viaFragments = await staff.request(
      `query { committeeMeeting(id: "00000000-0000-0000-0000-000000000000") { ...M } }
       fragment M on CommitteeMeeting { agenda { nodes { meeting { agenda { nodes { id } } } } } }`,
    );
    expect(viaFragments.errors?.[0]?.extensions).toMatchObject({ reason: 'MAX_DEPTH', measured: 7 });

    const introspection = await server.graphql('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }');
    expect(introspection.errors).toBeUndefined();
  });

  it('allows 15 aliases and refuses 16 with MAX_ALIASES', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `t${index}: themes { code }`).join(' ')} }`;
    const fifteen = await server.graphql(aliased(15));
    expect(fifteen.errors).toBeUndefined();
    expect(Object.keys(fifteen.data ?? {})).toHaveLength(15);

    const sixteen = await server.graphql(aliased(16));
    expect(sixteen.status).toBe(400);
    expect(sixteen.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_ALIASES', limit: QUERY_LIMITS.maxAliases, measured: 16 });
  });

  it('refuses the issue\'s 450 aliases of searchRegister(first: 100) quickly', async () => {
    const attack = `{ ${Array.from({ length: 450 }, (_, index) => `a${index}: searchRegister(first: 100) { totalCount }`).join(' ')} }`;
    const started = Date.now();
    const response = await server.graphql(attack);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_ALIASES', measured: 450 });
    // Not a timing assertion on performance: only that it was refused before any of it ran.
    expect(response.data).toBeUndefined();
    expect(elapsed).toBeGreaterThanOrEqual(0);
  });

  it('accepts a request that costs exactly the budget and refuses one point more with MAX_COST', async () => {
    const atBudget = await server.graphql(`{ ${FULL_PAGE} ${SMALLER_PAGE} ${lookup(6)} }`);
    expect(atBudget.errors).toBeUndefined();
    expect(atBudget.extensions).toMatchObject({ cost: { requested: 5_000, limit: QUERY_LIMITS.maxCost } });

    const over = await server.graphql(`{ ${FULL_PAGE} ${SMALLER_PAGE} ${lookup(7)} }`);
    expect(over.status).toBe(400);
    expect(over.data).toBeUndefined();
    expect(over.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST', limit: QUERY_LIMITS.maxCost, measured: 5_001 });
    expect(over.errors?.[0]?.message).toMatch(/^De query is te duur/);
    expect(over.extensions).toMatchObject({ cost: { requested: 5_001 } });
  });

  it('counts `first` and list lengths given in variables', async () => {
    const query = 'query ($first: Int, $numbers: [String!]!) { searchRegister(first: $first) { edges { node { registerNumber } } } publicRegistrations(registerNumbers: $numbers) { registerNumber } }';
    const small = await server.graphql(query, { first: 10, numbers: ['SR-1', 'SR-2', 'SR-3'] });
    expect(small.errors).toBeUndefined();
    expect(small.extensions).toMatchObject({ cost: { requested: 1 + 10 * 2 + 3 } });

    // A page larger than any field allows is left to the field to refuse (BAD_USER_INPUT), counted as 100.
    const huge = await server.graphql(query, { first: 3_000, numbers: [] });
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // An empty list still costs its root field's minimum of one point.
    expect(huge.extensions).toMatchObject({ cost: { requested: 1 + 100 * 2 + 1 } });

    const tooMany = await server.graphql(query, { first: 100, numbers: Array.from({ length: 5_000 }, (_, index) => `SR-${index}`) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST', measured: 1 + 100 * 2 + 5_000 });
  });

  it('reports the cost of every response in extensions.cost', async () => {
    const response = await server.graphql('{ themes { code } }');
    expect(response.extensions).toEqual({ cost: { requested: 10, limit: QUERY_LIMITS.maxCost, quota: null } });
  });
});
