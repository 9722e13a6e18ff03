import { addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachEvidence, createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createProvider } from '../../../testing/offering-fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import type { GraphQLResponse } from '../../../testing/test-server';
import { startTestServer } from '../../../testing/test-server';
import { Decision } from '../../committee/decision.entity';
import { Offering } from '../../offerings/offering.entity';
import { Account } from '../account.entity';
import { Role } from '../role';

const APP = 'id version status';
const CREATE = `mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { ${APP} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${APP} } }`;
const COMPLETE = `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { ${APP} } }`;
const PLAN = `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d) { id } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { ${APP} } }`;
const DECIDE = `mutation ($input: DecisionInput!) { decideApplication(input: $input) { id outcome } }`;
const FILE_OBJECTION = `mutation ($d: ID!) { fileObjection(decisionId: $d, grounds: "Het diploma is wel degelijk geldig.") { id version } }`;
const DECIDE_OBJECTION = `mutation ($id: ID!, $v: Int!) { decideObjection(id: $id, version: $v, upheld: false, reasons: "Geen nieuwe feiten.") { status } }`;
const REQUEST_DEFERRAL = `mutation ($d: Date!) { requestDeferral(kind: RE_REGISTRATION, reason: EARLY_REGISTRANT, requestedDueDate: $d) { id version } }`;
const DECIDE_DEFERRAL = `mutation ($id: ID!, $v: Int!, $d: Date) { decideDeferral(id: $id, version: $v, outcome: GRANTED, newDueDate: $d) { status } }`;
const DECIDE_CERTIFICATION = `mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: { outcome: REJECTED, grounds: "Onvoldoende onderbouwd." }) { status } }`;

/** Every role at once: the account that could be tempted. */
const ALL_ROLES = [Role.LEADER, Role.COMMITTEE, Role.STAFF];

function expectOwnCase(reply: GraphQLResponse) {
  expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CASE' });
  expect(reply.errors?.[0]?.message).toMatch(/eigen zaak/);
}

describe('separation of duties: nobody decides on their own case, whatever roles the account holds (DESIGN §6)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;
  const today = todayInAmsterdam(new Date());

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
    const reply = await client.request<Record<string, T>>(query, variables);
    expect(reply.errors).toBeUndefined();
    return Object.values(reply.data!)[0] as T;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('an officer who is also the applicant cannot handle or decide the application, nor the objection to it; colleagues can', async () => {
    const { leader } = await createLeader(database.dataSource, { firstName: 'Eigen', lastName: 'Zaak' });
    const both = await signedInClient(database.dataSource, server.url, ALL_ROLES, leader.id);
    let app = await ok<{ id: string; version: number }>(both, CREATE, {
      input: {
        leaderFunction: 'DIRECTOR',
        requestedTitle: 'RDO',
        qualificationRoute: 'CERTIFIED_PROGRAMME',
        claimedLevel: 'VAKBEKWAAM',
        evidenceDate: addYears(today, -1),
        institution: 'Academie voor Schoolleiders',
        certificationValidFrom: addYears(today, -3),
      },
    });
    app = await ok(both, SUBMIT, { id: app.id, v: app.version });
    await attachEvidence(database.dataSource, app.id);

    expectOwnCase(await both.request(COMPLETE, { id: app.id, v: app.version }));
    app = await ok(staff, COMPLETE, { id: app.id, v: app.version });
    const meeting = await ok<{ id: string }>(staff, PLAN, { d: today });
    app = await ok(staff, SCHEDULE, { id: app.id, v: app.version, m: meeting.id });

    expectOwnCase(await both.request(DECIDE, { input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' } }));
    expect(await database.dataSource.getRepository(Decision).countBy({ applicationId: app.id })).toBe(0);
    const decision = await ok<{ id: string }>(committee, DECIDE, { input: { applicationId: app.id, version: app.version, outcome: 'REJECTED', reasons: 'Bewijs onvoldoende.' } });

    const objection = await ok<{ id: string; version: number }>(both, FILE_OBJECTION, { d: decision.id });
    expectOwnCase(await both.request(DECIDE_OBJECTION, { id: objection.id, v: objection.version }));
    expect(await ok<{ status: string }>(committee, DECIDE_OBJECTION, { id: objection.id, v: objection.version })).toEqual({ status: 'DISMISSED' });
  });

  it('an officer cannot decide their own deferral request', async () => {
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2015-03-01' as CalendarDate } });
    const both = await signedInClient(database.dataSource, server.url, ALL_ROLES, leader.id);
    const requested = addYears('2019-03-01' as CalendarDate, 2);
    const request = await ok<{ id: string; version: number }>(both, REQUEST_DEFERRAL, { d: requested });
    expectOwnCase(await both.request(DECIDE_DEFERRAL, { id: request.id, v: request.version, d: requested }));
    expect(await ok<{ status: string }>(staff, DECIDE_DEFERRAL, { id: request.id, v: request.version, d: requested })).toEqual({ status: 'GRANTED' });
  });

  it('an officer who works for a provider cannot certify that provider’s offering', async () => {
    const provider = await createProvider(database.dataSource, 'Academie Eigenbelang');
    const { offering } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id,
      themeCodes: ['1'],
      validFrom: '2020-01-01' as CalendarDate,
      validUntil: '2099-12-31' as CalendarDate,
    });
    await database.dataSource.getRepository(Offering).update({ id: offering.id }, { status: 'SUBMITTED' });
    const submitted = await database.dataSource.getRepository(Offering).findOneByOrFail({ id: offering.id });
    const insider = await signedInClient(database.dataSource, server.url, [Role.PROVIDER, Role.STAFF, Role.COMMITTEE]);
    await database.dataSource.getRepository(Account).update({ id: insider.accountId }, { providerId: provider.id });

    expectOwnCase(await insider.request(DECIDE_CERTIFICATION, { id: submitted.id, v: submitted.version }));
    expect(await ok<{ status: string }>(staff, DECIDE_CERTIFICATION, { id: submitted.id, v: submitted.version })).toMatchObject({ status: expect.any(String) });
  });
});
