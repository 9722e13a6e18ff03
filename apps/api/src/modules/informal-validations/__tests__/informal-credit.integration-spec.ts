import { addDays, addMonths, addYears, todayInAmsterdam, type CalendarDate, type InformalValidationMethod } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyRegistrationJob } from '../../../jobs/daily-registration.job';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { AssessorOrganisation } from '../../assessor-organisations/assessor-organisation.entity';
import { formatDutchDate } from '../../letters/letter-text';
import { Letter } from '../../letters/letter.entity';
import { Theme } from '../../themes/theme.entity';
import { recordInformalValidations } from '../record-informal-validations';

const d = (value: string) => value as CalendarDate;
const THEMES = `themes { theme { code } completed completedOn route basis informalSource { method organisationName validatedOn } }
  evaluation { eligible themesCompleted themesMissing }`;
const PROGRESS = `{ myThemeProgress { periodStartsOn ${THEMES} informalValidations { theme { code } source { method } counts notCountedReasons } } }`;
const WHAT_IF = `query ($ids: [ID!]!) { whatIfReRegistration(offeringIds: $ids) { evaluation { eligible themesCompleted } } }`;
const CASE_FILE = `query ($id: ID!) { leaderProfile(id: $id) { themeProgress { ${THEMES} } auditTrail(first: 50) { nodes { entity action } } } }`;
const PUBLIC = `query ($n: String!) { publicRegistration(registerNumber: $n) { completedThemes { theme { code } completedOn route } } }`;
const CREATE = `mutation ($input: ApplicationInput!) { createApplication(kind: RE_REGISTRATION, input: $input) { id version } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { status } }`;

interface Item {
  theme: { code: string };
  completed: boolean;
  completedOn: string | null;
  route: string | null;
  basis: string | null;
  informalSource: { method: string; organisationName: string | null; validatedOn: string } | null;
}
interface Progress {
  periodStartsOn: string;
  informalValidations: { theme: { code: string }; source: { method: string }; counts: boolean; notCountedReasons: string[] }[];
  themes: Item[];
  evaluation: { eligible: boolean; themesCompleted: number; themesMissing: number };
}

/** Issue 10, "everywhere it counts": a theme validated through informal learning counts wherever a completion counts (DESIGN §3.4, §3.5). */
describe('informal validations as theme credit', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let providerId: string;
  let organisationId: string;
  const today = todayInAmsterdam(new Date());

  async function validate(leaderId: string, code: string, validatedOn: CalendarDate, method: InformalValidationMethod): Promise<void> {
    const theme = await database.dataSource.getRepository(Theme).findOneByOrFail({ code });
    await database.dataSource.transaction((manager) =>
      recordInformalValidations(
        manager,
        [{ leaderId, themeId: theme.id, validatedOn, method, assessorOrganisationId: method === 'PORTFOLIO' ? organisationId : null }],
        staff.accountId,
      ),
    );
  }

  const offering = (themeCodes: string[]) =>
    createCertifiedOffering(database.dataSource, staff.accountId, { providerId, themeCodes, validFrom: d('2010-01-01'), validUntil: d('2099-12-31') });

  const publicThemes = async (registerNumber: string) =>
    (await anonymousClient(server.url).request<{ publicRegistration: { completedThemes: { theme: { code: string }; completedOn: string; route: string }[] } }>(PUBLIC, { n: registerNumber }))
      .data!.publicRegistration.completedThemes;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    providerId = (await createProvider(database.dataSource)).id;
    organisationId = (
      await database.dataSource.getRepository(AssessorOrganisation).save({
        name: 'Assessoren Noord',
        kvkNumber: '12345678',
        contactEmail: 'info@assessoren-noord.example.nl',
        phone: null,
        certifiedFrom: d('2020-01-01'),
        certifiedUntil: d('2099-12-31'),
        feeOneOffCents: 4000,
        feePerThemeCents: 45000,
        feePerInterviewCents: 50000,
        feeResubmissionCents: 20000,
      })
    ).id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('counts in theme progress, what-if, the case file, eligibility and the public entry (as informal learning, without its source)', async () => {
    const registeredOn = addYears(today, -3);
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    await createCompletion(database.dataSource, (await offering(['1'])).execution.id, leader.id, addYears(registeredOn, 1));
    const portfolioOn = addDays(today, -40);
    await validate(leader.id, '3', portfolioOn, 'PORTFOLIO');

    // One formal and one informal theme: one more (a certified offering for theme 2) would be enough.
    const whatIf = await client.request<{ whatIfReRegistration: Progress }>(WHAT_IF, { ids: [(await offering(['2'])).offering.id] });
    expect(whatIf.data!.whatIfReRegistration.evaluation).toEqual({ eligible: true, themesCompleted: 3 });

    const peerOn = addDays(today, -10);
    await validate(leader.id, '8', peerOn, 'PEER_VALIDATION');
    const progress = (await client.request<{ myThemeProgress: Progress }>(PROGRESS)).data!.myThemeProgress;
    expect(progress.evaluation).toEqual({ eligible: true, themesCompleted: 3, themesMissing: 0 });
    const done = progress.themes.filter((item) => item.completed);
    expect(done).toEqual([
      { theme: { code: '1' }, completed: true, completedOn: addYears(registeredOn, 1), route: 'FORMAL', basis: 'WHOLE_THEME', informalSource: null },
      {
        theme: { code: '3' },
        completed: true,
        completedOn: portfolioOn,
        route: 'INFORMAL',
        basis: 'INFORMAL_VALIDATION',
        informalSource: { method: 'PORTFOLIO', organisationName: 'Assessoren Noord', validatedOn: portfolioOn },
      },
      {
        theme: { code: '8' },
        completed: true,
        completedOn: peerOn,
        route: 'INFORMAL',
        basis: 'INFORMAL_VALIDATION',
        informalSource: { method: 'PEER_VALIDATION', organisationName: null, validatedOn: peerOn },
      },
    ]);

    // Staff see the same progress in the case file, and each credit in its audit trail.
    const caseFile = (
      await staff.request<{ leaderProfile: { themeProgress: Progress; auditTrail: { nodes: { entity: string; action: string }[] } } }>(CASE_FILE, { id: leader.id })
    ).data!.leaderProfile;
    expect(caseFile.themeProgress.themes.filter((item) => item.completed)).toEqual(done);
    expect(caseFile.auditTrail.nodes.filter((node) => node.entity === 'informal_validation')).toEqual([
      { entity: 'informal_validation', action: 'VALIDATED' },
      { entity: 'informal_validation', action: 'VALIDATED' },
    ]);

    const response = await anonymousClient(server.url).request(PUBLIC, { n: leader.registerNumber });
    expect(JSON.stringify(response)).not.toContain('Assessoren Noord');
    expect(await publicThemes(leader.registerNumber)).toEqual([
      { theme: { code: '1' }, completedOn: addYears(registeredOn, 1), route: 'FORMAL' },
      { theme: { code: '3' }, completedOn: portfolioOn, route: 'INFORMAL' },
      { theme: { code: '8' }, completedOn: peerOn, route: 'INFORMAL' },
    ]);

    // The rules allow re-registration by themes: submitting passes the eligibility check.
    const app = (await client.request<{ createApplication: { id: string; version: number } }>(CREATE, {
      input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' },
    })).data!.createApplication;
    const submitted = await client.request<{ submitApplication: { status: string } }>(SUBMIT, { id: app.id, v: app.version });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitApplication.status).toBe('SUBMITTED');
  });

  it('a validation dated on the approval day of a re-registration counts only for the period that approval closed (§3.5)', async () => {
    // Registered 2022-09-01, re-registered on 2025-06-01: the new period starts that day.
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: d('2022-09-01'), reRegistrations: [d('2025-06-01')] } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const progress = async () => (await client.request<{ myThemeProgress: Progress }>(PROGRESS)).data!.myThemeProgress;

    await validate(leader.id, '5', d('2025-06-01'), 'PEER_VALIDATION');
    const sameDay = await progress();
    expect(sameDay.periodStartsOn).toBe('2025-06-01');
    expect(sameDay.evaluation).toEqual({ eligible: false, themesCompleted: 0, themesMissing: 3 });
    expect(await publicThemes(leader.registerNumber)).toEqual([]);

    expect(sameDay.informalValidations).toEqual([
      { theme: { code: '5' }, source: { method: 'PEER_VALIDATION' }, counts: false, notCountedReasons: [expect.stringContaining('1 juni 2025')] },
    ]);

    await validate(leader.id, '6', d('2025-06-02'), 'PORTFOLIO');
    const dayAfter = await progress();
    expect(dayAfter.evaluation).toEqual({ eligible: false, themesCompleted: 1, themesMissing: 2 });
    expect(dayAfter.informalValidations.map((row) => [row.theme.code, row.counts])).toEqual([
      ['6', true],
      ['5', false],
    ]);
    expect(await publicThemes(leader.registerNumber)).toEqual([{ theme: { code: '6' }, completedOn: '2025-06-02', route: 'INFORMAL' }]);
  });

  it('the reminder letter names a theme completed through informal learning among what is done', async () => {
    // Due in two months: the twelve-week reminder is due today.
    const registeredOn = addYears(addMonths(today, 2), -4);
    const { leader, registration } = await createLeader(database.dataSource, { registration: { registeredOn } });
    const peerOn = addDays(today, -20);
    await validate(leader.id, '5', peerOn, 'PEER_VALIDATION');

    await runDailyRegistrationJob(database.dataSource, today);
    const [letter] = await database.dataSource.getRepository(Letter).findBy({ relatedEntity: 'registration', relatedId: registration!.id, kind: 'REMINDER_TWELVE_WEEKS_BEFORE' });
    expect(letter?.body).toContain(
      `U hebt in deze registratieperiode 1 van de 3 thema’s afgerond die nodig zijn voor herregistratie: Omgaan met verschillen (afgerond op ${formatDutchDate(peerOn)}, via informeel leren). Er ontbreken nog 2 thema’s.`,
    );
  });
});
