import { addDays, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifiedOffering, createProvider, ensureSubthemes } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { OfferingExecution } from '../../offerings/offering.entity';

const QUERY = `query ($theme: String, $q: String, $first: Int, $after: String) {
  certifiedOfferings(themeCode: $theme, query: $q, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { title kind owner { name website } certifiedFrom certifiedUntil themes { code } subthemes { code } upcomingExecutions { startsOn location } } }
  } }`;

interface Page {
  certifiedOfferings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { title: string; owner: { name: string; website: string | null }; themes: { code: string }[]; subthemes: { code: string }[]; upcomingExecutions: { startsOn: string }[] } }[];
  };
}

describe('public catalogue of certified offerings', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let anonymous: TestClient;
  const today = todayInAmsterdam(new Date());
  const d = (value: string) => value as CalendarDate;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    anonymous = anonymousClient(server.url);
    await ensureSubthemes(database.dataSource, '4', ['4.1', '4.2']);
    const staffId = (await signedInClient(database.dataSource, server.url, [Role.STAFF])).accountId;
    const provider = await createProvider(database.dataSource, 'Academie Alfa');
    const make = (title: string, themeCodes: string[], subthemeCodes: string[], validFrom: CalendarDate, validUntil: CalendarDate) =>
      createCertifiedOffering(database.dataSource, staffId, { providerId: provider.id, title, themeCodes, subthemeCodes, validFrom, validUntil });
    const current = await make('Bestuurlijk leiderschap', ['1', '2'], [], d('2020-01-01'), d('2099-12-31'));
    await database.dataSource.getRepository(OfferingExecution).insert({ offeringId: current.offering.id, startsOn: addDays(today, 30), endsOn: addDays(today, 31), location: 'Zwolle', online: false, capacity: 12 });
    await make('Data en kwaliteit', [], ['4.1'], d('2020-01-01'), d('2099-12-31'));
    await make('Verlopen cursus', ['1'], [], d('2010-01-01'), d('2015-12-31'));
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lists only offerings certified today, with certified themes, owner and upcoming executions', async () => {
    const page = (await anonymous.request<Page>(QUERY, {})).data!.certifiedOfferings;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((edge) => edge.node.title)).toEqual(['Bestuurlijk leiderschap', 'Data en kwaliteit']);
    expect(page.edges[0]!.node).toMatchObject({
      owner: { name: 'Academie Alfa', website: 'https://academie.example.nl' },
      themes: [{ code: '1' }, { code: '2' }],
      upcomingExecutions: [{ startsOn: addDays(today, 30) }],
    });
  });

  it('filters by theme (also via its subthemes) and words, and pages with a cursor', async () => {
    const byTheme = (await anonymous.request<Page>(QUERY, { theme: '4' })).data!.certifiedOfferings;
    expect(byTheme.edges.map((edge) => edge.node.subthemes)).toEqual([[{ code: '4.1' }]]);
    expect((await anonymous.request<Page>(QUERY, { theme: '1' })).data!.certifiedOfferings.totalCount).toBe(1);
    expect((await anonymous.request<Page>(QUERY, { q: 'alfa kwaliteit' })).data!.certifiedOfferings.edges.map((edge) => edge.node.title)).toEqual(['Data en kwaliteit']);
    const first = (await anonymous.request<Page>(QUERY, { first: 1 })).data!.certifiedOfferings;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await anonymous.request<Page>(QUERY, { first: 1, after: first.pageInfo.endCursor })).data!.certifiedOfferings;
    expect(second.edges.map((edge) => edge.node.title)).toEqual(['Data en kwaliteit']);
    expect((await anonymous.request(QUERY, { first: 500 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not expose contact details to anonymous callers', async () => {
    const response = await anonymous.request(`{ certifiedOfferings { edges { node { owner { contactEmail } } } } }`);
    expect(response.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
