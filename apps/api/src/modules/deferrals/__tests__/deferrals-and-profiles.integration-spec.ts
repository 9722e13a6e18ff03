import { addDays, addYears, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';
import { Letter } from '../../letters/letter.entity';
import { RegistrationDeferral } from '../../registrations/registration-history.entity';

const REQUEST = `mutation ($reason: DeferralReason!, $date: Date!, $motivation: String) {
  requestDeferral(kind: RE_REGISTRATION, reason: $reason, requestedDueDate: $date, motivation: $motivation) { id version status requestedDueDate }
}`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $outcome: DeferralOutcome!, $date: Date, $reasons: String) {
  decideDeferral(id: $id, version: $v, outcome: $outcome, newDueDate: $date, reasons: $reasons) { id status grantedDueDate }
}`;
const PUBLIC = `query ($n: String!, $asOf: Date) { publicRegistration(registerNumber: $n, asOf: $asOf) { status reRegistrationDue } }`;
const PROFILE = `{ myProfile { registerNumber displayName registration { id version status reRegistrationDue expiresOn } } }`;

describe('deferrals, deregistration, leader and board views', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let early: TestClient;
  let earlyNumber: string;
  const originalDue = '2019-03-01' as CalendarDate; // registered 2015-03-01: an early registrant

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const { leader } = await createLeader(database.dataSource, { firstName: 'Vroege', lastName: 'Vogel', registration: { registeredOn: '2015-03-01' as CalendarDate } });
    earlyNumber = leader.registerNumber;
    early = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('refuses a deferral beyond the two-year cap for early registrants, with the domain reason', async () => {
    const response = await early.request(REQUEST, { reason: 'EARLY_REGISTRANT', date: addDays(addYears(originalDue, 2), 1) });
    expect(response.errors?.[0]?.extensions?.reason).toBe('DEFERRAL_EXCEEDS_CAP');
    expect(await database.dataSource.getRepository(RegistrationDeferral).count()).toBe(0);
  });

  it('grants a deferral within the cap: the public due date moves, a letter goes out, a second decision conflicts', async () => {
    const requested = addYears(originalDue, 2);
    const request = (await early.request<{ requestDeferral: { id: string; version: number } }>(REQUEST, { reason: 'EARLY_REGISTRANT', date: requested })).data!.requestDeferral;
    const asOf = '2019-06-01';
    expect((await anonymousClient(server.url).request<{ publicRegistration: { status: string } }>(PUBLIC, { n: earlyNumber, asOf })).data!.publicRegistration.status).toBe('CONDITIONAL');

    const decided = await staff.request<{ decideDeferral: { status: string; grantedDueDate: string } }>(DECIDE, { id: request.id, v: request.version, outcome: 'GRANTED', date: requested });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideDeferral).toMatchObject({ status: 'GRANTED', grantedDueDate: requested });
    const today = await anonymousClient(server.url).request<{ publicRegistration: { reRegistrationDue: string } }>(PUBLIC, { n: earlyNumber });
    expect(today.data!.publicRegistration.reRegistrationDue).toBe(requested);
    expect(await database.dataSource.getRepository(Letter).countBy({ kind: 'DEFERRAL_DECISION' })).toBe(1);

    const again = await staff.request(DECIDE, { id: request.id, v: request.version + 1, outcome: 'REJECTED', reasons: 'x' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stale = await staff.request(DECIDE, { id: request.id, v: request.version, outcome: 'REJECTED', reasons: 'x' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets only staff or committee decide deferrals', async () => {
    const response = await early.request(DECIDE, { id: '00000000-0000-4000-8000-000000000000', v: 1, outcome: 'REJECTED', reasons: 'x' });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("shows the leader's own registration with due and expiry dates", async () => {
    const profile = (await early.request<{ myProfile: { registerNumber: string; registration: { reRegistrationDue: string; expiresOn: string } } }>(PROFILE)).data!.myProfile;
    expect(profile.registerNumber).toBe(earlyNumber);
    expect(profile.registration.reRegistrationDue).toBe('2021-03-01');
    expect(profile.registration.expiresOn).toBe('2021-09-01');
  });

  it('deregisters with a reason: DEREGISTERED publicly from that date, audited by letter; leaders cannot', async () => {
    const { leader } = await createLeader(database.dataSource, { firstName: 'Ver', lastName: 'Trekker', registration: { registeredOn: '2020-01-01' as CalendarDate } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const registration = (await client.request<{ myProfile: { registration: { id: string; version: number } } }>(PROFILE)).data!.myProfile.registration;
    const mutation = `mutation ($id: ID!, $v: Int!) { deregister(registrationId: $id, version: $v, on: "2023-08-01", reason: "Met pensioen") { registration { status deregisteredOn } } }`;
    expect((await client.request(mutation, { id: registration.id, v: registration.version })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await staff.request<{ deregister: { registration: { status: string } } }>(mutation, { id: registration.id, v: registration.version });
    expect(done.data!.deregister.registration.status).toBe('DEREGISTERED');
    const pub = anonymousClient(server.url);
    expect((await pub.request<{ publicRegistration: { status: string } }>(PUBLIC, { n: leader.registerNumber, asOf: '2023-07-31' })).data!.publicRegistration.status).toBe('ACTIVE');
    expect((await pub.request<{ publicRegistration: { status: string } }>(PUBLIC, { n: leader.registerNumber, asOf: '2023-08-01' })).data!.publicRegistration.status).toBe('DEREGISTERED');
    expect(await database.dataSource.getRepository(Letter).countBy({ kind: 'DEREGISTRATION', leaderId: leader.id })).toBe(1);
  });

  it("shows a board only its own leaders, soonest due first", async () => {
    const own = await createBoard(database.dataSource, 'Eigen Bestuur');
    const other = await createBoard(database.dataSource, 'Ander Bestuur');
    await createLeader(database.dataSource, { lastName: 'Later', board: own, registration: { registeredOn: '2024-01-01' as CalendarDate } });
    await createLeader(database.dataSource, { lastName: 'Eerder', board: own, registration: { registeredOn: '2022-01-01' as CalendarDate } });
    await createLeader(database.dataSource, { lastName: 'Elders', board: other, registration: { registeredOn: '2022-01-01' as CalendarDate } });
    const boardClient = await signedInClient(database.dataSource, server.url, [Role.BOARD]);
    await database.dataSource.getRepository(Account).update({ id: boardClient.accountId }, { boardId: own.id });
    const query = `query ($boardId: ID) { boardLeaders(boardId: $boardId) { totalCount edges { node { lastName registration { reRegistrationDue } } } } }`;
    const response = await boardClient.request<{ boardLeaders: { totalCount: number; edges: { node: { lastName: string } }[] } }>(query, {});
    expect(response.data!.boardLeaders.edges.map((edge) => edge.node.lastName)).toEqual(['Eerder', 'Later']);
    expect((await boardClient.request(query, { boardId: other.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await early.request(query, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
