import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Subtheme } from '../subtheme.entity';
import { Theme } from '../theme.entity';

type ThemesData = {
  themes: { code: string; name: string; isWildcard: boolean; validFrom: string; subthemes: { code: string; name: string }[] }[];
};

const THEMES_QUERY = /* GraphQL */ `
  query Themes($activeOn: Date) {
    themes(activeOn: $activeOn) {
      code
      name
      isWildcard
      validFrom
      subthemes(activeOn: $activeOn) {
        code
        name
      }
    }
  }
`;

describe('themes(activeOn)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const theme4 = await database.dataSource.getRepository(Theme).findOneByOrFail({ code: '4' });
    await database.dataSource.getRepository(Subtheme).save([
      { themeId: theme4.id, code: '4.1', name: 'Onderzoekend vermogen', description: null, validFrom: '2014-01-01', validUntil: null, sortOrder: 1 },
      { themeId: theme4.id, code: '4.2', name: 'Kwaliteitszorg', description: null, validFrom: '2020-01-01', validUntil: '2022-12-31', sortOrder: 2 },
    ] as Subtheme[]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('returns the start catalogue of eight themes in order, the wildcard last', async () => {
    const response = await server.graphql<ThemesData>(THEMES_QUERY);
    expect(response.errors).toBeUndefined();
    const themes = response.data!.themes;
    expect(themes.map((theme) => theme.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(themes[0]!.name).toBe('Persoonlijk leiderschap');
    expect(themes.filter((theme) => theme.isWildcard).map((theme) => theme.name)).toEqual(['Wildcard']);
  });

  it('leaves out themes not yet valid on activeOn: the wildcard only exists from 2018', async () => {
    const before = await server.graphql<ThemesData>(THEMES_QUERY, { activeOn: '2017-12-31' });
    const on = await server.graphql<ThemesData>(THEMES_QUERY, { activeOn: '2018-01-01' });
    expect(before.data!.themes.map((theme) => theme.code)).not.toContain('8');
    expect(on.data!.themes.map((theme) => theme.code)).toContain('8');
  });

  it('lists subthemes per theme, filtered by their own validity', async () => {
    const all = await server.graphql<ThemesData>(THEMES_QUERY);
    expect(all.data!.themes.find((theme) => theme.code === '4')!.subthemes.map((s) => s.code)).toEqual(['4.1', '4.2']);
    const in2023 = await server.graphql<ThemesData>(THEMES_QUERY, { activeOn: '2023-01-01' });
    expect(in2023.data!.themes.find((theme) => theme.code === '4')!.subthemes.map((s) => s.code)).toEqual(['4.1']);
    expect(in2023.data!.themes.find((theme) => theme.code === '1')!.subthemes).toEqual([]);
  });

  it.each(['2023-02-30', '01-01-2023', 'morgen', '2023-1-1'])('rejects the malformed date %s with BAD_USER_INPUT', async (activeOn) => {
    const response = await server.graphql(THEMES_QUERY, { activeOn });
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/Ongeldige/);
  });

  it('rejects a malformed date literal in the query text', async () => {
    const response = await server.graphql('{ themes(activeOn: "2023-13-01") { code } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/Ongeldige datum/);
  });
});
