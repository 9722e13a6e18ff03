import type { CalendarDate } from '@srpo/domain';
import type { DataSource, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { RegistrationApplication } from '../../applications/registration-application.entity';
import { CommitteeMeeting } from '../committee-meeting.entity';

/** Counts the SQL statements the data source runs while `counting` is on (every query goes through a query runner). */
function countStatements(dataSource: DataSource) {
  const state = { counting: false, statements: [] as string[] };
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, ...rest: unknown[]) => {
      if (state.counting) state.statements.push(sql);
      return (query as (...all: unknown[]) => unknown)(sql, ...rest);
    }) as QueryRunner['query'];
    return runner;
  };
  return state;
}

/** An agenda, each application's meeting and that meeting's agenda again: as deep as the depth limit (6) allows. */
const NESTED_AGENDA = `query ($id: ID!) {
  committeeMeeting(id: $id) {
    id
    agenda(first: 100) {
      totalCount
      nodes { id status leader { displayName } decision { id } meeting { id openAgendaCount agenda(first: 100) { totalCount } } }
    }
  }
}`;

describe('the committee agenda', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let counter: ReturnType<typeof countStatements>;

  async function meetingWith(applications: number, meetingDate: CalendarDate): Promise<string> {
    const meeting = await database.dataSource.getRepository(CommitteeMeeting).save({ committee: 'REGISTRATION', meetingDate, location: 'Utrecht' });
    for (let index = 0; index < applications; index += 1) {
      const { leader } = await createLeader(database.dataSource, { lastName: `Aanvrager ${index}` });
      await database.dataSource.getRepository(RegistrationApplication).insert({
        leaderId: leader.id,
        kind: 'INITIAL',
        status: index % 3 === 0 ? 'APPROVED' : 'SCHEDULED',
        leaderFunction: 'DIRECTOR',
        requestedTitle: 'RDO',
        meetingId: meeting.id,
        submittedAt: new Date(Date.UTC(2026, 0, 1 + (index % 5))),
      });
    }
    return meeting.id;
  }

  async function statementsFor(query: string, variables: Record<string, unknown>) {
    counter.statements = [];
    counter.counting = true;
    const response = await staff.request<{ committeeMeeting: { agenda: { totalCount: number } } }>(query, variables);
    counter.counting = false;
    expect(response.errors).toBeUndefined();
    return { response, statements: counter.statements.length };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    counter = countStatements(database.dataSource);
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('costs the same few SQL statements however many applications are on it (one per kind of row)', async () => {
    const small = await meetingWith(2, '2026-02-03' as CalendarDate);
    const large = await meetingWith(6, '2026-03-03' as CalendarDate);
    const few = await statementsFor(NESTED_AGENDA, { id: small });
    const many = await statementsFor(NESTED_AGENDA, { id: large });
    expect(few.response.data!.committeeMeeting.agenda.totalCount).toBe(2);
    expect(many.response.data!.committeeMeeting.agenda.totalCount).toBe(6);
    // Six applications with their leader, decision and meeting (and its agenda again) cost not one
    // statement more than two: one statement per kind of row, through the per-request loaders.
    expect(few.statements).toBeGreaterThan(4);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(12);
  });

  it('pages the agenda first submitted first, with the open count beside it', async () => {
    const meetingId = await meetingWith(7, '2026-04-07' as CalendarDate);
    const query = `query ($id: ID!, $after: String) { committeeMeeting(id: $id) { openAgendaCount agenda(first: 3, after: $after) {
      totalCount edges { node { id submittedAt } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    type Answer = { committeeMeeting: { openAgendaCount: number; agenda: { totalCount: number; edges: { node: { id: string; submittedAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const seen: { id: string; submittedAt: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const answer: Answer = (await staff.request<Answer>(query, { id: meetingId, after })).data!;
      expect(answer.committeeMeeting.openAgendaCount).toBe(4);
      expect(answer.committeeMeeting.agenda.totalCount).toBe(7);
      expect(answer.committeeMeeting.agenda.pageInfo.hasNextPage).toBe(page < 2);
      seen.push(...answer.committeeMeeting.agenda.edges.map((edge) => edge.node));
      after = answer.committeeMeeting.agenda.pageInfo.endCursor;
    }
    expect(new Set(seen.map((item) => item.id)).size).toBe(7);
    expect(seen.map((item) => item.submittedAt)).toEqual([...seen.map((item) => item.submittedAt)].sort());
    const tooMany = await staff.request(`query ($id: ID!) { committeeMeeting(id: $id) { agenda(first: 101) { totalCount } } }`, { id: meetingId });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages the meetings from a date, soonest first', async () => {
    const query = `query ($after: String) { committeeMeetings(from: "2026-01-01", first: 2, after: $after) { totalCount edges { node { meetingDate } } pageInfo { hasNextPage endCursor } } }`;
    type Answer = { committeeMeetings: { totalCount: number; edges: { node: { meetingDate: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first: Answer = (await staff.request<Answer>(query, { after: null })).data!;
    const second: Answer = (await staff.request<Answer>(query, { after: first.committeeMeetings.pageInfo.endCursor })).data!;
    const dates = [...first.committeeMeetings.edges, ...second.committeeMeetings.edges].map((edge) => edge.node.meetingDate);
    expect(first.committeeMeetings.totalCount).toBe(3);
    expect(dates).toEqual(['2026-02-03', '2026-03-03', '2026-04-07']);
    expect(second.committeeMeetings.pageInfo.hasNextPage).toBe(false);

    // The agendas of all meetings on a page come in one statement (plus one for their counts).
    const counted = async (query: string) => {
      counter.statements = [];
      counter.counting = true;
      const response = await staff.request<{ committeeMeetings: { nodes: { openAgendaCount: number; agenda: { totalCount: number; nodes: unknown[] } }[] } }>(query);
      counter.counting = false;
      return { response, statements: counter.statements.length };
    };
    const bare = await counted(`{ committeeMeetings(from: "2026-01-01") { nodes { id } } }`);
    const withAgendas = await counted(
      `{ committeeMeetings(from: "2026-01-01") { nodes { openAgendaCount agenda(first: 2) { totalCount nodes { id leader { displayName } } } } } }`,
    );
    expect(withAgendas.response.errors).toBeUndefined();
    expect(withAgendas.response.data!.committeeMeetings.nodes.map((node) => [node.agenda.totalCount, node.agenda.nodes.length, node.openAgendaCount])).toEqual([
      [2, 2, 1],
      [6, 2, 4],
      [7, 2, 4],
    ]);
    // Three meetings: agenda pages, agenda counts, open counts and leaders, one statement each.
    expect(withAgendas.statements - bare.statements).toBe(4);
  });
});
