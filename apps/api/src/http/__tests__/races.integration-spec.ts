import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaceInvariants1795503000000 } from '../../database/migrations/1795503000000-race-invariants';
import { OneOpenApplication1795504600000 } from '../../database/migrations/1795504600000-one-open-application';
import { Role } from '../../modules/accounts/role';
import { createLeader } from '../../testing/fixtures';
import { signedInClient, type TestClient } from '../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import type { GraphQLResponse } from '../../testing/test-server';
import { startTestServer } from '../../testing/test-server';

const PARALLEL = 20;

/** How 20 simultaneous identical calls ended: successes, and the error classes of the rest. */
async function race(call: () => Promise<GraphQLResponse>): Promise<{ ok: number; codes: Record<string, number> }> {
  const replies = await Promise.all(Array.from({ length: PARALLEL }, call));
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const reply of replies) {
    const code = reply.errors?.[0]?.extensions?.code;
    if (code) codes[code] = (codes[code] ?? 0) + 1;
    else ok += 1;
  }
  return { ok, codes };
}

describe('20 simultaneous identical writes: the right number succeed, the rest CONFLICT, never an internal error (DESIGN §6)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  const today = todayInAmsterdam(new Date());

  const count = async (sql: string, params: unknown[]) => Number(((await database.dataSource.query(sql, params)) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('planCommitteeMeeting on one date: one meeting', async () => {
    const date = addDays(today, 40);
    const outcome = await race(() => staff.request(`mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d, location: "Utrecht") { id } }`, { d: date }));
    expect(outcome).toEqual({ ok: 1, codes: { CONFLICT: PARALLEL - 1 } });
    expect(await count(`SELECT count(*) AS n FROM committee_meeting WHERE meeting_date = $1`, [date])).toBe(1);
  });

  it('createProvider with one KvK number: one provider', async () => {
    const input = { name: 'Academie Gelijktijdig', kvkNumber: '87654321', contactEmail: 'info@gelijktijdig.nl' };
    const outcome = await race(() => staff.request(`mutation ($input: ProviderInput!) { createProvider(input: $input) { id } }`, { input }));
    expect(outcome).toEqual({ ok: 1, codes: { CONFLICT: PARALLEL - 1 } });
    expect(await count(`SELECT count(*) AS n FROM provider WHERE kvk_number = $1`, [input.kvkNumber])).toBe(1);
  });

  it('requestDeferral: one open request', async () => {
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2015-03-01' as CalendarDate } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const date = addYears('2019-03-01' as CalendarDate, 2);
    const outcome = await race(() =>
      client.request(`mutation ($d: Date!) { requestDeferral(kind: RE_REGISTRATION, reason: EARLY_REGISTRANT, requestedDueDate: $d) { id } }`, { d: date }),
    );
    expect(outcome).toEqual({ ok: 1, codes: { CONFLICT: PARALLEL - 1 } });
    expect(await count(`SELECT count(*) AS n FROM deferral_request WHERE leader_id = $1 AND status = 'REQUESTED'`, [leader.id])).toBe(1);
  });

  it('setDevelopmentPlan with the same themes: every call succeeds in turn and the plan holds each theme once', async () => {
    const { leader } = await createLeader(database.dataSource);
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const themes = (await client.request<{ themes: { id: string }[] }>('{ themes { id } }')).data!.themes.slice(0, 3).map((theme) => theme.id);
    const outcome = await race(() => client.request(`mutation ($ids: [ID!]!) { setDevelopmentPlan(themeIds: $ids) { registerNumber } }`, { ids: themes }));
    expect(outcome).toEqual({ ok: PARALLEL, codes: {} });
    expect(await count(`SELECT count(*) AS n FROM development_plan_theme WHERE leader_id = $1`, [leader.id])).toBe(3);
  });

  it('createApplication of one kind: one open application', async () => {
    const { leader } = await createLeader(database.dataSource);
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const input = { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' };
    const outcome = await race(() => client.request(`mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { id } }`, { input }));
    expect(outcome).toEqual({ ok: 1, codes: { CONFLICT: PARALLEL - 1 } });
    expect(await count(`SELECT count(*) AS n FROM registration_application WHERE leader_id = $1 AND status = 'DRAFT'`, [leader.id])).toBe(1);
  });

  it('the database itself refuses a second open application of any kind (partial unique index)', async () => {
    const { leader } = await createLeader(database.dataSource);
    const insert = `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title) VALUES ($1, $2, $3, 'DIRECTOR', 'RDO')`;
    await database.dataSource.query(insert, [leader.id, 'INITIAL', 'WITHDRAWN']);
    await database.dataSource.query(insert, [leader.id, 'INITIAL', 'SUBMITTED']);
    await expect(database.dataSource.query(insert, [leader.id, 'ASPIRANT', 'DRAFT'])).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'application_one_open' } });
    await database.dataSource.query(insert, [leader.id, 'INITIAL', 'REJECTED']);
  });

  it('the migration first withdraws existing duplicates, keeping the one furthest along', async () => {
    const { leader } = await createLeader(database.dataSource);
    const migration = new RaceInvariants1795503000000();
    const later = new OneOpenApplication1795504600000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await later.down(runner);
      await migration.down(runner);
      const insert = `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title) VALUES ($1, 'INITIAL', $2, 'DIRECTOR', 'RDO') RETURNING id`;
      for (const status of ['DRAFT', 'SUBMITTED', 'DRAFT']) await database.dataSource.query(insert, [leader.id, status]);
      await migration.up(runner);
      await later.up(runner);
    } finally {
      await runner.release();
    }
    const rows = (await database.dataSource.query(`SELECT status, staff_message FROM registration_application WHERE leader_id = $1 ORDER BY status`, [leader.id])) as { status: string; staff_message: string | null }[];
    expect(rows.map((row) => row.status)).toEqual(['SUBMITTED', 'WITHDRAWN', 'WITHDRAWN']);
    expect(rows[1]!.staff_message).toMatch(/Ingetrokken door het register/);
  });

  it('the one-open-application migration withdraws open applications of other kinds, keeping the one furthest along', async () => {
    const { leader } = await createLeader(database.dataSource);
    const migration = new OneOpenApplication1795504600000();
    const runner = database.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const insert = `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title) VALUES ($1, $2, $3, 'DIRECTOR', 'RDO')`;
      await database.dataSource.query(insert, [leader.id, 'INITIAL', 'SUBMITTED']);
      await database.dataSource.query(insert, [leader.id, 'ASPIRANT', 'DRAFT']);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = (await database.dataSource.query(`SELECT kind, status, staff_message FROM registration_application WHERE leader_id = $1 ORDER BY kind`, [leader.id])) as { kind: string; status: string; staff_message: string | null }[];
    expect(rows.map((row) => [row.kind, row.status])).toEqual([['ASPIRANT', 'WITHDRAWN'], ['INITIAL', 'SUBMITTED']]);
    expect(rows[0]!.staff_message).toMatch(/er liep al een andere aanvraag/);
  });
});
