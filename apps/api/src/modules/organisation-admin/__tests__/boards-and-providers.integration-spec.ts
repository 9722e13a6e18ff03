import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../accounts/role';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';

const BOARD = 'id version boardNumber name city';
const STAFF_BOARDS = `query ($query: String, $first: Int, $after: String) { staffBoards(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${BOARD} } } }`;
const CREATE_BOARD = `mutation ($input: BoardInput!) { createBoard(input: $input) { ${BOARD} } }`;
const UPDATE_BOARD = `mutation ($id: ID!, $version: Int!, $input: BoardInput!) { updateBoard(id: $id, version: $version, input: $input) { ${BOARD} } }`;
const PUBLIC_BOARDS = `query ($query: String) { boards(query: $query) { nodes { id name } } }`;
const PROVIDERS = `query ($query: String) { providers(query: $query) { totalCount nodes { id name kvkNumber } } }`;
const CREATE_PROVIDER = `mutation ($input: ProviderInput!) { createProvider(input: $input) { id version name } }`;

interface Board {
  id: string;
  version: number;
  boardNumber: string;
  name: string;
  city: string;
}

describe('staff keep boards and providers', () => {
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

  async function audit(entity: string, id: string) {
    return (await database.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [entity, id])) as {
      action: string;
      before: Record<string, string> | null;
      after: Record<string, string>;
    }[];
  }

  it('adds, finds and renames a board; the public list shows the new name; the rename is audited', async () => {
    const created = await staff.request<{ createBoard: Board }>(CREATE_BOARD, { input: { boardNumber: ' 41 234 ', name: 'Stichting Öpenbaar Onderwijs', city: 'Zwolle' } });
    expect(created.errors).toBeUndefined();
    const board = created.data!.createBoard;
    expect(board).toMatchObject({ boardNumber: '41234', name: 'Stichting Öpenbaar Onderwijs', city: 'Zwolle' });
    await staff.request(CREATE_BOARD, { input: { boardNumber: '41235', name: 'Vereniging Anders', city: 'Assen' } });

    for (const query of ['openbaar zwolle', '41234']) {
      const found = await staff.request<{ staffBoards: { nodes: Board[] } }>(STAFF_BOARDS, { query });
      expect(found.data?.staffBoards.nodes.map((node) => node.id), query).toEqual([board.id]);
    }
    const page = await staff.request<{ staffBoards: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Board[] } }>(STAFF_BOARDS, { first: 1 });
    expect(page.data?.staffBoards).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });

    const renamed = await staff.request<{ updateBoard: Board }>(UPDATE_BOARD, { id: board.id, version: board.version, input: { boardNumber: '41234', name: 'Stichting Nieuwe Naam', city: 'Zwolle' } });
    expect(renamed.data?.updateBoard).toMatchObject({ name: 'Stichting Nieuwe Naam', version: board.version + 1 });
    const publicBoards = await server.graphql<{ boards: { nodes: { id: string; name: string }[] } }>(PUBLIC_BOARDS, { query: 'nieuwe naam' }, server.url);
    expect(publicBoards.data?.boards.nodes).toEqual([{ id: board.id, name: 'Stichting Nieuwe Naam' }]);
    const entries = await audit('board', board.id);
    expect(entries.map((entry) => entry.action)).toEqual(['CREATE', 'RENAME']);
    expect(entries[1]).toMatchObject({ before: { name: 'Stichting Öpenbaar Onderwijs' }, after: { name: 'Stichting Nieuwe Naam' } });
  });

  it('refuses bad board input and stale versions; 20 identical concurrent writes: one wins, the others get CONFLICT', async () => {
    for (const [input, field] of [
      [{ boardNumber: '1234', name: 'X', city: 'Y' }, 'boardNumber'],
      [{ boardNumber: '12345', name: ' ', city: 'Y' }, 'name'],
      [{ boardNumber: '12345', name: 'X', city: '' }, 'city'],
    ] as const) {
      expect((await staff.request(CREATE_BOARD, { input })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const input = { boardNumber: '55555', name: 'Stichting Tegelijk', city: 'Delft' };
    const creates = await Promise.all(Array.from({ length: 20 }, () => staff.request<{ createBoard: Board }>(CREATE_BOARD, { input })));
    expect(creates.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(creates.filter((reply) => reply.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const board = creates.find((reply) => !reply.errors)!.data!.createBoard;

    const rename = { ...input, name: 'Stichting Eén Keer' };
    const updates = await Promise.all(Array.from({ length: 20 }, () => staff.request(UPDATE_BOARD, { id: board.id, version: board.version, input: rename })));
    expect(updates.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(updates.filter((reply) => reply.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect((await audit('board', board.id)).map((entry) => entry.action)).toEqual(['CREATE', 'RENAME']);
    const taken = await staff.request(UPDATE_BOARD, { id: board.id, version: board.version + 1, input: { ...rename, boardNumber: '41234' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'boardNumber' });
  });

  it('only staff manage boards; providers are found by name or KvK number', async () => {
    const committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    expect((await committee.request(CREATE_BOARD, { input: { boardNumber: '77777', name: 'X', city: 'Y' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await committee.request(STAFF_BOARDS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const made = await Promise.all([
      staff.request(CREATE_PROVIDER, { input: { name: 'Academie Çalışkan', kvkNumber: '87654321', contactEmail: 'info@caliskan.nl' } }),
      staff.request(CREATE_PROVIDER, { input: { name: 'Opleidingen West', kvkNumber: '12348765', contactEmail: 'info@west.nl' } }),
    ]);
    expect(made.every((reply) => !reply.errors)).toBe(true);
    const byName = await staff.request<{ providers: { nodes: { name: string }[] } }>(PROVIDERS, { query: 'caliskan' });
    expect(byName.data?.providers.nodes.map((node) => node.name)).toEqual(['Academie Çalışkan']);
    const byKvk = await staff.request<{ providers: { totalCount: number; nodes: { name: string }[] } }>(PROVIDERS, { query: '12348765' });
    expect(byKvk.data?.providers.nodes.map((node) => node.name)).toEqual(['Opleidingen West']);
  });
});
