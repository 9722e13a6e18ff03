import { addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachEvidence, createBoard, createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { RegistrationApplication } from '../../applications/registration-application.entity';
import { DeferralRequestRow } from '../../deferrals/deferral-request.entity';
import { deliverPendingEmails, recordEmailDelivery } from '../../letters/email-delivery';

const SEARCH = `query ($q: String, $board: ID, $first: Int, $after: String) {
  searchLeaders(query: $q, boardId: $board, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id registerNumber displayName email status boards }
  }
}`;
const CASE_FILE = `query ($id: ID!) {
  leaderProfile(id: $id) {
    displayName
    themeProgress { evaluation { themesCompleted themesRequired } }
    applications { id status evidence { item present } }
    deferralRequests { id status }
    letters(first: 10) { totalCount nodes { subject } }
    auditTrail(first: 50) { totalCount nodes { entity action } }
  }
}`;
const CREATE = `mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { id version } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { id version status } }`;
const COMPLETE = `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { id version status } }`;
const APPLICATION = `query ($id: ID!) { application(id: $id) { status evidence { item present } verdict { eligible title level aspirant reasons { code message } } } }`;
const WORK = `{ workCounts { applicationsToCheck applicationsToSchedule deferralRequests outboxWaiting } }`;
const OUTBOX = `{ emailOutbox(first: 100) { nodes { id textBody status attempts lastError waitReason nextAttemptAt } } }`;
const REQUEST_DEFERRAL = `mutation ($date: Date!) { requestDeferral(kind: RE_REGISTRATION, reason: EARLY_REGISTRANT, requestedDueDate: $date) { id version } }`;
const DECIDE_DEFERRAL = `mutation ($id: ID!, $v: Int!, $date: Date) { decideDeferral(id: $id, version: $v, outcome: GRANTED, newDueDate: $date) { id status } }`;
const DEFERRALS = `{ deferralRequests(first: 50) { nodes { id requestedDueDate earlierRequests { id status grantedDueDate } check { allowed currentDueDate maxDueDate reasons { code } } } } }`;

type Counts = { applicationsToCheck: number; applicationsToSchedule: number; deferralRequests: number; outboxWaiting: number };

describe('staff find a leader and read the case file; completeness, deferral history, outbox reasons and work counts', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;
  const today = todayInAmsterdam(new Date());
  const input = {
    leaderFunction: 'DIRECTOR',
    requestedTitle: 'RDO',
    qualificationRoute: 'CERTIFIED_PROGRAMME',
    claimedLevel: 'VAKBEKWAAM',
    evidenceDate: addYears(today, -1),
    institution: 'Academie voor Schoolleiders',
    certificationValidFrom: addYears(today, -3),
  };

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await client.request<Record<string, T>>(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as T;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('finds leaders by name, register number, e-mail and board, keyset-paged by last name, with status and boards', async () => {
    const board = await createBoard(database.dataSource, 'Stichting Zoekbaar');
    const { leader: anna } = await createLeader(database.dataSource, { firstName: 'Anna', infix: 'de', lastName: 'Zoekerts', board, registration: { registeredOn: addYears(today, -1) } });
    const { leader: bram } = await createLeader(database.dataSource, { firstName: 'Bram', lastName: 'Zoekerts' });
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; email: string; status: string | null; boards: string[] }[] };

    const first = await ok<Page>(staff, SEARCH, { q: 'zoekerts', first: 1 });
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([expect.objectContaining({ id: anna.id, status: 'ACTIVE', boards: ['Stichting Zoekbaar'] })]);
    const second = await ok<Page>(staff, SEARCH, { q: 'zoekerts', first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual([expect.objectContaining({ id: bram.id, status: null, boards: [] })]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    expect((await ok<Page>(staff, SEARCH, { q: bram.email })).nodes.map((node) => node.id)).toEqual([bram.id]);
    expect((await ok<Page>(staff, SEARCH, { q: anna.registerNumber })).nodes.map((node) => node.id)).toEqual([anna.id]);
    expect((await ok<Page>(staff, SEARCH, { q: 'zoekerts', board: board.id })).nodes.map((node) => node.id)).toEqual([anna.id]);
    expect((await ok<Page>(committee, SEARCH, { q: '100%_' })).totalCount).toBe(0);
    const leaderClient = await signedInClient(database.dataSource, server.url, [Role.LEADER], bram.id);
    expect((await leaderClient.request(SEARCH, { q: 'zoekerts' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to mark an application complete without the required evidence; with it, the case file shows the application and its trail', async () => {
    const before = await ok<Counts>(staff, WORK);
    const { leader } = await createLeader(database.dataSource, { firstName: 'Dossier', lastName: 'Houder' });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    let app = await ok<{ id: string; version: number }>(client, CREATE, { input });
    app = await ok(client, SUBMIT, { id: app.id, v: app.version });
    expect((await ok<Counts>(staff, WORK)).applicationsToCheck).toBe(before.applicationsToCheck + 1);

    const shown = await ok<{ evidence: unknown[]; verdict: { eligible: boolean; reasons: { code: string }[] } }>(committee, APPLICATION, { id: app.id });
    expect(shown.evidence).toEqual([{ item: 'QUALIFICATION_PROOF', present: false }]);
    expect(shown.verdict).toEqual({ eligible: true, title: 'RDO', level: 'VAKBEKWAAM', aspirant: false, reasons: [] });

    const refused = await staff.request(COMPLETE, { id: app.id, v: app.version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICATION_EVIDENCE_MISSING' });
    expect(refused.errors?.[0]?.message).toMatch(/bewijs ontbreekt/);
    const stored = await database.dataSource.getRepository(RegistrationApplication).findOneByOrFail({ id: app.id });
    expect(stored).toMatchObject({ status: 'SUBMITTED', version: app.version });

    await attachEvidence(database.dataSource, app.id);
    expect((await ok<{ status: string }>(staff, COMPLETE, { id: app.id, v: app.version })).status).toBe('COMPLETE');
    const after = await ok<Counts>(staff, WORK);
    expect(after.applicationsToCheck).toBe(before.applicationsToCheck);
    expect(after.applicationsToSchedule).toBe(before.applicationsToSchedule + 1);

    type CaseFile = {
      themeProgress: { evaluation: { themesRequired: number } } | null;
      applications: { id: string; status: string; evidence: { present: boolean }[] }[];
      auditTrail: { totalCount: number; nodes: { entity: string; action: string }[] };
      letters: { totalCount: number };
    };
    const file = await ok<CaseFile>(staff, CASE_FILE, { id: leader.id });
    expect(file.themeProgress).toBeNull(); // not registered yet
    expect(file.applications).toEqual([{ id: app.id, status: 'COMPLETE', evidence: [{ item: 'QUALIFICATION_PROOF', present: true }] }]);
    expect(file.auditTrail.nodes.map((node) => `${node.entity}:${node.action}`)).toEqual([
      'registration_application:MARK_COMPLETE',
      'registration_application:SUBMIT',
      'registration_application:CREATE',
    ]);
    // Letters and the audit trail are for staff; the committee's case file leaves them out.
    const forCommittee = await committee.request(CASE_FILE, { id: leader.id });
    expect(forCommittee.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  });

  it('shows earlier deferrals and lets the domain say whether a further one is allowed', async () => {
    const registeredOn = '2015-03-01' as CalendarDate; // an early registrant: at most two years in all
    const { leader } = await createLeader(database.dataSource, { firstName: 'Uitstel', lastName: 'Vaker', registration: { registeredOn } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const due = addYears(registeredOn, 4);
    const first = await ok<{ id: string; version: number }>(client, REQUEST_DEFERRAL, { date: addYears(due, 1) });
    await ok(staff, DECIDE_DEFERRAL, { id: first.id, v: first.version, date: addYears(due, 1) });
    const second = await ok<{ id: string }>(client, REQUEST_DEFERRAL, { date: addYears(due, 2) });
    // Another early registrant whose deferrals already reach the cap asks for more.
    const { leader: capped } = await createLeader(database.dataSource, {
      firstName: 'Uitstel',
      lastName: 'Op',
      registration: { registeredOn, deferrals: [{ grantedOn: addYears(due, -1), newDueDate: addYears(due, 2) }] },
    });
    const beyond = await database.dataSource.getRepository(DeferralRequestRow).save(
      database.dataSource.getRepository(DeferralRequestRow).create({
        leaderId: capped.id,
        registrationId: null,
        kind: 'RE_REGISTRATION',
        reason: 'EARLY_REGISTRANT',
        requestedOn: today,
        requestedDueDate: addYears(due, 3),
        status: 'REQUESTED',
      }),
    );

    const file = await ok<{ deferralRequests: { id: string; status: string }[] }>(staff, CASE_FILE, { id: leader.id });
    expect(file.deferralRequests.map((request) => request.status)).toEqual(['REQUESTED', 'GRANTED']);

    type Pending = { id: string; earlierRequests: { id: string; status: string }[]; check: { allowed: boolean; currentDueDate: string | null; maxDueDate: string | null; reasons: { code: string }[] } };
    const pending = await ok<{ nodes: Pending[] }>(committee, DEFERRALS);
    const shownSecond = pending.nodes.find((node) => node.id === second.id)!;
    expect(shownSecond.earlierRequests).toEqual(expect.arrayContaining([expect.objectContaining({ id: first.id, status: 'GRANTED' })]));
    expect(shownSecond.check).toMatchObject({ allowed: true, currentDueDate: addYears(due, 1), maxDueDate: addYears(due, 2), reasons: [] });
    const shownBeyond = pending.nodes.find((node) => node.id === beyond.id)!;
    expect(shownBeyond.check.allowed).toBe(false);
    expect(shownBeyond.check.reasons.map((reason) => reason.code)).toContain('DEFERRAL_EXCEEDS_CAP');
  });

  it('says why each e-mail waits: no SMTP, queued, a failed attempt with its error and next try, or given up', async () => {
    type Message = { id: string; textBody: string; status: string; attempts: number; lastError: string | null; waitReason: string | null; nextAttemptAt: string | null };
    const outbox = async () => (await ok<{ nodes: Message[] }>(staff, OUTBOX)).nodes;
    const waiting = (await outbox()).filter((message) => message.status === 'PENDING');
    expect(waiting.length).toBeGreaterThan(0); // the deferral decision's letter
    expect(waiting[0]!.textBody).toMatch(/uitstel/);
    expect(waiting.every((message) => message.waitReason === 'NO_SMTP')).toBe(true);
    expect((await ok<Counts>(staff, WORK)).outboxWaiting).toBe(waiting.length);

    await recordEmailDelivery(database.dataSource, true);
    expect((await outbox()).filter((message) => message.status === 'PENDING').every((message) => message.waitReason === 'QUEUED')).toBe(true);

    const failing = nodemailer.createTransport({ name: 'failing', version: '1', send: (_mail, callback) => callback(new Error('SMTP-server weigert'), undefined) });
    await deliverPendingEmails(database.dataSource, failing, { from: 'register@example.nl' });
    const retrying = (await outbox()).find((message) => message.id === waiting[0]!.id)!;
    expect(retrying).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'SMTP-server weigert', waitReason: 'RETRY_SCHEDULED' });
    expect(new Date(retrying.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now());
    // Not due yet: a run right away leaves it alone.
    expect((await deliverPendingEmails(database.dataSource, failing, { from: 'register@example.nl' })).retrying).toBe(0);

    for (let hour = 1; hour <= 5; hour += 1) {
      await deliverPendingEmails(database.dataSource, failing, { from: 'register@example.nl', now: new Date(Date.now() + hour * 3_600_000) });
    }
    expect((await outbox()).find((message) => message.id === waiting[0]!.id)).toMatchObject({ status: 'FAILED', waitReason: 'GAVE_UP' });
    await recordEmailDelivery(database.dataSource, false);
  });
});
