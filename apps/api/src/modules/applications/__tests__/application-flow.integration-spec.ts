import { addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attachEvidence, createBoard, createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { Decision } from '../../committee/decision.entity';
import { Registration } from '../../registrations/registration.entity';
import { RegistrationApplication } from '../registration-application.entity';

const APP_FIELDS = 'id version status kind staffMessage meeting { id meetingDate } decision { outcome isException objectionDeadline }';
const CREATE = `mutation ($kind: ApplicationKind!, $input: ApplicationInput!) { createApplication(kind: $kind, input: $input) { ${APP_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${APP_FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { ${APP_FIELDS} } }`;
const RETURN = `mutation ($id: ID!, $v: Int!, $m: String!) { returnApplication(id: $id, version: $v, message: $m) { ${APP_FIELDS} } }`;
const PLAN = `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d, location: "Utrecht") { id meetingDate } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { ${APP_FIELDS} } }`;
const DECIDE = `mutation ($input: DecisionInput!) { decideApplication(input: $input) { id outcome isException decidedOn } }`;
const PUBLIC = `query ($n: String!) { publicRegistration(registerNumber: $n) { title aspirant qualificationLevel status registeredOn reRegistrationDue } }`;

type App = { id: string; version: number; status: string; staffMessage: string | null; meeting: { id: string; meetingDate: string } | null; decision: { outcome: string; isException: boolean; objectionDeadline: string } | null };

const vakbekwaamProgramme = (today: CalendarDate) => ({
  leaderFunction: 'DIRECTOR',
  requestedTitle: 'RDO',
  qualificationRoute: 'CERTIFIED_PROGRAMME',
  claimedLevel: 'VAKBEKWAAM',
  evidenceDate: addYears(today, -1),
  institution: 'Academie voor Schoolleiders',
  certificationValidFrom: addYears(today, -3),
});

describe('application flow: leader applies, staff check and schedule, committee decides', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let otherStaff: TestClient;
  let committee: TestClient;
  let leader: TestClient;
  let registerNumber: string;
  let leaderId: string;
  let meetingId: string;
  const today = todayInAmsterdam(new Date());

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await client.request<Record<string, T>>(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as T;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const board = await createBoard(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    otherStaff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    meetingId = (await ok<{ id: string }>(staff, PLAN, { d: today })).id;
    void board;
  });

  beforeEach(async () => {
    const { leader: row } = await createLeader(database.dataSource, { firstName: 'Noor', lastName: 'Aanvrager' });
    registerNumber = row.registerNumber;
    leaderId = row.id;
    leader = await signedInClient(database.dataSource, server.url, [Role.LEADER], row.id);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('walks draft → submitted → complete → scheduled → approved, and the register shows RDO due in four years', async () => {
    let app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) });
    expect(app.status).toBe('DRAFT');
    app = await ok<App>(leader, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);
    expect(app.status).toBe('SUBMITTED');
    app = await ok<App>(staff, COMPLETE, { id: app.id, v: app.version });
    app = await ok<App>(staff, SCHEDULE, { id: app.id, v: app.version, m: meetingId });
    expect(app).toMatchObject({ status: 'SCHEDULED', meeting: { id: meetingId, meetingDate: today } });

    const mine = await ok<App[]>(leader, `{ myApplications { ${APP_FIELDS} } }`, {});
    expect(mine[0]!.meeting?.meetingDate).toBe(today); // the leader sees when to expect the decision

    const decision = await ok<{ outcome: string; isException: boolean; decidedOn: string }>(committee, DECIDE, {
      input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' },
    });
    expect(decision).toMatchObject({ outcome: 'APPROVED', isException: false, decidedOn: today });

    const entry = await ok<Record<string, unknown>>(anonymousClient(server.url), PUBLIC, { n: registerNumber });
    expect(entry).toEqual({
      title: 'RDO',
      aspirant: false,
      qualificationLevel: 'VAKBEKWAAM',
      status: 'ACTIVE',
      registeredOn: today,
      reRegistrationDue: addYears(today, 4),
    });
  });

  it('refuses to submit what the rules do not allow, with the domain reason, and changes nothing', async () => {
    const input = { ...vakbekwaamProgramme(today), claimedLevel: 'BASISBEKWAAM' }; // a director needs vakbekwaam
    const app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input });
    const response = await leader.request(SUBMIT, { id: app.id, v: app.version });
    expect(response.errors?.[0]?.extensions?.reason).toBe('DIRECTOR_NEEDS_VAKBEKWAAM');
    expect(response.errors?.[0]?.message).toMatch(/vakbekwaam/);
    const stored = await database.dataSource.getRepository(RegistrationApplication).findOneByOrFail({ id: app.id });
    expect(stored).toMatchObject({ status: 'DRAFT', version: app.version, submittedAt: null });
  });

  it('needs an explicit justification to approve against the rules, and records the exception', async () => {
    // Certified programme diploma dated after its certification ended: not a valid qualification.
    const input = { ...vakbekwaamProgramme(today), certificationValidFrom: addYears(today, -12), evidenceDate: addYears(today, -1) };
    const created = await database.dataSource.getRepository(RegistrationApplication).save({
      leaderId,
      kind: 'INITIAL',
      status: 'SCHEDULED',
      meetingId,
      ...input,
    } as unknown as RegistrationApplication);
    const refused = await committee.request(DECIDE, { input: { applicationId: created.id, version: created.version, outcome: 'APPROVED' } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION');
    expect(await database.dataSource.getRepository(Decision).countBy({ applicationId: created.id })).toBe(0);

    const approved = await ok<{ isException: boolean }>(committee, DECIDE, {
      input: { applicationId: created.id, version: created.version, outcome: 'APPROVED', exceptionJustification: 'Programme was herkend in overgangsregeling.' },
    });
    expect(approved.isException).toBe(true);
  });

  it('refuses a second decision on a decided application with CONFLICT', async () => {
    let app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) });
    app = await ok<App>(leader, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);
    app = await ok<App>(staff, COMPLETE, { id: app.id, v: app.version });
    app = await ok<App>(staff, SCHEDULE, { id: app.id, v: app.version, m: meetingId });
    await ok(committee, DECIDE, { input: { applicationId: app.id, version: app.version, outcome: 'REJECTED', reasons: 'Diploma niet leesbaar.' } });
    const again = await committee.request(DECIDE, { input: { applicationId: app.id, version: app.version + 1, outcome: 'APPROVED' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await database.dataSource.getRepository(Decision).countBy({ applicationId: app.id })).toBe(1);
    expect(await database.dataSource.getRepository(Registration).countBy({ leaderId })).toBe(0);
  });

  it('lets only one of two staff members act on the same version; the other gets CONFLICT and nothing is lost', async () => {
    let app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) });
    app = await ok<App>(leader, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);
    const [first, second] = await Promise.all([
      staff.request<{ returnApplication: App }>(RETURN, { id: app.id, v: app.version, m: 'Stuur uw diploma mee.' }),
      otherStaff.request<{ markApplicationComplete: App }>(COMPLETE, { id: app.id, v: app.version }),
    ]);
    const results = [first, second];
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    const stored = await database.dataSource.getRepository(RegistrationApplication).findOneByOrFail({ id: app.id });
    expect(stored.version).toBe(app.version + 1);
    expect(['RETURNED', 'COMPLETE']).toContain(stored.status);
  });

  it('returns an application with a message the leader sees, then accepts the resubmission', async () => {
    let app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) });
    app = await ok<App>(leader, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);
    app = await ok<App>(staff, RETURN, { id: app.id, v: app.version, m: 'Stuur uw diploma mee.' });
    expect(app).toMatchObject({ status: 'RETURNED', staffMessage: 'Stuur uw diploma mee.' });
    app = await ok<App>(leader, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);
    expect(app.status).toBe('SUBMITTED');
    const empty = await staff.request(RETURN, { id: app.id, v: app.version, m: '   ' });
    expect(empty.errors?.[0]?.extensions?.reason).toBe('APPLICATION_RETURN_NEEDS_MESSAGE');
  });

  it('checks sessions and roles on every step', async () => {
    const app = await ok<App>(leader, CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) });
    const anonymous = anonymousClient(server.url);
    expect((await anonymous.request(CREATE, { kind: 'INITIAL', input: vakbekwaamProgramme(today) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.request('{ applications { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await leader.request(COMPLETE, { id: app.id, v: app.version })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await leader.request('{ applications { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff.request(DECIDE, { input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await committee.request(PLAN, { d: today })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another leader cannot touch this application.
    const { leader: other } = await createLeader(database.dataSource, { firstName: 'Ander' });
    const otherLeader = await signedInClient(database.dataSource, server.url, [Role.LEADER], other.id);
    expect((await otherLeader.request(SUBMIT, { id: app.id, v: app.version })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects invalid input with BAD_USER_INPUT and stores nothing', async () => {
    const before = await database.dataSource.getRepository(RegistrationApplication).count();
    const badDate = await leader.request(CREATE, { kind: 'INITIAL', input: { ...vakbekwaamProgramme(today), evidenceDate: '2024-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badKind = await leader.request(CREATE, { kind: 'RE_REGISTRATION', input: vakbekwaamProgramme(today) });
    expect(badKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await staff.request(COMPLETE, { id: 'abc', v: 1 });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const pastMeeting = await staff.request(PLAN, { d: '2000-01-01' });
    expect(pastMeeting.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await database.dataSource.getRepository(RegistrationApplication).count()).toBe(before);
  });
});
