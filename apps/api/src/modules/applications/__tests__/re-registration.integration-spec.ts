import { addMonths, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachEvidence, createLeader, type LeaderFixture } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { AuditLogEntry } from '../../audit/audit-log.entity';
import { formatDutchDate } from '../../letters/letter-text';
import { Letter } from '../../letters/letter.entity';
import { RegistrationTitleChange, ReRegistration } from '../../registrations/registration-history.entity';
import { RegistrationApplication } from '../registration-application.entity';

const APP_FIELDS = 'id version status kind reRegistrationRoute';
const CREATE = `mutation ($input: ApplicationInput!) { createApplication(kind: RE_REGISTRATION, input: $input) { ${APP_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${APP_FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { ${APP_FIELDS} } }`;
const PLAN = `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d) { id } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { ${APP_FIELDS} } }`;
const DECIDE = `mutation ($input: DecisionInput!) { decideApplication(input: $input) { id outcome isException decidedOn } }`;
const PUBLIC = `query ($n: String!) { publicRegistration(registerNumber: $n) { title qualificationLevel status registeredOn reRegistrationDue } }`;

type App = { id: string; version: number; status: string; kind: string; reRegistrationRoute: string | null };

describe('re-registration applications (DESIGN §3.3, §3.5)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let committee: TestClient;
  let meetingId: string;
  let providerId: string;
  const today = todayInAmsterdam(new Date());

  async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await client.request<Record<string, T>>(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as T;
  }

  /** A registered leader, signed in, with a counted completion for each of `themeCodes` on `completedOn`. */
  async function registeredLeader(registration: LeaderFixture['registration'], themeCodes: string[], completedOn?: CalendarDate) {
    const { leader, registration: row } = await createLeader(database.dataSource, { registration });
    for (const code of themeCodes) {
      const { execution } = await createCertifiedOffering(database.dataSource, staff.accountId, {
        providerId,
        themeCodes: [code],
        validFrom: '2010-01-01' as CalendarDate,
        validUntil: '2099-12-31' as CalendarDate,
      });
      await createCompletion(database.dataSource, execution.id, leader.id, completedOn!);
    }
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    return { leader, registration: row!, client };
  }

  /** Staff check and schedule a submitted application; the committee decides it at today's meeting. */
  async function scheduled(app: App): Promise<App> {
    await attachEvidence(database.dataSource, app.id);
    const complete = await ok<App>(staff, COMPLETE, { id: app.id, v: app.version });
    return ok<App>(staff, SCHEDULE, { id: complete.id, v: complete.version, m: meetingId });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    meetingId = (await ok<{ id: string }>(staff, PLAN, { d: today })).id;
    providerId = (await createProvider(database.dataSource)).id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('three themes, approved late in the CONDITIONAL window: next due date is the old due date + 4 years, status ACTIVE again', async () => {
    const registeredOn = addMonths(addYears(today, -4), -2);
    const oldDue = addYears(registeredOn, 4);
    const { leader, registration, client } = await registeredLeader({ registeredOn }, ['1', '2', '3'], addYears(registeredOn, 2));
    const publicEntry = () => ok<Record<string, unknown>>(anonymousClient(server.url), PUBLIC, { n: leader.registerNumber });
    expect(await publicEntry()).toMatchObject({ status: 'CONDITIONAL', reRegistrationDue: oldDue });

    let app = await ok<App>(client, CREATE, { input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' } });
    expect(app).toMatchObject({ kind: 'RE_REGISTRATION', status: 'DRAFT', reRegistrationRoute: 'THEMES' });
    app = await ok<App>(client, SUBMIT, { id: app.id, v: app.version });
    expect(app.status).toBe('SUBMITTED');
    app = await scheduled(app);

    const decision = await ok<{ id: string; outcome: string; isException: boolean; decidedOn: string }>(committee, DECIDE, {
      input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' },
    });
    expect(decision).toMatchObject({ outcome: 'APPROVED', isException: false, decidedOn: today });

    const newDue = addYears(oldDue, 4);
    expect(newDue).not.toBe(addYears(today, 4)); // no drift: not the approval date + 4 years
    expect(await publicEntry()).toEqual({ title: 'RDO', qualificationLevel: 'VAKBEKWAAM', status: 'ACTIVE', registeredOn, reRegistrationDue: newDue });
    expect(await database.dataSource.getRepository(ReRegistration).findBy({ registrationId: registration.id })).toEqual([
      expect.objectContaining({ approvedOn: today, route: 'THEMES' }),
    ]);
    expect(await database.dataSource.getRepository(RegistrationTitleChange).countBy({ registrationId: registration.id })).toBe(1);
    const letter = await database.dataSource.getRepository(Letter).findOneByOrFail({ relatedEntity: 'decision', relatedId: decision.id });
    expect(letter).toMatchObject({ leaderId: leader.id, kind: 'APPLICATION_APPROVED' });
    expect(letter.subject).toMatch(/herregistratie/);
    expect(letter.body).toContain(formatDutchDate(newDue));
    expect(await database.dataSource.getRepository(AuditLogEntry).countBy({ entity: 'decision', entityId: decision.id })).toBe(1);
  });

  it('two themes: submitting is refused with the domain reason and nothing changes', async () => {
    const registeredOn = addYears(today, -3);
    const { client } = await registeredLeader({ registeredOn }, ['1', '8'], addYears(registeredOn, 1));
    const app = await ok<App>(client, CREATE, { input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' } });
    const response = await client.request(SUBMIT, { id: app.id, v: app.version });
    expect(response.errors?.[0]?.extensions?.reason).toBe('THEMES_INSUFFICIENT');
    expect(response.errors?.[0]?.message).toMatch(/2 van de 3 thema/);
    const stored = await database.dataSource.getRepository(RegistrationApplication).findOneByOrFail({ id: app.id });
    expect(stored).toMatchObject({ status: 'DRAFT', version: app.version, submittedAt: null });
  });

  it('certified vakbekwaam programme for a RADO at basisbekwaam: level VAKBEKWAAM and title RDO from the decision date', async () => {
    const registeredOn = addYears(today, -3);
    const { leader, registration, client } = await registeredLeader({ registeredOn, title: 'RADO', level: 'BASISBEKWAAM' }, []);
    let app = await ok<App>(client, CREATE, {
      input: {
        leaderFunction: 'DEPUTY_DIRECTOR',
        requestedTitle: 'RDO',
        reRegistrationRoute: 'VAKBEKWAAM_PROGRAMME',
        claimedLevel: 'VAKBEKWAAM',
        evidenceDate: addYears(today, -1),
        institution: 'Academie voor Schoolleiders',
        certificationValidFrom: addYears(today, -4),
      },
    });
    app = await ok<App>(client, SUBMIT, { id: app.id, v: app.version });
    app = await scheduled(app);
    await ok(committee, DECIDE, { input: { applicationId: app.id, version: app.version, outcome: 'APPROVED' } });

    expect(await ok(anonymousClient(server.url), PUBLIC, { n: leader.registerNumber })).toEqual({
      title: 'RDO',
      qualificationLevel: 'VAKBEKWAAM',
      status: 'ACTIVE',
      registeredOn,
      reRegistrationDue: addYears(registeredOn, 8), // re-registered early: still the previous due date + 4 years
    });
    expect(await database.dataSource.getRepository(RegistrationTitleChange).findOneBy({ registrationId: registration.id, effectiveOn: today })).toMatchObject({
      title: 'RDO',
      level: 'VAKBEKWAAM',
      aspirant: false,
    });
    expect(await database.dataSource.getRepository(ReRegistration).findOneBy({ registrationId: registration.id })).toMatchObject({ route: 'VAKBEKWAAM_PROGRAMME' });
  });

  it('NVAO master dated before the registration date: submitting is refused with the master reason first', async () => {
    const registeredOn = addYears(today, -2);
    const { client } = await registeredLeader({ registeredOn }, []);
    const app = await ok<App>(client, CREATE, {
      input: {
        leaderFunction: 'DIRECTOR',
        requestedTitle: 'RDO',
        reRegistrationRoute: 'NVAO_MASTER',
        evidenceDate: addYears(registeredOn, -1),
        nvaoAccredited: true,
        alignedWithStandard: true,
      },
    });
    const response = await client.request(SUBMIT, { id: app.id, v: app.version });
    expect(response.errors?.[0]?.extensions?.reason).toBe('MASTER_NOT_AFTER_REGISTRATION');
    const reasons = (response.errors?.[0]?.extensions?.reasons as { code: string }[]).map((reason) => reason.code);
    expect(reasons).toEqual(['MASTER_NOT_AFTER_REGISTRATION', 'THEMES_INSUFFICIENT']);
  });

  it('approving against the rules needs a justification and is recorded as an exception', async () => {
    const registeredOn = addMonths(addYears(today, -4), -1);
    const { registration, leader } = await registeredLeader({ registeredOn }, ['1'], addYears(registeredOn, 1));
    const created = await database.dataSource.getRepository(RegistrationApplication).save({
      leaderId: leader.id,
      kind: 'RE_REGISTRATION',
      status: 'SCHEDULED',
      meetingId,
      leaderFunction: 'DIRECTOR',
      requestedTitle: 'RDO',
      reRegistrationRoute: 'THEMES',
    } as RegistrationApplication);
    const refused = await committee.request(DECIDE, { input: { applicationId: created.id, version: created.version, outcome: 'APPROVED' } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION');
    expect(await database.dataSource.getRepository(ReRegistration).countBy({ registrationId: registration.id })).toBe(0);

    const approved = await ok<{ isException: boolean }>(committee, DECIDE, {
      input: { applicationId: created.id, version: created.version, outcome: 'APPROVED', exceptionJustification: 'Langdurig ziek geweest; thema’s volgen.' },
    });
    expect(approved.isException).toBe(true);
    expect(await database.dataSource.getRepository(ReRegistration).findOneBy({ registrationId: registration.id })).toMatchObject({ route: 'THEMES', approvedOn: today });
  });

  it('needs a route for a re-registration and refuses one for other kinds', async () => {
    const { client } = await registeredLeader({ registeredOn: addYears(today, -1) }, []);
    const noRoute = await client.request(CREATE, { input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' } });
    expect(noRoute.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reRegistrationRoute' });
    const initial = await client.request(`mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { id } }`, {
      input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' },
    });
    expect(initial.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reRegistrationRoute' });
  });
});
