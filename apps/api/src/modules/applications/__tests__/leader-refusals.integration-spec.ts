import { addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { formatDutchDate } from '../../letters/letter-text';
import { RegistrationApplication } from '../registration-application.entity';

const CREATE = `mutation ($kind: ApplicationKind!, $input: ApplicationInput!, $submit: Boolean) {
  createApplication(kind: $kind, input: $input, submit: $submit) { id version status kind } }`;
const WITHDRAW = `mutation ($id: ID!, $v: Int!) { withdrawApplication(id: $id, version: $v) { id status } }`;
const PROGRESS = `{ myThemeProgress {
  evaluation { eligible themesCompleted themesRequired themesMissing expiresOn reasons { code message } }
  completions { offeringTitle completedOn credits counts notCountedReasons } } }`;

type App = { id: string; version: number; status: string; kind: string };
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('what a leader may not do: refusals that change nothing (issue 8)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staffId: string;
  let providerId: string;
  const today = todayInAmsterdam(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staffId = (await signedInClient(database.dataSource, server.url, [Role.STAFF])).accountId;
    providerId = (await createProvider(database.dataSource)).id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function leaderClient(registration?: { registeredOn: CalendarDate }): Promise<{ client: TestClient; leaderId: string }> {
    const { leader } = await createLeader(database.dataSource, registration ? { registration } : {});
    return { client: await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id), leaderId: leader.id };
  }

  async function completed(leaderId: string, themeCode: string, on: CalendarDate, title?: string): Promise<void> {
    const { execution } = await createCertifiedOffering(database.dataSource, staffId, {
      providerId,
      themeCodes: [themeCode],
      validFrom: '2010-01-01' as CalendarDate,
      validUntil: '2099-12-31' as CalendarDate,
      ...(title ? { title } : {}),
    });
    await createCompletion(database.dataSource, execution.id, leaderId, on);
  }

  const stored = (leaderId: string) => database.dataSource.getRepository(RegistrationApplication).countBy({ leaderId });

  it('an empty application submitted at once is refused with the rule and stores nothing (no draft, kind not locked)', async () => {
    const { client, leaderId } = await leaderClient();
    const response = await client.request(CREATE, { kind: 'INITIAL', input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' }, submit: true });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_QUALIFICATION' });
    expect(response.errors?.[0]?.message).toBe('Er is geen geldige basiskwalificatie aangetoond.');
    expect(await stored(leaderId)).toBe(0);
  });

  it('re-registration with 1 of 3 themes is refused (THEMES_INSUFFICIENT, Dutch message) and stores nothing', async () => {
    const registeredOn = addYears(today, -3);
    const { client, leaderId } = await leaderClient({ registeredOn });
    await completed(leaderId, '2', addYears(registeredOn, 1));
    const input = { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO', reRegistrationRoute: 'THEMES' };
    const response = await client.request(CREATE, { kind: 'RE_REGISTRATION', input, submit: true });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'THEMES_INSUFFICIENT' });
    expect(response.errors?.[0]?.message).toBe('Afgerond in deze periode: 1 van de 3 thema’s; nog nodig: 2.');
    expect(await stored(leaderId)).toBe(0);
  });

  it('a second open application, of any kind, is refused until the first is closed', async () => {
    const { client, leaderId } = await leaderClient();
    const first = (await client.request<{ createApplication: App }>(CREATE, { kind: 'INITIAL', input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' } })).data!
      .createApplication;
    expect(first.status).toBe('DRAFT');

    const second = await client.request(CREATE, { kind: 'ASPIRANT', input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' } });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_ALREADY_OPEN' });
    expect(second.errors?.[0]?.message).toMatch(/^U hebt al een lopende aanvraag\./);
    expect(await stored(leaderId)).toBe(1);

    await client.request(WITHDRAW, { id: first.id, v: first.version });
    const after = await client.request<{ createApplication: App }>(CREATE, { kind: 'ASPIRANT', input: { leaderFunction: 'DIRECTOR', requestedTitle: 'RDO' } });
    expect(after.errors).toBeUndefined();
    expect(after.data!.createApplication).toMatchObject({ kind: 'ASPIRANT', status: 'DRAFT' });
  });

  it('theme progress lists each completion, and why one does not count, in Dutch with Dutch dates', async () => {
    const registeredOn = addYears(today, -3);
    const { client, leaderId } = await leaderClient({ registeredOn });
    const before = addYears(registeredOn, -1);
    await completed(leaderId, '1', addYears(registeredOn, 1), 'Leiderschap in de praktijk');
    await completed(leaderId, '3', before, 'Omgeving en bestuur');
    const progress = (
      await client.request<{
        myThemeProgress: {
          evaluation: { eligible: boolean; themesCompleted: number; themesRequired: number; themesMissing: number; expiresOn: string; reasons: { code: string; message: string }[] };
          completions: { offeringTitle: string; completedOn: string; credits: string[]; counts: boolean; notCountedReasons: string[] }[];
        };
      }>(PROGRESS)
    ).data!.myThemeProgress;
    expect(progress.evaluation).toMatchObject({ eligible: false, themesCompleted: 1, themesRequired: 3, themesMissing: 2, expiresOn: expect.any(String) });
    expect(progress.evaluation.reasons).toEqual([{ code: 'THEMES_INSUFFICIENT', message: 'Afgerond in deze periode: 1 van de 3 thema’s; nog nodig: 2.' }]);
    expect(progress.completions.map(({ offeringTitle, credits, counts }) => ({ offeringTitle, credits, counts }))).toEqual([
      { offeringTitle: 'Leiderschap in de praktijk', credits: ['1'], counts: true },
      { offeringTitle: 'Omgeving en bestuur', credits: ['3'], counts: false },
    ]);
    const [reason] = progress.completions[1]!.notCountedReasons;
    expect(reason).toContain(formatDutchDate(before));
    expect(reason).not.toMatch(ISO_DATE);
  });
});
