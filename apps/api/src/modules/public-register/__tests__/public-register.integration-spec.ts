import { addDays, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { signedInClient } from '../../../testing/sessions';
import { Role } from '../../accounts/role';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';

const ENTRY_FIELDS = `registerNumber displayName title aspirant qualificationLevel status registeredOn reRegistrationDue aspirantUntil expiresOn deregisteredOn
  periodStartsOn boards { name } completedThemes { theme { code } completedOn }`;
const ENTRY = `query ($number: String!, $asOf: Date) { publicRegistration(registerNumber: $number, asOf: $asOf) { ${ENTRY_FIELDS} } }`;
const SEARCH = `query ($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $boardId: ID, $first: Int, $after: String) {
  searchRegister(query: $query, status: $status, title: $title, boardId: $boardId, first: $first, after: $after) {
    totalCount
    edges { cursor node { registerNumber displayName status title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Entry = {
  registerNumber: string; displayName: string; title: string; aspirant: boolean; qualificationLevel: string | null; status: string; registeredOn: string;
  reRegistrationDue: string | null; aspirantUntil: string | null; expiresOn: string | null; deregisteredOn: string | null; periodStartsOn: string;
  boards: { name: string }[]; completedThemes: { theme: { code: string }; completedOn: string }[];
};
type SearchResult = { searchRegister: { totalCount: number; edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('public register', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const numbers: Record<string, string> = {};

  async function entry(number: string, asOf?: string): Promise<Entry | null> {
    const response = await server.graphql<{ publicRegistration: Entry | null }>(ENTRY, { number, asOf });
    expect(response.errors).toBeUndefined();
    return response.data!.publicRegistration;
  }

  async function search(variables: Record<string, unknown>) {
    return server.graphql<SearchResult>(SEARCH, variables);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const db = database.dataSource;
    const noord = await createBoard(db, 'Stichting Noord');
    const zuid = await createBoard(db, 'Stichting Zuid');
    const fixtures = {
      vanDijk: { firstName: 'Jan', infix: 'van', lastName: 'Dijk', board: noord, registration: { registeredOn: '2018-03-15' } },
      dijkAccent: { firstName: 'Eva', lastName: 'Dïjk', board: zuid, function: 'DEPUTY_DIRECTOR', registration: { registeredOn: '2020-06-01', title: 'RADO', level: 'BASISBEKWAAM' } },
      lateDeputy: {
        firstName: 'Piet', lastName: 'Dijkstra', board: noord,
        registration: {
          registeredOn: '2016-01-10', title: 'RADO', level: 'BASISBEKWAAM',
          titleChanges: [{ effectiveOn: '2019-05-01', title: 'RDO', level: 'VAKBEKWAAM' }],
          reRegistrations: ['2020-03-01'],
        },
      },
      aspirant: { firstName: 'Ali', lastName: 'Bouzid', board: zuid, registration: { registeredOn: '2025-09-01', aspirant: true, level: null, aspirantUntil: '2027-08-31' } },
      lateAspirant: { firstName: 'Sanne', lastName: 'Laat', board: zuid, registration: { registeredOn: '2021-09-01', aspirant: true, level: null, aspirantUntil: '2023-08-31' } },
      lapsed: { firstName: 'Kees', lastName: 'Verlopen', board: zuid, registration: { registeredOn: '2015-08-01' } },
      left: { firstName: 'Greet', lastName: 'Dijkhuis', board: noord, registration: { registeredOn: '2015-02-01', deregisteredOn: '2019-01-01' } },
      enrolledOnly: { firstName: 'Nog', lastName: 'Niet Dijk', board: noord },
    } as const;
    for (const [key, fixture] of Object.entries(fixtures)) {
      numbers[key] = (await createLeader(db, fixture as Parameters<typeof createLeader>[1])).leader.registerNumber;
    }
    // Ids for the board filter.
    numbers.noordBoardId = noord.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('shows only public facts of an entry', async () => {
    const vanDijk = await entry(numbers.vanDijk!, '2019-01-01');
    expect(vanDijk).toEqual({
      registerNumber: numbers.vanDijk,
      displayName: 'Jan van Dijk',
      title: 'RDO',
      aspirant: false,
      qualificationLevel: 'VAKBEKWAAM',
      status: 'ACTIVE',
      registeredOn: '2018-03-15',
      reRegistrationDue: '2022-03-15',
      aspirantUntil: null,
      expiresOn: '2022-09-15',
      deregisteredOn: null,
      periodStartsOn: '2018-03-15',
      boards: [{ name: 'Stichting Noord' }],
      completedThemes: [],
    });
  });

  it('refuses a date after today instead of presenting a forecast as fact, in every lookup by number', async () => {
    const future = addDays(todayInAmsterdam(new Date()), 1);
    const asked = [
      server.graphql(ENTRY, { number: numbers.vanDijk, asOf: future }),
      server.graphql(`query ($n: String!, $asOf: Date) { publicRegistrationLookup(registerNumber: $n, asOf: $asOf) { outcome } }`, { n: numbers.vanDijk, asOf: future }),
      server.graphql(`query ($n: [String!]!, $asOf: Date) { publicRegistrations(registerNumbers: $n, asOf: $asOf) { status } }`, { n: [numbers.vanDijk], asOf: future }),
    ];
    for (const response of await Promise.all(asked)) {
      expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE', field: 'asOf' });
      expect(response.errors?.[0]?.message).toBe('De peildatum ligt na vandaag. Het register toont hoe een registratie is of was, niet hoe die zal zijn.');
    }
    // Today is answered.
    expect((await entry(numbers.vanDijk!, todayInAmsterdam(new Date())))?.status).toBe('EXPIRED');
  });

  it('gives an aspirant the programme’s end date, not a re-registration date, also once that end has passed', async () => {
    expect(await entry(numbers.aspirant!, '2026-01-01')).toMatchObject({
      aspirant: true, status: 'ACTIVE', reRegistrationDue: null, aspirantUntil: '2027-08-31', expiresOn: '2028-03-01', periodStartsOn: '2025-09-01',
    });
    expect(await entry(numbers.lateAspirant!, '2024-01-15')).toMatchObject({ aspirant: true, status: 'CONDITIONAL', reRegistrationDue: null, aspirantUntil: '2023-08-31', expiresOn: '2024-03-01' });
    expect(await entry(numbers.lateAspirant!)).toMatchObject({ aspirant: true, status: 'EXPIRED', reRegistrationDue: null, aspirantUntil: '2023-08-31' });
  });

  it('lists the themes of the period shown: a period that lapsed in 2020 does not list work of 2026', async () => {
    const staffId = (await signedInClient(database.dataSource, server.url, [Role.STAFF])).accountId;
    const providerId = (await createProvider(database.dataSource)).id;
    const offering = async (code: string) =>
      (await createCertifiedOffering(database.dataSource, staffId, { providerId, themeCodes: [code], validFrom: '2015-01-01' as CalendarDate, validUntil: '2099-12-31' as CalendarDate })).execution;
    const leaderId = (await database.dataSource.query(`SELECT id FROM school_leader WHERE register_number = $1`, [numbers.lapsed]))[0].id as string;
    await createCompletion(database.dataSource, (await offering('1')).id, leaderId, '2017-05-01' as CalendarDate);
    await createCompletion(database.dataSource, (await offering('2')).id, leaderId, '2019-10-01' as CalendarDate); // conditional months: still counts
    await createCompletion(database.dataSource, (await offering('3')).id, leaderId, '2026-01-15' as CalendarDate); // years after the lapse

    const lapsed = await entry(numbers.lapsed!);
    expect(lapsed).toMatchObject({ status: 'EXPIRED', periodStartsOn: '2015-08-01', reRegistrationDue: '2019-08-01', expiresOn: '2020-02-01' });
    expect(lapsed?.completedThemes).toEqual([
      { theme: { code: '1' }, completedOn: '2017-05-01' },
      { theme: { code: '2' }, completedOn: '2019-10-01' },
    ]);
    expect((await entry(numbers.lapsed!, '2018-01-01'))?.completedThemes).toEqual([{ theme: { code: '1' }, completedOn: '2017-05-01' }]);
  });

  it.each([
    ['2022-03-14', 'ACTIVE'],
    ['2022-03-15', 'CONDITIONAL'], // the due date itself
    ['2022-09-14', 'CONDITIONAL'], // due + 6 months − 1 day
    ['2022-09-15', 'EXPIRED'],
  ])('answers "registered on %s?" from the facts: %s', async (asOf, status) => {
    expect((await entry(numbers.vanDijk!, asOf))?.status).toBe(status);
  });

  it('answers past dates from history: title, level and due date as they were then', async () => {
    const before = await entry(numbers.lateDeputy!, '2018-01-01');
    expect(before).toMatchObject({ title: 'RADO', qualificationLevel: 'BASISBEKWAAM', status: 'ACTIVE', reRegistrationDue: '2020-01-10' });
    expect((await entry(numbers.lateDeputy!, '2020-02-01'))?.status).toBe('CONDITIONAL');
    const after = await entry(numbers.lateDeputy!, '2021-01-01');
    // Re-registered late (2020-03-01): the next due date follows the schedule, not the approval date.
    expect(after).toMatchObject({ title: 'RDO', qualificationLevel: 'VAKBEKWAAM', status: 'ACTIVE', reRegistrationDue: '2024-01-10' });
  });

  it('shows aspirants as active aspirants, and nothing before registration or for unknown numbers', async () => {
    expect(await entry(numbers.aspirant!, '2026-01-01')).toMatchObject({ aspirant: true, status: 'ACTIVE', qualificationLevel: null });
    expect(await entry(numbers.vanDijk!, '2018-03-14')).toBeNull();
    expect(await entry(numbers.enrolledOnly!)).toBeNull();
    expect(await entry('999999')).toBeNull();
  });

  it('shows a deregistered entry as DEREGISTERED from its date, with that date', async () => {
    expect(await entry(numbers.left!, '2018-12-31')).toMatchObject({ status: 'ACTIVE', deregisteredOn: null, expiresOn: '2019-08-01' });
    expect(await entry(numbers.left!, '2019-01-01')).toMatchObject({ status: 'DEREGISTERED', deregisteredOn: '2019-01-01', expiresOn: null });
  });

  it('checks register numbers in bulk, in the order asked, null for unknown', async () => {
    const response = await server.graphql<{ publicRegistrations: ({ registerNumber: string } | null)[] }>(
      `query ($numbers: [String!]!) { publicRegistrations(registerNumbers: $numbers) { registerNumber } }`,
      { numbers: [numbers.dijkAccent, 'onbekend', numbers.vanDijk, numbers.dijkAccent] },
    );
    expect(response.data!.publicRegistrations).toEqual([
      { registerNumber: numbers.dijkAccent },
      null,
      { registerNumber: numbers.vanDijk },
      { registerNumber: numbers.dijkAccent },
    ]);
  });

  it('refuses more than 100 register numbers at once', async () => {
    const response = await server.graphql(`query ($numbers: [String!]!) { publicRegistrations(registerNumbers: $numbers) { registerNumber } }`, {
      numbers: Array.from({ length: 101 }, (_, index) => String(200000 + index)),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds "van Dijk" and "Dïjk" when searching "Dijk", accent- and case-insensitively, sorted by surname', async () => {
    const response = await search({ query: 'dijk' });
    const names = response.data!.searchRegister.edges.map((edge) => edge.node.displayName);
    expect(names).toContain('Jan van Dijk');
    expect(names).toContain('Eva Dïjk');
    expect(names).toContain('Piet Dijkstra');
    expect(names).not.toContain('Greet Dijkhuis'); // deregistered: only with an explicit status filter
    expect(names).not.toContain('Nog Niet Dijk'); // enrolled, not registered
    expect(names.indexOf('Jan van Dijk')).toBeLessThan(names.indexOf('Piet Dijkstra'));
    expect((await search({ query: 'DÏJK' })).data!.searchRegister.totalCount).toBe(response.data!.searchRegister.totalCount);
    expect((await search({ query: 'jan dijk' })).data!.searchRegister.edges.map((edge) => edge.node.displayName)).toEqual(['Jan van Dijk']);
  });

  it('finds an entry by register number', async () => {
    const response = await search({ query: numbers.aspirant });
    expect(response.data!.searchRegister.edges.map((edge) => edge.node.registerNumber)).toEqual([numbers.aspirant]);
  });

  it('filters by status, title and board', async () => {
    const left = await search({ query: 'dijk', status: ['DEREGISTERED'] });
    expect(left.data!.searchRegister.edges.map((edge) => edge.node.displayName)).toEqual(['Greet Dijkhuis']);
    const rado = await search({ query: 'dijk', title: ['RADO'] });
    expect(rado.data!.searchRegister.edges.map((edge) => edge.node.displayName)).toEqual(['Eva Dïjk']);
    const noord = await search({ boardId: numbers.noordBoardId });
    expect(noord.data!.searchRegister.edges.map((edge) => edge.node.displayName).sort()).toEqual(['Jan van Dijk', 'Piet Dijkstra']);
  });

  it('pages with cursors through every match exactly once', async () => {
    const all = (await search({ first: 100 })).data!.searchRegister;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchResult['searchRegister'] = (await search({ first: 2, after })).data!.searchRegister;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((edge) => edge.node.registerNumber));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.registerNumber));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it.each([
    [{ first: 0 }],
    [{ first: 101 }],
    [{ after: 'bm9uc2Vuc2U' }],
    [{ boardId: 'niet-een-id' }],
  ])('rejects %o with BAD_USER_INPUT', async (variables) => {
    const response = await search(variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/[a-z]/);
  });
});
