import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifiedOffering, createCompletion, createProvider, ensureSubthemes } from '../../../testing/offering-fixtures';
import { createLeader } from '../../../testing/fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';

const d = (value: string) => value as CalendarDate;
const PUBLIC = `query ($n: String!, $asOf: Date) { publicRegistration(registerNumber: $n, asOf: $asOf) { completedThemes { theme { code name } completedOn route } } }`;
const PROGRESS = `themes { theme { code } completed completedOn basis coveredSubthemes { code } missingSubthemes { code } }
  evaluation { eligible route themesCompleted themesMissing themesRequired nextDueDate explanation }`;

interface Progress {
  themes: { theme: { code: string }; completed: boolean; completedOn: string | null; basis: string | null; coveredSubthemes: { code: string }[]; missingSubthemes: { code: string }[] }[];
  evaluation: { eligible: boolean; route: string | null; themesCompleted: number; themesMissing: number; nextDueDate: string | null; explanation: string[] };
}

describe('theme credits from completions', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let anonymous: TestClient;
  let staffId: string;
  let providerId: string;
  const offering = async (themeCodes: string[], subthemeCodes: string[] = [], validFrom = d('2020-01-01'), validUntil = d('2099-12-31')) =>
    createCertifiedOffering(database.dataSource, staffId, { providerId, themeCodes, subthemeCodes, validFrom, validUntil });
  const registered = async () => (await createLeader(database.dataSource, { registration: { registeredOn: d('2023-01-01') } })).leader;
  const publicThemes = async (registerNumber: string, asOf?: string) =>
    (await anonymous.request<{ publicRegistration: { completedThemes: { theme: { code: string }; completedOn: string; route: string }[] } }>(PUBLIC, { n: registerNumber, asOf }))
      .data!.publicRegistration.completedThemes;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    anonymous = anonymousClient(server.url);
    await ensureSubthemes(database.dataSource, '4', ['4.1', '4.2']);
    staffId = (await signedInClient(database.dataSource, server.url, [Role.STAFF])).accountId;
    providerId = (await createProvider(database.dataSource)).id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('credits every certified theme of one completion, and the public entry shows them for the asOf date', async () => {
    const leader = await registered();
    const { execution } = await offering(['1', '2']);
    await createCompletion(database.dataSource, execution.id, leader.id, d('2024-03-01'));
    expect(await publicThemes(leader.registerNumber)).toEqual([
      { theme: { code: '1', name: expect.any(String) }, completedOn: '2024-03-01', route: 'FORMAL' },
      { theme: { code: '2', name: expect.any(String) }, completedOn: '2024-03-01', route: 'FORMAL' },
    ]);
    expect(await publicThemes(leader.registerNumber, '2024-02-29')).toEqual([]);
  });

  it('does not count a completion dated outside the certification period', async () => {
    const leader = await registered();
    const { execution } = await offering(['3'], [], d('2024-01-01'), d('2024-06-30'));
    await createCompletion(database.dataSource, execution.id, leader.id, d('2024-07-01'));
    expect(await publicThemes(leader.registerNumber)).toEqual([]);
    await createCompletion(database.dataSource, (await offering(['3'], [], d('2024-01-01'), d('2024-06-30'))).execution.id, leader.id, d('2024-06-30'));
    expect((await publicThemes(leader.registerNumber)).map((row) => row.theme.code)).toEqual(['3']);
  });

  it('completes a theme by subthemes only when all are covered; the same theme twice and the wildcard count once', async () => {
    const leader = await registered();
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const progress = async () => (await client.request<{ myThemeProgress: Progress }>(`{ myThemeProgress { ${PROGRESS} } }`)).data!.myThemeProgress;

    await createCompletion(database.dataSource, (await offering([], ['4.1'])).execution.id, leader.id, d('2024-02-01'));
    expect(await publicThemes(leader.registerNumber)).toEqual([]);
    const partly = (await progress()).themes.find((row) => row.theme.code === '4')!;
    expect(partly).toMatchObject({ completed: false, coveredSubthemes: [{ code: '4.1' }], missingSubthemes: [{ code: '4.2' }] });

    await createCompletion(database.dataSource, (await offering([], ['4.2'])).execution.id, leader.id, d('2024-04-01'));
    const wildcardTwice = await offering(['8']);
    await createCompletion(database.dataSource, wildcardTwice.execution.id, leader.id, d('2024-05-01'));
    await createCompletion(database.dataSource, (await offering(['8', '1'])).execution.id, leader.id, d('2024-06-01'));
    await createCompletion(database.dataSource, (await offering(['1'])).execution.id, leader.id, d('2024-07-01'));

    const themes = await publicThemes(leader.registerNumber);
    expect(themes.map((row) => [row.theme.code, row.completedOn])).toEqual([
      ['4', '2024-04-01'],
      ['8', '2024-05-01'],
      ['1', '2024-06-01'],
    ]);
    const after = await progress();
    expect(after.themes.find((row) => row.theme.code === '4')).toMatchObject({ completed: true, basis: 'ALL_SUBTHEMES', missingSubthemes: [] });
    expect(after.evaluation).toMatchObject({ eligible: true, route: 'THEMES', themesCompleted: 3, themesMissing: 0, nextDueDate: '2031-01-01' });
  });

  it('answers what-if with offerings certified today, and refuses uncertified ones', async () => {
    const leader = await registered();
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const base = (await client.request<{ myThemeProgress: Progress }>(`{ myThemeProgress { ${PROGRESS} } }`)).data!.myThemeProgress;
    expect(base.evaluation).toMatchObject({ eligible: false, themesCompleted: 0, themesMissing: 3 });
    expect(base.evaluation.explanation.length).toBeGreaterThan(0);

    const three = await offering(['5', '6', '7']);
    const whatIf = await client.request<{ whatIfReRegistration: Progress }>(`query ($ids: [ID!]!) { whatIfReRegistration(offeringIds: $ids) { ${PROGRESS} } }`, { ids: [three.offering.id] });
    expect(whatIf.errors).toBeUndefined();
    expect(whatIf.data!.whatIfReRegistration.evaluation).toMatchObject({ eligible: true, route: 'THEMES', themesCompleted: 3 });

    const expired = await offering(['5'], [], d('2015-01-01'), d('2020-12-31'));
    const refused = await client.request(`query ($ids: [ID!]!) { whatIfReRegistration(offeringIds: $ids) { evaluation { eligible } } }`, { ids: [expired.offering.id] });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('OFFERING_NOT_CERTIFIED');
  });
});
