import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';

const LEADER = `query ($id: ID!) { boardLeader(id: $id) { displayName registration { status } } }`;
const PROGRESS = `query ($id: ID!) { boardLeaderProgress(leaderId: $id) { themes { completed } evaluation { themesCompleted themesRequired } } }`;

describe('a board looks at the progress of its own leaders only', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let board: TestClient;
  let ownId: string;
  let otherId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const own = await createBoard(database.dataSource, 'Eigen Bestuur');
    const other = await createBoard(database.dataSource, 'Ander Bestuur');
    ownId = (await createLeader(database.dataSource, { lastName: 'Eigen', board: own, registration: { registeredOn: '2024-01-01' as CalendarDate } })).leader.id;
    otherId = (await createLeader(database.dataSource, { lastName: 'Elders', board: other, registration: { registeredOn: '2024-01-01' as CalendarDate } })).leader.id;
    board = await signedInClient(database.dataSource, server.url, [Role.BOARD]);
    await database.dataSource.getRepository(Account).update({ id: board.accountId }, { boardId: own.id });
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('shows a leader of the own board with the progress in the current period', async () => {
    const leader = await board.request<{ boardLeader: { displayName: string } }>(LEADER, { id: ownId });
    expect(leader.errors).toBeUndefined();
    expect(leader.data!.boardLeader.displayName).toContain('Eigen');
    const progress = await board.request<{ boardLeaderProgress: { themes: unknown[]; evaluation: { themesCompleted: number; themesRequired: number } } }>(PROGRESS, { id: ownId });
    expect(progress.errors).toBeUndefined();
    expect(progress.data!.boardLeaderProgress.themes.length).toBeGreaterThan(0);
    expect(progress.data!.boardLeaderProgress.evaluation).toMatchObject({ themesCompleted: 0, themesRequired: 3 });
  });

  it('refuses a leader of another board and an unknown id, and refuses other roles', async () => {
    for (const query of [LEADER, PROGRESS]) {
      expect((await board.request(query, { id: otherId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await board.request(query, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER], ownId);
    expect((await leader.request(PROGRESS, { id: ownId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
