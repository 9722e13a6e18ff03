import { addMonths, formatDateInWords, objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { AuditLogEntry } from '../../audit/audit-log.entity';
import { SchoolLeader } from '../../leaders/school-leader.entity';
import { EmailOutboxMessage } from '../../letters/email-outbox.entity';
import { Letter } from '../../letters/letter.entity';
import { DataRequestRow } from '../data-request.entity';

const FIELDS = 'id version kind subject status receivedOn deadline extendedOn overdue decidedOn decisionGrounds changedFields';
const FILE = `mutation ($input: FileDataRequestInput!) { fileDataRequest(input: $input) { ${FIELDS} } }`;
const MINE = `{ myDataRequests { ${FIELDS} } }`;
const QUEUE = `query ($includeDecided: Boolean, $leaderId: ID) {
  dataRequests(includeDecided: $includeDecided, leaderId: $leaderId, first: 50) { totalCount nodes { ${FIELDS} leader { registerNumber displayName } leaderData { lastName email } check { grantAllowed reasons { code message } } } }
}`;
const EXTEND = `mutation ($id: ID!, $v: Int!, $grounds: String!) { extendDataRequest(id: $id, version: $v, grounds: $grounds) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $outcome: DataRequestOutcome!, $grounds: String, $correction: LeaderDataCorrectionInput) {
  decideDataRequest(id: $id, version: $v, outcome: $outcome, grounds: $grounds, correction: $correction) { ${FIELDS} }
}`;
const DEREGISTER = `mutation ($id: ID!, $v: Int!, $on: Date!) { deregister(registrationId: $id, version: $v, on: $on, reason: "Met pensioen") { id } }`;
const OBJECT = `mutation ($id: ID!) { fileObjection(decisionKind: DATA_REQUEST, decisionId: $id, grounds: "Mijn naam is nog steeds verkeerd gespeld.") { id status } }`;

interface Request {
  id: string;
  subject: string | null;
  version: number;
  status: string;
  receivedOn: CalendarDate;
  deadline: CalendarDate;
  extendedOn: CalendarDate | null;
  overdue: boolean;
  changedFields: string[];
}

describe('AVG requests: a leader files a correction or erasure, staff decide', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let leader: TestClient;
  let leaderId: string;
  let registration: { id: string; version: number };
  const today = todayInAmsterdam(new Date());

  const file = async (client: TestClient, input: Record<string, unknown>) => client.request<{ fileDataRequest: Request }>(FILE, { input });
  const lettersOf = (id: string) => database.dataSource.getRepository(Letter).find({ where: { relatedId: id }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const created = await createLeader(database.dataSource, { firstName: 'Janne', lastName: 'Jansen', registration: { registeredOn: '2022-03-01' as CalendarDate } });
    leaderId = created.leader.id;
    registration = { id: created.registration!.id, version: created.registration!.version };
    leader = await signedInClient(database.dataSource, server.url, [Role.LEADER], leaderId);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('files a correction with the legal deadline one month out; an incomplete one is refused and changes nothing', async () => {
    const incomplete = await file(leader, { kind: 'CORRECTION', description: 'Mijn achternaam is verkeerd gespeld', proposedValue: 'Janssen' });
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATA_REQUEST_SUBJECT_MISSING' });
    expect(await database.dataSource.getRepository(DataRequestRow).count()).toBe(0);

    const filed = await file(leader, { kind: 'CORRECTION', subject: 'NAME', description: 'Mijn achternaam is verkeerd gespeld', proposedValue: 'Janssen' });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileDataRequest).toMatchObject({ status: 'REQUESTED', receivedOn: today, deadline: addMonths(today, 1), overdue: false });
    expect((await leader.request<{ myDataRequests: Request[] }>(MINE)).data!.myDataRequests.map((request) => request.id)).toEqual([filed.data!.fileDataRequest.id]);
  });

  it('makes one request of twenty identical simultaneous filings; the rest CONFLICT', async () => {
    const input = { kind: 'CORRECTION', subject: 'EMAIL', description: 'Dit adres gebruik ik niet meer', proposedValue: 'janne@school.nl' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => file(leader, input)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(Array(19).fill('CONFLICT'));
    expect(await database.dataSource.getRepository(DataRequestRow).countBy({ leaderId, subject: 'EMAIL' })).toBe(1);
  });

  it("keeps strangers out: others see neither the queue nor someone else's requests, and cannot decide", async () => {
    const other = await createLeader(database.dataSource, { lastName: 'Ander' });
    const otherLeader = await signedInClient(database.dataSource, server.url, [Role.LEADER], other.leader.id);
    expect((await otherLeader.request<{ myDataRequests: Request[] }>(MINE)).data!.myDataRequests).toEqual([]);
    expect((await otherLeader.request(QUEUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const board = await signedInClient(database.dataSource, server.url, [Role.BOARD]);
    expect((await board.request(QUEUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(QUEUE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [request] = await database.dataSource.getRepository(DataRequestRow).findBy({ leaderId, subject: 'NAME' });
    const decided = await otherLeader.request(DECIDE, { id: request!.id, v: request!.version, outcome: 'REFUSED', grounds: 'Klopt wel' });
    expect(decided.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never lets staff decide on their own request (separation of duties)', async () => {
    const own = await createLeader(database.dataSource, { lastName: 'Medewerker' });
    const both = await signedInClient(database.dataSource, server.url, [Role.STAFF, Role.LEADER], own.leader.id);
    const filed = (await file(both, { kind: 'CORRECTION', subject: 'BIRTH_DATE', description: 'Geboortedatum klopt niet', proposedValue: '2 april 1975' })).data!.fileDataRequest;
    const decided = await both.request(DECIDE, { id: filed.id, v: filed.version, outcome: 'GRANTED', correction: { birthDate: '1975-04-02' } });
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CASE' });
  });

  it('shows staff the queue soonest deadline first, and extends a period once with a letter', async () => {
    const queue = (await staff.request<{ dataRequests: { totalCount: number; nodes: (Request & { leader: { displayName: string } })[] } }>(QUEUE, { leaderId })).data!.dataRequests;
    expect(queue.totalCount).toBe(2);
    expect(queue.nodes[0]!.leader.displayName).toBe('Janne Jansen');
    const email = queue.nodes.find((node) => node.subject === 'EMAIL')!;

    const extended = await staff.request<{ extendDataRequest: Request }>(EXTEND, { id: email.id, v: email.version, grounds: 'Wij moeten dit nagaan bij uw bestuur' });
    expect(extended.errors).toBeUndefined();
    expect(extended.data!.extendDataRequest).toMatchObject({ extendedOn: today, deadline: addMonths(today, 3) });
    const [letter] = await lettersOf(email.id);
    expect(letter!.body).toContain(formatDateInWords(addMonths(today, 3)));
    const again = await staff.request(EXTEND, { id: email.id, v: extended.data!.extendDataRequest.version, grounds: 'Nog meer tijd nodig' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DATA_REQUEST_ALREADY_EXTENDED' });
  });

  it('carries out a correction: twenty simultaneous identical decisions make one, the data changes, a letter goes out, the audit keeps no values', async () => {
    const [request] = await database.dataSource.getRepository(DataRequestRow).findBy({ leaderId, subject: 'NAME' });
    const variables = { id: request!.id, v: request!.version, outcome: 'GRANTED', correction: { lastName: 'Janssen', infix: '' } };
    const answers = await Promise.all(Array.from({ length: 20 }, () => staff.request<{ decideDataRequest: Request }>(DECIDE, variables)));
    const decided = answers.filter((answer) => !answer.errors);
    expect(decided).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(Array(19).fill('CONFLICT'));
    expect(decided[0]!.data!.decideDataRequest).toMatchObject({ status: 'GRANTED', decidedOn: today, changedFields: ['LAST_NAME'] });

    const stored = await database.dataSource.getRepository(SchoolLeader).findOneByOrFail({ id: leaderId });
    expect(stored).toMatchObject({ lastName: 'Janssen', sortName: 'Janssen, Janne', infix: null });
    const letters = await lettersOf(request!.id);
    expect(letters.map((letter) => letter.kind)).toEqual(['DATA_REQUEST_DECISION']);
    expect(letters[0]!.body).toContain('achternaam');
    expect(letters[0]!.body).toContain(formatDateInWords(objectionDeadline(today)));
    expect(await database.dataSource.getRepository(EmailOutboxMessage).countBy({ letterId: letters[0]!.id })).toBe(1);

    const audit = await database.dataSource.getRepository(AuditLogEntry).findBy({ entity: 'data_request', entityId: request!.id });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['FILE', 'GRANTED']);
    expect(JSON.stringify(audit)).not.toMatch(/verkeerd gespeld|Janssen/);
  });

  it('lets the leader object to a refusal: the decision is open to objection', async () => {
    const filed = (await file(leader, { kind: 'CORRECTION', subject: 'OTHER', description: 'Mijn school staat er verkeerd in', proposedValue: 'De Regenboog' })).data!.fileDataRequest;
    const refused = await staff.request<{ decideDataRequest: Request }>(DECIDE, { id: filed.id, v: filed.version, outcome: 'REFUSED', grounds: 'Het bestuur bevestigt de school' });
    expect(refused.data!.decideDataRequest.status).toBe('REFUSED');
    expect((await lettersOf(filed.id))[0]!.subject).toBe('Uw verzoek om correctie is afgewezen');
    const objection = await leader.request<{ fileObjection: { status: string } }>(OBJECT, { id: filed.id });
    expect(objection.errors).toBeUndefined();
    expect(objection.data!.fileObjection.status).toBe('FILED');
  });

  it('refuses to grant an erasure while the leader is registered, in Dutch with that reason; refusing writes a letter', async () => {
    const filed = (await file(leader, { kind: 'ERASURE', description: 'Ik werk niet meer in het onderwijs' })).data!.fileDataRequest;
    const queue = (await staff.request<{ dataRequests: { nodes: (Request & { check: { grantAllowed: boolean; reasons: { code: string }[] } })[] } }>(QUEUE, { leaderId })).data!
      .dataRequests.nodes;
    expect(queue.find((node) => node.id === filed.id)!.check).toMatchObject({ grantAllowed: false, reasons: [{ code: 'ERASURE_WHILE_REGISTERED' }] });
    const granted = await staff.request(DECIDE, { id: filed.id, v: filed.version, outcome: 'GRANTED' });
    expect(granted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_WHILE_REGISTERED' });
    expect(granted.errors?.[0]?.message).toContain('pas na uitschrijving');
    const refused = await staff.request<{ decideDataRequest: Request }>(DECIDE, { id: filed.id, v: filed.version, outcome: 'REFUSED', grounds: granted.errors![0]!.message });
    expect(refused.data!.decideDataRequest.status).toBe('REFUSED');
    expect((await lettersOf(filed.id))[0]!.body).toContain('pas na uitschrijving');
    expect((await database.dataSource.getRepository(SchoolLeader).findOneByOrFail({ id: leaderId })).lastName).toBe('Janssen');
  });

  it('grants an erasure after deregistration: the leader is anonymised and hears of it by e-mail', async () => {
    const deregistered = await staff.request(DEREGISTER, { id: registration.id, v: registration.version, on: today });
    expect(deregistered.errors).toBeUndefined();
    const { email } = await database.dataSource.getRepository(SchoolLeader).findOneByOrFail({ id: leaderId });
    const filed = (await file(leader, { kind: 'ERASURE', description: 'Ik sta niet meer in het register' })).data!.fileDataRequest;
    const granted = await staff.request<{ decideDataRequest: Request }>(DECIDE, { id: filed.id, v: filed.version, outcome: 'GRANTED' });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.decideDataRequest.status).toBe('GRANTED');

    const anonymised = await database.dataSource.getRepository(SchoolLeader).findOneByOrFail({ id: leaderId });
    expect(anonymised.lastName).not.toBe('Janssen');
    expect(anonymised.email).toBeNull();
    const search = await staff.request<{ searchLeaders: { totalCount: number } }>('query { searchLeaders(query: "Janssen") { totalCount } }');
    expect(search.data!.searchLeaders.totalCount).toBe(0);
    // The leader's letters went with the anonymisation; the decision went to the address known before.
    expect(await lettersOf(filed.id)).toEqual([]);
    const [mail] = await database.dataSource.getRepository(EmailOutboxMessage).findBy({ toAddress: email!, subject: 'Uw persoonsgegevens zijn verwijderd' });
    expect(mail!.textBody).toContain('Beste Janne Janssen,');
    const audit = await database.dataSource.getRepository(AuditLogEntry).findBy({ entity: 'data_request', entityId: filed.id, action: 'PERSONAL_DATA_ANONYMISED' });
    expect(audit.map((entry) => entry.leaderId)).toEqual([leaderId]);
  });
});
