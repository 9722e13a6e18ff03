import { addYears, todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PDF, uploadDocument } from '../../../testing/documents';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { School } from '../../organisations/school.entity';

const PORTAL = 'https://register.example.nl/portaal';

/**
 * The audit log is append-only, so it must hold no personal value an erasure would have to reach
 * (issue 12): a leader's case walked through the real services, every personal value used along
 * the way searched for in the whole log as text.
 */
describe('audit log: references and changed fields, never personal values', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;
  const today = todayInAmsterdam(new Date());

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await client.request<Record<string, T>>(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as T;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false, portalUrl: PORTAL });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('keeps references, field names and non-personal values for every kind a leader’s case touches', async () => {
    const personal: string[] = [];
    const remember = <T extends string>(value: T): T => (personal.push(value), value);

    // school_leader (self-service enrolment, confirmed through the e-mailed link)
    const board = await createBoard(database.dataSource, 'Stichting Privacy');
    const [school] = await database.dataSource.getRepository(School).save([{ brin: '93PV', name: 'De Geheimhouder', city: 'Gouda', boardId: board.id }]);
    const enrolEmail = remember('ximena.quadflieg@example.org');
    const enrol = { email: enrolEmail, password: 'paarse olifant fietst naar Zwolle', firstName: remember('Ximena'), infix: 'van', lastName: remember('Quadflieg'), boardId: board.id, schoolId: school!.id, leaderFunction: 'DIRECTOR' };
    expect(await ok(anonymousClient(server.url), `mutation ($input: EnrolInput!) { enrol(input: $input) }`, { input: enrol })).toBe(true);
    const [mail] = (await database.dataSource.query(`SELECT text_body FROM email_outbox WHERE to_address = $1`, [enrolEmail])) as { text_body: string }[];
    const token = /#token=([\w-]+)/.exec(mail!.text_body)![1];
    expect(await ok(anonymousClient(server.url), `mutation ($token: String!) { verifyEmail(token: $token) }`, { token })).toBe(true);

    // A registered leader with a personal name, e-mail address and birth date.
    const { leader } = await createLeader(database.dataSource, { firstName: remember('Yolanthe'), lastName: remember('Zeldenrust'), registration: { registeredOn: '2015-03-01' as never } });
    remember(leader.email!);
    remember(leader.birthDate!);
    remember(leader.registerNumber);
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);

    // account: staff give another leader an account, then rename it
    const { leader: other } = await createLeader(database.dataSource, { firstName: remember('Quirijn'), lastName: remember('Haverkamp') });
    const account = await ok<{ id: string; version: number }>(staff, `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version } }`, {
      input: { displayName: 'Quirijn Haverkamp', email: remember('quirijn.privé@example.org'), roles: ['LEADER'], leaderRegisterNumber: other.registerNumber },
    });
    await ok(staff, `mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: $v, input: $input) { id } }`, {
      id: account.id, v: account.version, input: { displayName: remember('Quirijn Haverkamp-Overbeek'), roles: ['LEADER'], leaderRegisterNumber: other.registerNumber },
    });

    // registration_application, evidence_document, decision: applied, documented, returned, decided with free texts
    const input = {
      leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', qualificationRoute: 'CERTIFIED_PROGRAMME', claimedLevel: 'VAKBEKWAAM',
      evidenceDate: addYears(today, -1), certificationValidFrom: addYears(today, -3),
      institution: remember('Opleidingsinstituut Zeldenrust'), leaderNote: remember('Mijn toelichting over mijn ziekteverlof'),
    };
    let app = await ok<{ id: string; version: number }>(client, `mutation ($input: ApplicationInput!) { createApplication(kind: LEVEL_CHANGE, input: $input) { id version } }`, { input });
    app = await ok(client, `mutation ($id: ID!, $v: Int!, $input: ApplicationInput!) { updateApplication(id: $id, version: $v, input: $input) { id version } }`, {
      id: app.id, v: app.version, input: { ...input, leaderNote: remember('Aangevuld: ziekteverlof in 2023') },
    });
    await uploadDocument(server.url, client.cookie, undefined, remember('diploma-yolanthe-zeldenrust.pdf'));
    const attach = await fetch(`${server.url}/applications/${app.id}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(remember('getuigschrift-zeldenrust.pdf')), cookie: client.cookie },
      body: TINY_PDF,
    });
    expect(attach.status).toBe(201);
    app = await ok(client, `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { id version } }`, { id: app.id, v: app.version });
    app = await ok(staff, `mutation ($id: ID!, $v: Int!, $m: String!) { returnApplication(id: $id, version: $v, message: $m) { id version } }`, {
      id: app.id, v: app.version, m: remember('Mevrouw Zeldenrust, stuur uw cijferlijst mee'),
    });
    app = await ok(client, `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { id version } }`, { id: app.id, v: app.version });
    app = await ok(staff, `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { id version } }`, { id: app.id, v: app.version });
    const meeting = await ok<{ id: string }>(staff, `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d, location: "Utrecht") { id } }`, { d: today });
    app = await ok(staff, `mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { id version } }`, { id: app.id, v: app.version, m: meeting.id });
    const decision = await ok<{ id: string }>(committee, `mutation ($input: DecisionInput!) { decideApplication(input: $input) { id } }`, {
      input: { applicationId: app.id, version: app.version, outcome: 'REJECTED', reasons: remember('Zeldenrust toont de ervaring onvoldoende aan') },
    });

    // objection: the leader objects to the decision, with grounds
    await ok(client, `mutation ($id: ID!, $g: String!) { fileObjection(decisionId: $id, grounds: $g) { id } }`, { id: decision.id, g: remember('Ik, Yolanthe, was destijds ziek') });

    // deferral_request: requested with a motivation, decided with reasons
    const deferral = await ok<{ id: string; version: number }>(client, `mutation ($d: Date!, $m: String) { requestDeferral(kind: RE_REGISTRATION, reason: EARLY_REGISTRANT, requestedDueDate: $d, motivation: $m) { id version } }`, {
      d: '2021-03-01', m: remember('Mijn mantelzorg voor moeder Zeldenrust'),
    });
    await ok(staff, `mutation ($id: ID!, $v: Int!, $r: String) { decideDeferral(id: $id, version: $v, outcome: PARTLY_GRANTED, newDueDate: "2020-03-01", reasons: $r) { id } }`, {
      id: deferral.id, v: deferral.version, r: remember('Gezien de mantelzorg een jaar'),
    });

    // registration: deregistered with a reason
    const profile = await ok<{ registration: { id: string; version: number } }>(client, `{ myProfile { registration { id version } } }`);
    await ok(staff, `mutation ($id: ID!, $v: Int!, $r: String!) { deregister(registrationId: $id, version: $v, on: "2023-08-01", reason: $r) { id } }`, {
      id: profile.registration.id, v: profile.registration.version, r: remember('Emigreert naar Curaçao'),
    });

    // api_key and provider: contact persons of organisations
    await ok(staff, `mutation ($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`, {
      input: { organisation: 'Stichting Koppeling', contactName: remember('Wubbo Kwakernaak'), contactEmail: remember('wubbo@koppeling.example'), purpose: remember('Koppeling voor Wubbo'), scopes: ['BULK_LOOKUP'] },
    });
    await ok(staff, `mutation ($input: ProviderInput!) { createProvider(input: $input) { id } }`, {
      input: { name: 'Academie Openbaar', kvkNumber: '12345678', contactEmail: remember('jorinde.vlasblom@academie.example'), phone: remember('06-98765432') },
    });

    const kinds = (await database.dataSource.query(`SELECT DISTINCT entity FROM audit_log ORDER BY entity`)) as { entity: string }[];
    expect(kinds.map((row) => row.entity)).toEqual(
      expect.arrayContaining(['account', 'api_key', 'decision', 'deferral_request', 'evidence_document', 'objection', 'provider', 'registration', 'registration_application', 'school_leader']),
    );
    const [{ text }] = (await database.dataSource.query(`SELECT string_agg(to_jsonb(a)::text, ' ') AS text FROM audit_log a`)) as [{ text: string }];
    for (const value of personal) expect(text, value).not.toContain(value);

    // What is kept: the reference to the leader, the changed fields by name, non-personal values.
    const entries = (await database.dataSource.query(`SELECT entity, action, before, after, changed_fields, leader_id FROM audit_log WHERE leader_id = $1 ORDER BY id`, [leader.id])) as {
      entity: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; changed_fields: string[];
    }[];
    expect(entries.map((entry) => entry.entity)).toEqual(expect.arrayContaining(['registration_application', 'evidence_document', 'decision', 'objection', 'deferral_request', 'registration']));
    const edit = entries.find((entry) => entry.action === 'EDIT')!;
    expect(edit.changed_fields).toEqual(['leaderNote']);
    expect(entries.find((entry) => entry.entity === 'registration' && entry.action === 'DEREGISTER')).toMatchObject({ after: { deregisteredOn: '2023-08-01' } });
    expect(entries.find((entry) => entry.entity === 'registration' && entry.action === 'DEREGISTER')!.changed_fields).toContain('deregistrationReason');
    expect(entries.find((entry) => entry.entity === 'decision')).toMatchObject({ after: { outcome: 'REJECTED', applicationId: app.id } });
    const [renamed] = (await database.dataSource.query(`SELECT changed_fields, leader_id FROM audit_log WHERE entity = 'account' AND action = 'UPDATE'`)) as { changed_fields: string[]; leader_id: string }[];
    expect(renamed).toEqual({ changed_fields: ['displayName'], leader_id: other.id });
  });
});
