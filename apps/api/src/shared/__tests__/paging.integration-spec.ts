import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../testing/offering-fixtures';
import { signedInClient, type TestClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type GraphQLResponse } from '../../testing/test-server';
import { Role } from '../../modules/accounts/role';
import { Completion } from '../../modules/completions/completion.entity';
import { DeferralRequestRow } from '../../modules/deferrals/deferral-request.entity';
import { writeLetters } from '../../modules/letters/letter.service';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE_FIELDS = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** `field(…, first: $first, after: $after)` with the page fields; `declarations`/`args` add the field's own arguments. */
function listQuery(field: string, declarations = '', args = ''): string {
  return `query (${declarations}${declarations ? ', ' : ''}$first: Int, $after: String) { ${field}(${args}${args ? ', ' : ''}first: $first, after: $after) { ${PAGE_FIELDS} } }`;
}

/** Every page of `field` (with `first`), following `endCursor` until `hasNextPage` is false. */
async function pageThrough(client: TestClient, field: string, query: string, variables: Record<string, unknown>, first: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const response: GraphQLResponse<Record<string, Page>> = await client.request<Record<string, Page>>(query, { ...variables, first, after });
    expect(response.errors).toBeUndefined();
    const page: Page = response.data![field]!;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    if (pages.length > 50) throw new Error('paging does not end');
  } while (after);
  return pages;
}

function expectCompleteWalk(pages: Page[], total: number, first: number) {
  const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  expect(pages).toHaveLength(Math.ceil(total / first));
  pages.forEach((page, index) => {
    expect(page.totalCount).toBe(total);
    expect(page.pageInfo.hasNextPage).toBe(index < pages.length - 1);
    expect(page.pageInfo.hasPreviousPage).toBe(index > 0);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
  });
  return ids;
}

describe('paged lists (first 1..100, after, hasNextPage)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let owner: TestClient;
  let leaderId: string;
  let executionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2022-01-01' as CalendarDate } });
    leaderId = leader.id;
    owner = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);

    // 45 letters written in one transaction: one created_at for all, so only the id orders them.
    await database.dataSource.transaction((manager) =>
      writeLetters(
        manager,
        Array.from({ length: 45 }, (_, index) => ({ leaderId, kind: 'TEST', subject: `Brief ${index + 1}`, paragraphs: ['Tekst.'] })),
      ),
    );

    const provider = await createProvider(database.dataSource, 'Academie Paging');
    ({ execution: { id: executionId } } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id,
      validFrom: '2024-01-01' as CalendarDate,
      validUntil: '2029-12-31' as CalendarDate,
    }));
    for (let index = 0; index < 27; index += 1) {
      const { leader: participant } = await createLeader(database.dataSource, { lastName: `Deelnemer ${index}` });
      await createCompletion(database.dataSource, executionId, participant.id, '2024-06-01' as CalendarDate);
      await database.dataSource.getRepository(DeferralRequestRow).insert({
        leaderId: participant.id,
        registrationId: null,
        kind: 'RE_REGISTRATION',
        reason: 'GROUNDED_REASON',
        requestedOn: '2026-01-01' as CalendarDate,
        requestedDueDate: '2027-01-01' as CalendarDate,
        motivation: null,
        status: 'REQUESTED',
      });
    }
    await database.dataSource
      .getRepository(Completion)
      .update({ executionId }, { status: 'PENDING_VERIFICATION', source: 'LEADER_CERTIFICATE' });
    for (let index = 0; index < 23; index += 1) await createProvider(database.dataSource, `Academie ${String(index).padStart(2, '0')}`);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('pages a leader’s letters newest first without gaps or repeats, for staff and the leader', async () => {
    const forStaff = expectCompleteWalk(await pageThrough(staff, 'letters', listQuery('letters', '$leaderId: ID!', 'leaderId: $leaderId'), { leaderId }, 20), 45, 20);
    const forLeader = expectCompleteWalk(await pageThrough(owner, 'myLetters', listQuery('myLetters'), {}, 7), 45, 7);
    expect(forLeader).toEqual(forStaff);
    const all = await staff.request<{ letters: Page }>(`query ($id: ID!) { letters(leaderId: $id, first: 100) { ${PAGE_FIELDS} } }`, { id: leaderId });
    expect(all.data!.letters.edges.map((edge) => edge.node.id)).toEqual(forStaff);
    expect(all.data!.letters.pageInfo.hasNextPage).toBe(false);
  });

  it('gives 20 by default and refuses a page size outside 1..100 or a foreign cursor with BAD_USER_INPUT', async () => {
    const standard = await owner.request<{ myLetters: Page }>(`{ myLetters { ${PAGE_FIELDS} } }`);
    expect(standard.data!.myLetters.edges).toHaveLength(20);
    expect(standard.data!.myLetters.pageInfo.hasNextPage).toBe(true);
    for (const first of [0, -1, 101, 1000]) {
      for (const query of [`{ myLetters(first: ${first}) { totalCount } }`, `{ providers(first: ${first}) { totalCount } }`, `{ deferralRequests(first: ${first}) { totalCount } }`]) {
        const client = query.includes('myLetters') ? owner : staff;
        const response = await client.request(query);
        expect(response.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0]?.message).toMatch(/tussen 1 en 100/);
      }
    }
    for (const after of ['bm9wZQ', 'not a cursor', Buffer.from('row:1').toString('base64url'), Buffer.from('offset:20').toString('base64url')]) {
      const response = await owner.request(`query ($after: String) { myLetters(after: $after) { totalCount } }`, { after });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await owner.request<{ myLetters: Page }>(`{ myLetters(first: 1) { ${PAGE_FIELDS} } }`)).data!.myLetters.edges).toHaveLength(1);
  });

  it('pages an execution’s completions, the certificates to verify and the leader’s own completions', async () => {
    const ofExecution = expectCompleteWalk(await pageThrough(staff, 'executionCompletions', listQuery('executionCompletions', '$executionId: ID!', 'executionId: $executionId'), { executionId }, 10), 27, 10);
    const toVerify = expectCompleteWalk(await pageThrough(staff, 'certificatesToVerify', listQuery('certificatesToVerify'), {}, 10), 27, 10);
    expect(new Set(toVerify)).toEqual(new Set(ofExecution));
    const mine = await owner.request<{ myCompletions: Page }>(`{ myCompletions { ${PAGE_FIELDS} } }`);
    expect(mine.data!.myCompletions).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('pages the deferral requests to decide and the providers by name', async () => {
    expectCompleteWalk(await pageThrough(staff, 'deferralRequests', listQuery('deferralRequests'), {}, 20), 27, 20);
    const providers = await pageThrough(staff, 'providers', listQuery('providers'), {}, 10);
    const ids = expectCompleteWalk(providers, 24, 10);
    const names = (await staff.request<{ providers: { edges: { node: { id: string; name: string } }[] } }>(`{ providers(first: 100) { edges { node { id name } } } }`)).data!.providers.edges.map(
      (edge) => edge.node,
    );
    expect(names.map((provider) => provider.id)).toEqual(ids);
    expect(names.map((provider) => provider.name)).toEqual([...names.map((provider) => provider.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
