import type { CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';

const d = (value: string) => value as CalendarDate;
const PROGRESS = `{ myThemeProgress { periodStartsOn themes { theme { code } completed } evaluation { eligible themesCompleted themesMissing } } }`;
const PUBLIC = `query ($n: String!) { publicRegistration(registerNumber: $n) { completedThemes { theme { code } } } }`;

interface Progress {
  periodStartsOn: string;
  themes: { theme: { code: string }; completed: boolean }[];
  evaluation: { eligible: boolean; themesCompleted: number; themesMissing: number };
}

/** DESIGN §3.5: the new period counts completions dated strictly after the re-registration's approval date. */
describe('period bounds of theme progress', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('a completion dated on the approval day counts only for the period that approval closed', async () => {
    const staffId = (await signedInClient(database.dataSource, server.url, [Role.STAFF])).accountId;
    const providerId = (await createProvider(database.dataSource)).id;
    const offering = (themeCodes: string[]) =>
      createCertifiedOffering(database.dataSource, staffId, { providerId, themeCodes, validFrom: d('2020-01-01'), validUntil: d('2099-12-31') });
    // Registered 2022-09-01 (due 2026-09-01), re-registered on 2025-06-01: the new period starts that day.
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: d('2022-09-01'), reRegistrations: [d('2025-06-01')] } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const progress = async () => (await client.request<{ myThemeProgress: Progress }>(PROGRESS)).data!.myThemeProgress;
    const publicThemes = async () =>
      (await anonymousClient(server.url).request<{ publicRegistration: { completedThemes: { theme: { code: string } }[] } }>(PUBLIC, { n: leader.registerNumber }))
        .data!.publicRegistration.completedThemes.map((row) => row.theme.code);

    await createCompletion(database.dataSource, (await offering(['1', '2', '3'])).execution.id, leader.id, d('2025-06-01'));
    const sameDay = await progress();
    expect(sameDay.periodStartsOn).toBe('2025-06-01');
    expect(sameDay.evaluation).toEqual({ eligible: false, themesCompleted: 0, themesMissing: 3 });
    expect(sameDay.themes.filter((row) => row.completed)).toEqual([]);
    expect(await publicThemes()).toEqual([]);

    await createCompletion(database.dataSource, (await offering(['5'])).execution.id, leader.id, d('2025-06-02'));
    expect((await progress()).evaluation).toEqual({ eligible: false, themesCompleted: 1, themesMissing: 2 });
    expect(await publicThemes()).toEqual(['5']);
  });
});
