import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const ISSUE = `mutation ($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) { secret apiKey { id organisation contactName contactEmail purpose scopes prefix createdAt revokedAt lastUsedAt usageCount } }
}`;
const LIST = `query ($includeRevoked: Boolean) {
  apiKeys(first: 10, includeRevoked: $includeRevoked) { totalCount edges { node { id prefix scopes revokedAt lastUsedAt usageCount } } }
}`;
const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
/** Ten points. */
const THEMES = '{ themes { code } }';

interface IssuedKey {
  secret: string;
  apiKey: { id: string; prefix: string; scopes: string[]; usageCount: number; lastUsedAt: string | null; revokedAt: string | null };
}

/** POSTs with `Authorization: Bearer <secret>` and returns status, headers and body. */
async function withKey(server: TestServer, secret: string, query: string, variables: Record<string, unknown> = {}, extraHeaders: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...extraHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, headers: response.headers, ...body };
}

describe('API keys for third parties', () => {
  let database: TestDatabase;
  let server: TestServer;
  let staff: TestClient;
  let leader: TestClient;

  async function issue(scopes: string[], organisation = 'Stichting Voorbeeld'): Promise<IssuedKey> {
    const response = await staff.request<{ issueApiKey: IssuedKey }>(ISSUE, {
      input: { organisation, contactName: 'Jan Jansen', contactEmail: 'Jan@Voorbeeld.nl ', purpose: 'Koppeling met het HR-systeem', scopes },
    });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no key issued');
    return response.data.issueApiKey;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, {
      rateLimits: { windowSeconds: 60, anonymousPoints: 10_000, apiKeyPoints: 50, accountPoints: 10_000 },
    });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    leader = await signedInClient(database.dataSource, server.url, [Role.LEADER]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lives through issue → use → counts → revoke → 401', async () => {
    const issued = await issue(['PUBLIC_READ', 'BULK_LOOKUP']);
    expect(issued.secret).toMatch(/^srpo_[A-Za-z0-9_-]{43}$/);
    expect(issued.apiKey).toMatchObject({ organisation: 'Stichting Voorbeeld', usageCount: 0, lastUsedAt: null, revokedAt: null, scopes: ['PUBLIC_READ', 'BULK_LOOKUP'] });
    expect(issued.apiKey).toMatchObject({ contactEmail: 'jan@voorbeeld.nl' });
    expect(issued.secret.startsWith(issued.apiKey.prefix)).toBe(true);
    expect(issued.apiKey.prefix).toHaveLength('srpo_'.length + 8);

    // Only the hash is stored, and the secret is nowhere in the database or the audit log.
    const [row] = (await database.dataSource.query('SELECT secret_hash FROM api_key WHERE id = $1', [issued.apiKey.id])) as { secret_hash: string }[];
    expect(row?.secret_hash).toBe(createHash('sha256').update(issued.secret).digest('hex'));
    const audit = (await database.dataSource.query(`SELECT action, after::text AS after FROM audit_log WHERE entity = 'api_key' AND entity_id = $1`, [
      issued.apiKey.id,
    ])) as { action: string; after: string }[];
    expect(audit.map((entry) => entry.action)).toEqual(['ISSUE']);
    expect(audit[0]?.after).not.toContain(issued.secret.slice(5));

    for (let request = 0; request < 3; request += 1) {
      const used = await withKey(server, issued.secret, THEMES);
      expect(used.status).toBe(200);
      expect(used.errors).toBeUndefined();
      expect(used.headers.get('ratelimit-limit')).toBe('50');
    }

    const listed = await staff.request<{ apiKeys: { totalCount: number; edges: { node: IssuedKey['apiKey'] }[] } }>(LIST);
    const node = listed.data?.apiKeys.edges.find((edge) => edge.node.id === issued.apiKey.id)?.node;
    expect(node?.usageCount).toBe(3);
    expect(node?.lastUsedAt).not.toBeNull();

    const revoked = await staff.request<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, { id: issued.apiKey.id });
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    // Revoking again changes nothing.
    expect((await staff.request(REVOKE, { id: issued.apiKey.id })).errors).toBeUndefined();

    const refused = await withKey(server, issued.secret, THEMES);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_API_KEY' });
    expect(refused.errors?.[0]?.message).toMatch(/API-sleutel is onbekend of ingetrokken/);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);

    const active = await staff.request<{ apiKeys: { edges: { node: { id: string } }[] } }>(LIST);
    expect(active.data?.apiKeys.edges.map((edge) => edge.node.id)).not.toContain(issued.apiKey.id);
    const all = await staff.request<{ apiKeys: { edges: { node: { id: string } }[] } }>(LIST, { includeRevoked: true });
    expect(all.data?.apiKeys.edges.map((edge) => edge.node.id)).toContain(issued.apiKey.id);
    const actions = (await database.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'api_key' AND entity_id = $1 ORDER BY id`, [issued.apiKey.id])) as {
      action: string;
    }[];
    expect(actions.map((entry) => entry.action)).toEqual(['ISSUE', 'REVOKE']);
  });

  it('refuses an unknown key or a malformed header with 401, never serving it as anonymous', async () => {
    const unknown = await withKey(server, `srpo_${'A'.repeat(43)}`, THEMES);
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer' },
      body: JSON.stringify({ query: THEMES }),
    });
    expect(response.status).toBe(401);
  });

  it('gives each key its own quota, apart from other keys and anonymous callers', async () => {
    const first = await issue(['PUBLIC_READ'], 'Bestuur Een');
    const second = await issue(['PUBLIC_READ'], 'Bestuur Twee');
    for (let request = 1; request <= 5; request += 1) {
      const response = await withKey(server, first.secret, THEMES);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe(String(50 - request * 10));
    }
    const over = await withKey(server, first.secret, THEMES);
    expect(over.status).toBe(429);
    expect(over.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);

    const other = await withKey(server, second.secret, THEMES);
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('40');
    const anonymous = await anonymousClient(server.url).request(THEMES);
    expect(anonymous.status).toBe(200);
  });

  it('lets a key run only the public queries its scopes allow', async () => {
    const bulkOnly = await issue(['BULK_LOOKUP']);
    const readOnly = await issue(['PUBLIC_READ']);
    const bulk = 'query ($numbers: [String!]!) { publicRegistrations(registerNumbers: $numbers) { registerNumber } }';
    const single = '{ publicRegistration(registerNumber: "SR-000001") { registerNumber } }';

    expect((await withKey(server, bulkOnly.secret, bulk, { numbers: ['SR-1', 'SR-2'] })).data).toEqual({ publicRegistrations: [null, null] });
    const notRead = await withKey(server, bulkOnly.secret, single);
    expect(notRead.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_SCOPE', scope: 'PUBLIC_READ' });
    expect(notRead.data).toBeUndefined();

    expect((await withKey(server, readOnly.secret, single)).errors).toBeUndefined();
    const notBulk = await withKey(server, readOnly.secret, bulk, { numbers: ['SR-1'] });
    expect(notBulk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_SCOPE', scope: 'BULK_LOOKUP' });
    // Also when the field hides in a fragment.
    const viaFragment = await withKey(server, readOnly.secret, 'query { ...Q } fragment Q on Query { publicRegistrations(registerNumbers: ["SR-1"]) { registerNumber } }');
    expect(viaFragment.errors?.[0]?.extensions).toMatchObject({ reason: 'API_KEY_SCOPE' });

    // Private operations and mutations are never open to a key, even with a staff session beside it.
    const privateQuery = await withKey(server, readOnly.secret, LIST, {}, { cookie: staff.cookie });
    expect(privateQuery.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_PUBLIC_ONLY' });
    const mutation = await withKey(server, readOnly.secret, 'mutation { logout }');
    expect(mutation.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_PUBLIC_ONLY' });
  });

  it('is for staff only', async () => {
    const anonymous = anonymousClient(server.url);
    expect((await anonymous.request(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await leader.request(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const input = { organisation: 'X', contactName: 'Y', contactEmail: 'y@x.nl', purpose: 'Z', scopes: ['PUBLIC_READ'] };
    expect((await leader.request(ISSUE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymous.request(ISSUE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await leader.request(REVOKE, { id: '00000000-0000-0000-0000-000000000000' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('checks what staff fill in', async () => {
    const input = { organisation: 'Bestuur', contactName: 'Piet', contactEmail: 'piet@bestuur.nl', purpose: 'Controle', scopes: ['PUBLIC_READ'] };
    const noScopes = await staff.request(ISSUE, { input: { ...input, scopes: [] } });
    expect(noScopes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    const badEmail = await staff.request(ISSUE, { input: { ...input, contactEmail: 'geen adres' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactEmail' });
    const blank = await staff.request(ISSUE, { input: { ...input, organisation: '  ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisation' });
    const unknownKey = await staff.request(REVOKE, { id: 'not-a-key' });
    expect(unknownKey.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
