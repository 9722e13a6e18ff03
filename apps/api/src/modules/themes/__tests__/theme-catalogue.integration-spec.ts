import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../accounts/role';
import { createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';

type ThemeData = { id: string; code: string; name: string; version: number; validFrom: CalendarDate; validUntil: CalendarDate | null };

const THEME_FIELDS = 'id code name description version validFrom validUntil';
const ADD_THEME = `mutation ($input: NewThemeInput!) { addTheme(input: $input) { ${THEME_FIELDS} } }`;
const UPDATE_THEME = `mutation ($id: ID!, $version: Int!, $input: CatalogueItemInput!) { updateTheme(id: $id, version: $version, input: $input) { ${THEME_FIELDS} } }`;
const ADD_SUBTHEME = `mutation ($themeId: ID!, $input: NewSubthemeInput!) { addSubtheme(themeId: $themeId, input: $input) { ${THEME_FIELDS} } }`;
const UPDATE_SUBTHEME = `mutation ($id: ID!, $version: Int!, $input: CatalogueItemInput!) { updateSubtheme(id: $id, version: $version, input: $input) { ${THEME_FIELDS} } }`;
const THEMES = `query ($activeOn: Date) { themes(activeOn: $activeOn) { ${THEME_FIELDS} subthemes(activeOn: $activeOn) { code validFrom validUntil } } }`;

const today = todayInAmsterdam(new Date());

describe('staff edit the theme catalogue', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let anonymous: TestClient;

  async function theme(code: string): Promise<ThemeData> {
    const response = await anonymous.request<{ themes: ThemeData[] }>(THEMES);
    return response.data!.themes.find((candidate) => candidate.code === code)!;
  }

  async function auditActions(entityId: string): Promise<string[]> {
    const rows = (await database.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`, [entityId])) as { action: string }[];
    return rows.map((row) => row.action);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    anonymous = anonymousClient(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('adds a theme with a future start: public themes(activeOn) shows it from that day only, before the wildcard, audited', async () => {
    const start = addDays(today, 30);
    const added = await staff.request<{ addTheme: ThemeData }>(ADD_THEME, {
      input: { code: '9', name: 'Pedagogisch leiderschap', description: 'Leiding geven aan het pedagogisch klimaat.', validFrom: start },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addTheme).toMatchObject({ code: '9', validFrom: start, validUntil: null, version: 1 });

    const before = await anonymous.request<{ themes: ThemeData[] }>(THEMES, { activeOn: addDays(start, -1) });
    const on = await anonymous.request<{ themes: ThemeData[] }>(THEMES, { activeOn: start });
    expect(before.data!.themes.map((t) => t.code)).not.toContain('9');
    expect(on.data!.themes.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '9', '8']);
    expect(await auditActions(added.data!.addTheme.id)).toEqual(['CREATE']);
  });

  it('refuses bad input with Dutch messages and the rule code, changing nothing', async () => {
    const base = { name: 'Nieuw', description: 'Omschrijving.', validFrom: addDays(today, 1) };
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ ...base, code: '1' }, 'CONFLICT', 'CATALOGUE_CODE_TAKEN', /code 1 is al in gebruik/],
      [{ ...base, code: '10 ' + 'x' }, 'BAD_USER_INPUT', 'CATALOGUE_CODE_INVALID', /ongeldig/],
      [{ ...base, code: '11', validUntil: today }, 'BAD_USER_INPUT', 'CATALOGUE_END_BEFORE_START', /einddatum .* ligt vóór de begindatum/],
      [{ ...base, code: '11', validFrom: addDays(today, -1) }, 'BAD_USER_INPUT', 'CATALOGUE_PAST_IS_FIXED', /ligt vóór vandaag/],
    ];
    for (const [input, code, reason, message] of cases) {
      const response = await staff.request(ADD_THEME, { input });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, reason });
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.errors?.[0]?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const empty = await staff.request(ADD_THEME, { input: { ...base, code: '11', name: '  ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await anonymous.request<{ themes: ThemeData[] }>(THEMES)).data!.themes.map((t) => t.code)).not.toContain('11');
  });

  it('only lets staff edit the catalogue', async () => {
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER]);
    const input = { code: '12', name: 'Nee', description: 'Nee.', validFrom: today };
    expect((await anonymous.request(ADD_THEME, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await leader.request(ADD_THEME, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds and retires subthemes inside their theme, and keeps the theme around them', async () => {
    const nine = await theme('9');
    const outside = await staff.request(ADD_SUBTHEME, { themeId: nine.id, input: { code: '9.1', name: 'Klimaat', validFrom: today } });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ reason: 'SUBTHEME_OUTSIDE_THEME', field: 'validFrom' });
    const wrongCode = await staff.request(ADD_SUBTHEME, { themeId: nine.id, input: { code: '4.9', name: 'Klimaat', validFrom: nine.validFrom } });
    expect(wrongCode.errors?.[0]?.extensions).toMatchObject({ reason: 'CATALOGUE_CODE_INVALID' });

    const added = await staff.request<{ addSubtheme: ThemeData }>(ADD_SUBTHEME, { themeId: nine.id, input: { code: '9.1', name: 'Klimaat', validFrom: nine.validFrom } });
    expect(added.errors).toBeUndefined();
    const end = addDays(nine.validFrom, 100);
    const retired = await staff.request<{ updateSubtheme: ThemeData }>(UPDATE_SUBTHEME, {
      id: added.data!.addSubtheme.id,
      version: added.data!.addSubtheme.version,
      input: { name: 'Pedagogisch klimaat', validFrom: nine.validFrom, validUntil: end },
    });
    expect(retired.data!.updateSubtheme).toMatchObject({ name: 'Pedagogisch klimaat', validUntil: end, version: 2 });
    expect(await auditActions(added.data!.addSubtheme.id)).toEqual(['CREATE', 'RETIRE']);

    // The theme cannot end before its subtheme does, nor start after it starts.
    const shrink = await staff.request(UPDATE_THEME, { id: nine.id, version: nine.version, input: { name: nine.name, description: 'x', validFrom: nine.validFrom, validUntil: addDays(end, -1) } });
    expect(shrink.errors?.[0]?.extensions).toMatchObject({ reason: 'SUBTHEME_OUTSIDE_THEME' });
    expect(shrink.errors?.[0]?.message).toContain('Deelthema 9.1');
  });

  it('refuses a stale version (optimistic locking) and a change of a start that has passed', async () => {
    const one = await theme('1');
    const passed = await staff.request(UPDATE_THEME, { id: one.id, version: one.version, input: { name: one.name, description: 'x', validFrom: addDays(today, 1) } });
    expect(passed.errors?.[0]?.extensions).toMatchObject({ reason: 'CATALOGUE_PAST_IS_FIXED' });
    expect(passed.errors?.[0]?.message).toContain('1 januari 2014');
    const stale = await staff.request(UPDATE_THEME, { id: one.id, version: one.version + 1, input: { name: 'X', description: 'x', validFrom: one.validFrom } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await theme('1')).name).toBe('Persoonlijk leiderschap');
  });

  it('renames a credited theme: the cached public entry shows the new name at once; retiring before a certification ends is refused', async () => {
    const provider = await createProvider(database.dataSource);
    const certifiedFrom = addYears(today, -1);
    const certifiedUntil = addYears(today, 3);
    const { execution } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: provider.id, themeCodes: ['3'], validFrom: certifiedFrom, validUntil: certifiedUntil,
    });
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: addYears(today, -2) } });
    await createCompletion(database.dataSource, execution.id, leader.id, addDays(certifiedFrom, 10));
    const ENTRY = `query ($number: String!) { publicRegistration(registerNumber: $number) { completedThemes { theme { code name } } } }`;
    type Entry = { publicRegistration: { completedThemes: { theme: { code: string; name: string } }[] } };
    const first = await anonymous.request<Entry>(ENTRY, { number: leader.registerNumber });
    expect(first.data!.publicRegistration.completedThemes.map((c) => c.theme.name)).toEqual(['In relatie staan tot de omgeving']);

    const three = await theme('3');
    const renamed = await staff.request<{ updateTheme: ThemeData }>(UPDATE_THEME, {
      id: three.id, version: three.version, input: { name: 'Verbinden met de omgeving', description: 'Nieuwe omschrijving.', validFrom: three.validFrom },
    });
    expect(renamed.errors).toBeUndefined();
    const again = await anonymous.request<Entry>(ENTRY, { number: leader.registerNumber });
    expect(again.data!.publicRegistration.completedThemes.map((c) => c.theme.name)).toEqual(['Verbinden met de omgeving']);

    const early = await staff.request(UPDATE_THEME, {
      id: three.id, version: renamed.data!.updateTheme.version, input: { name: 'Verbinden met de omgeving', description: 'x', validFrom: three.validFrom, validUntil: addDays(certifiedUntil, -1) },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CATALOGUE_ITEM_CERTIFIED', field: 'validUntil' });
    expect(early.errors?.[0]?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const onTime = await staff.request<{ updateTheme: ThemeData }>(UPDATE_THEME, {
      id: three.id, version: renamed.data!.updateTheme.version, input: { name: 'Verbinden met de omgeving', description: 'x', validFrom: three.validFrom, validUntil: certifiedUntil },
    });
    expect(onTime.data!.updateTheme.validUntil).toBe(certifiedUntil);
    expect(await auditActions(three.id)).toEqual(['UPDATE', 'RETIRE']);
    const after = await anonymous.request<{ themes: ThemeData[] }>(THEMES, { activeOn: addDays(certifiedUntil, 1) });
    expect(after.data!.themes.map((t) => t.code)).not.toContain('3');
  });
});
