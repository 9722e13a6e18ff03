import { addDays, addWeeks, addYears, objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import type { FindOptionsWhere } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../../../testing/documents';
import { attachEvidence, createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createProvider, providerClient } from '../../../testing/offering-fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type GraphQLResponse } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { RegistrationApplication } from '../../applications/registration-application.entity';
import { Decision } from '../../committee/decision.entity';
import { Completion } from '../../completions/completion.entity';
import { DeferralRequestRow } from '../../deferrals/deferral-request.entity';
import { formatDutchDate } from '../../letters/letter-text';
import { Letter } from '../../letters/letter.entity';
import { Certification, Offering } from '../../offerings/offering.entity';
import { RegistrationDeferral } from '../../registrations/registration-history.entity';
import { Objection } from '../objection.entity';

const FILE = `mutation ($kind: ObjectionDecisionKind!, $id: ID!, $grounds: String!) {
  fileObjection(decisionKind: $kind, decisionId: $id, grounds: $grounds) { id version status decisionKind } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $upheld: Boolean!) {
  decideObjection(id: $id, version: $v, upheld: $upheld, reasons: "De gronden van het bezwaar zijn terecht.") { status decidedOn } }`;
const OPEN = `{ openObjectionCounts { decisionKind count }
  objections(first: 50) { totalCount nodes { id decisionKind decision { kind partyName offeringTitle outcome decidedOn objectionDeadline } } } }`;
const GROUNDS = 'Het besluit gaat uit van onjuiste feiten.';

const APP = 'id version status';
const CREATE = `mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { ${APP} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${APP} } }`;
const COMPLETE = `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { ${APP} } }`;
const PLAN = `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d) { id } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { ${APP} } }`;
const DECIDE_APPLICATION = `mutation ($input: DecisionInput!) { decideApplication(input: $input) { id outcome } }`;
const MY_APPLICATIONS = `{ myApplications { id status decision { id outcome objections { status } } } }`;
const REQUEST_DEFERRAL = `mutation ($d: Date!) { requestDeferral(kind: RE_REGISTRATION, reason: EARLY_REGISTRANT, requestedDueDate: $d) { id version } }`;
const DECIDE_DEFERRAL = `mutation ($id: ID!, $v: Int!, $d: Date) { decideDeferral(id: $id, version: $v, outcome: PARTLY_GRANTED, newDueDate: $d, reasons: "Een jaar is genoeg.") { id status } }`;
const DECIDE_CERTIFICATION = `mutation ($id: ID!, $v: Int!) { decideCertification(id: $id, version: $v, input: { outcome: REJECTED, grounds: "Thema 2 is niet aangetoond." }) { status } }`;
const SUBMIT_CERTIFICATE = `mutation ($e: ID!, $d: Date!, $file: ID!) { submitCertificate(executionId: $e, completedOn: $d, documentId: $file) { id version } }`;
const VERIFY = `mutation ($id: ID!, $v: Int!) { verifyCertificate(id: $id, version: $v, approve: false, reason: "Het certificaat is niet leesbaar.") { id status } }`;

describe('objections against every kind of decision (DESIGN §3.8)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;
  let stranger: TestClient;
  const today = todayInAmsterdam(new Date());
  const deadlineText = formatDutchDate(objectionDeadline(today));
  const late = addDays(addWeeks(today, -6), -1);

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const reply = await client.request<Record<string, T>>(query, variables);
    expect(reply.errors).toBeUndefined();
    return Object.values(reply.data!)[0] as T;
  }
  const errorOf = (reply: GraphQLResponse) => reply.errors?.[0]?.extensions;
  const file = (client: TestClient, kind: string, id: string) => client.request<{ fileObjection: { id: string; version: number; status: string } }>(FILE, { kind, id, grounds: GROUNDS });

  /** Files as the party, checks strangers and a second objection are refused, and returns the objection. */
  async function fileAsParty(party: TestClient, kind: string, id: string, strangers: TestClient[]) {
    for (const other of strangers) expect(errorOf(await file(other, kind, id))).toMatchObject({ code: 'NOT_FOUND' });
    const filed = await file(party, kind, id);
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileObjection).toMatchObject({ status: 'FILED', decisionKind: kind });
    expect(errorOf(await file(party, kind, id))).toMatchObject({ code: 'CONFLICT' });
    return filed.data!.fileObjection;
  }

  async function uphold(objection: { id: string; version: number }) {
    expect(await ok(committee, DECIDE, { id: objection.id, v: objection.version, upheld: true })).toEqual({ status: 'UPHELD', decidedOn: today });
  }

  async function expectLetter(where: FindOptionsWhere<Letter>, ...texts: string[]) {
    const letters = await database.dataSource.getRepository(Letter).findBy(where);
    expect(letters).toHaveLength(1);
    for (const text of texts) expect(letters[0]!.body).toContain(text);
    expect(letters[0]!.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    const { leader } = await createLeader(database.dataSource, { firstName: 'Vreemde', lastName: 'Eend' });
    stranger = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('application: the leader objects within six weeks; upholding reopens it for a new meeting, which decides again', async () => {
    const { leader } = await createLeader(database.dataSource, { firstName: 'Anna', lastName: 'Bezwaar' });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    let app = await ok<{ id: string; version: number }>(client, CREATE, {
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
    await attachEvidence(database.dataSource, app.id);
    app = await ok(client, SUBMIT, { id: app.id, v: app.version });
    app = await ok(staff, COMPLETE, { id: app.id, v: app.version });
    const meeting = await ok<{ id: string }>(staff, PLAN, { d: today });
    app = await ok(staff, SCHEDULE, { id: app.id, v: app.version, m: meeting.id });
    const decision = await ok<{ id: string }>(committee, DECIDE_APPLICATION, {
      input: { applicationId: app.id, version: app.version, outcome: 'REJECTED', reasons: 'Het diploma is niet aangetoond.' },
    });
    await expectLetter({ leaderId: leader.id, kind: 'APPLICATION_REJECTED' }, `tot en met ${deadlineText} bezwaar maken`);

    expect(errorOf(await file(committee, 'APPLICATION', decision.id))).toMatchObject({ code: 'FORBIDDEN' });
    const objection = await fileAsParty(client, 'APPLICATION', decision.id, [stranger]);
    expect(errorOf(await client.request(DECIDE, { id: objection.id, v: objection.version, upheld: true }))).toMatchObject({ code: 'FORBIDDEN' });
    await uphold(objection);

    const reopened = await database.dataSource.getRepository(RegistrationApplication).findOneByOrFail({ id: app.id });
    expect(reopened).toMatchObject({ status: 'COMPLETE', meetingId: null });
    expect((await database.dataSource.getRepository(Decision).findOneByOrFail({ id: decision.id })).reopenedOn).toBe(today);
    await expectLetter({ leaderId: leader.id, kind: 'OBJECTION_DECISION' }, 'Uw bezwaar is gegrond', 'opnieuw beoordeeld');
    expect(errorOf(await file(client, 'APPLICATION', decision.id))).toMatchObject({ code: 'CONFLICT' });

    // Decided again on a meeting: the leader sees the new decision, open to objection again.
    app = await ok(staff, SCHEDULE, { id: app.id, v: reopened.version, m: meeting.id });
    const second = await ok<{ id: string; outcome: string }>(committee, DECIDE_APPLICATION, { input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' } });
    expect(second.id).not.toBe(decision.id);
    const mine = await ok<{ id: string; status: string; decision: { id: string; outcome: string; objections: unknown[] } }[]>(client, MY_APPLICATIONS);
    expect(mine.find((item) => item.id === app.id)).toMatchObject({ status: 'APPROVED', decision: { id: second.id, outcome: 'APPROVED', objections: [] } });

    await database.dataSource.getRepository(Decision).update({ id: second.id }, { decidedOn: late });
    expect(errorOf(await file(client, 'APPLICATION', second.id))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OBJECTION_PERIOD_ENDED' });
  });

  it('deferral: the leader objects; upholding sends the request back to pending and takes the granted deferral away', async () => {
    const { leader, registration } = await createLeader(database.dataSource, { registration: { registeredOn: '2015-03-01' as CalendarDate } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const request = await ok<{ id: string; version: number }>(client, REQUEST_DEFERRAL, { d: '2021-03-01' });
    await ok(staff, DECIDE_DEFERRAL, { id: request.id, v: request.version, d: '2020-03-01' });
    expect(await database.dataSource.getRepository(RegistrationDeferral).countBy({ registrationId: registration!.id })).toBe(1);
    await expectLetter({ leaderId: leader.id, kind: 'DEFERRAL_DECISION' }, `tot en met ${deadlineText} bezwaar maken`);

    const objection = await fileAsParty(client, 'DEFERRAL', request.id, [stranger]);
    await uphold(objection);
    expect(await database.dataSource.getRepository(DeferralRequestRow).findOneByOrFail({ id: request.id })).toMatchObject({
      status: 'REQUESTED',
      decidedOn: null,
      grantedDueDate: null,
    });
    expect(await database.dataSource.getRepository(RegistrationDeferral).countBy({ registrationId: registration!.id })).toBe(0);
    await expectLetter({ leaderId: leader.id, kind: 'OBJECTION_DECISION' }, 'verzoek om uitstel wordt opnieuw beoordeeld');
    // Pending again: nothing to object to until it is decided anew.
    expect(errorOf(await file(client, 'DEFERRAL', request.id))).toMatchObject({ code: 'CONFLICT' });

    const again = await database.dataSource.getRepository(DeferralRequestRow).findOneByOrFail({ id: request.id });
    await ok(staff, DECIDE_DEFERRAL, { id: request.id, v: again.version, d: '2020-03-01' });
    await database.dataSource.getRepository(DeferralRequestRow).update({ id: request.id }, { decidedOn: late });
    expect(errorOf(await file(client, 'DEFERRAL', request.id))).toMatchObject({ reason: 'OBJECTION_PERIOD_ENDED' });
  });

  it('certification: the provider objects; upholding puts the offering back in the certification queue; letters go to the provider', async () => {
    const provider = await createProvider(database.dataSource, 'Academie Bezwaar');
    const other = await createProvider(database.dataSource, 'Academie Anders');
    const owner = await providerClient(database.dataSource, server.url, provider.id);
    const otherOwner = await providerClient(database.dataSource, server.url, other.id);
    const { offering } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id, title: 'Leiderschap in de praktijk', themeCodes: ['1'], validFrom: addYears(today, -1), validUntil: addYears(today, 2),
    });
    await database.dataSource.getRepository(Offering).update({ id: offering.id }, { status: 'SUBMITTED' });
    const submitted = await database.dataSource.getRepository(Offering).findOneByOrFail({ id: offering.id });
    await ok(committee, DECIDE_CERTIFICATION, { id: submitted.id, v: submitted.version });
    const rejected = await database.dataSource.getRepository(Certification).findOneByOrFail({ offeringId: offering.id, outcome: 'REJECTED' });
    await expectLetter({ providerId: provider.id, kind: 'CERTIFICATION_REJECTED' }, 'Leiderschap in de praktijk', `tot en met ${deadlineText} bezwaar maken`);

    const objection = await fileAsParty(owner, 'CERTIFICATION', rejected.id, [otherOwner, stranger]);
    await uphold(objection);
    expect((await database.dataSource.getRepository(Offering).findOneByOrFail({ id: offering.id })).status).toBe('SUBMITTED');
    await expectLetter({ providerId: provider.id, kind: 'OBJECTION_DECISION' }, 'opnieuw beoordeeld voor certificering');
    expect(errorOf(await file(owner, 'CERTIFICATION', rejected.id))).toMatchObject({ code: 'CONFLICT' });

    const old = await database.dataSource.getRepository(Certification).findOneByOrFail({ offeringId: offering.id, outcome: 'CERTIFIED' });
    expect(errorOf(await file(owner, 'CERTIFICATION', old.id))).toMatchObject({ reason: 'OBJECTION_PERIOD_ENDED' });
  });

  it('certificate verification: the leader objects; upholding puts the certificate back to verify', async () => {
    const provider = await createProvider(database.dataSource, 'Academie Certificaat');
    const { execution } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id, title: 'Omgaan met verschillen', themeCodes: ['5'], validFrom: addYears(today, -1), validUntil: addYears(today, 2),
    });
    const { leader } = await createLeader(database.dataSource, { firstName: 'Cor', lastName: 'Tificaat' });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const document = await uploadDocument(server.url, client.cookie);
    const submitted = await ok<{ id: string; version: number }>(client, SUBMIT_CERTIFICATE, { e: execution.id, d: addDays(today, -10), file: document });
    await ok(staff, VERIFY, { id: submitted.id, v: submitted.version });
    await expectLetter({ leaderId: leader.id, kind: 'CERTIFICATE_REJECTED' }, 'Omgaan met verschillen', `tot en met ${deadlineText} bezwaar maken`);

    const objection = await fileAsParty(client, 'CERTIFICATE_VERIFICATION', submitted.id, [stranger]);
    const open = (await committee.request<{ openObjectionCounts: { decisionKind: string; count: number }[]; objections: { nodes: { id: string; decision: unknown }[] } }>(OPEN)).data!;
    expect(open.openObjectionCounts).toContainEqual({ decisionKind: 'CERTIFICATE_VERIFICATION', count: 1 });
    expect(open.objections.nodes.find((node) => node.id === objection.id)?.decision).toEqual({
      kind: 'CERTIFICATE_VERIFICATION',
      partyName: 'Cor Tificaat',
      offeringTitle: 'Omgaan met verschillen',
      outcome: 'REJECTED',
      decidedOn: today,
      objectionDeadline: objectionDeadline(today),
    });
    expect(errorOf(await client.request(OPEN))).toMatchObject({ code: 'FORBIDDEN' });

    await uphold(objection);
    expect(await database.dataSource.getRepository(Completion).findOneByOrFail({ id: submitted.id })).toMatchObject({
      status: 'PENDING_VERIFICATION',
      handledOn: null,
      handlingNote: null,
    });
    await expectLetter({ leaderId: leader.id, kind: 'OBJECTION_DECISION' }, 'Uw certificaat wordt opnieuw beoordeeld');

    const again = await database.dataSource.getRepository(Completion).findOneByOrFail({ id: submitted.id });
    await ok(staff, VERIFY, { id: submitted.id, v: again.version });
    await database.dataSource.getRepository(Completion).update({ id: submitted.id }, { handledOn: late });
    expect(errorOf(await file(client, 'CERTIFICATE_VERIFICATION', submitted.id))).toMatchObject({ reason: 'OBJECTION_PERIOD_ENDED' });
    expect(await database.dataSource.getRepository(Objection).countBy({ decisionId: submitted.id })).toBe(1);
  });
});
