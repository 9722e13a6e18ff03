import { addDays, addMonths, addYears, dueWindowEnd, isReRegistrationDueWithin, todayInAmsterdam } from '@srpo/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../database/seed/demo-seed';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { boardClient } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';
import { Employment } from '../../leaders/employment.entity';
import { LeaderProfileService } from '../../leaders/leader-profile.service';
import type { LeaderProfileType } from '../../leaders/leader.types';
import { EmailOutboxMessage } from '../../letters/email-outbox.entity';
import { Theme } from '../../themes/theme.entity';
import { BOARD_WORKSPACE_PAGE, DIGEST_DUE_MONTHS, monthOf, sendBoardDigests } from '../board-digest';

const today = todayInAmsterdam(new Date());
const PORTAL = 'https://portaal.test';

const OVERVIEW = `query ($boardId: ID) { boardOverview(boardId: $boardId) {
  asOf leaders notRegistered byStatus { status count aspirants } dueWithin { months dueOnOrBefore count } } }`;
const LIST = `query ($status: [RegistrationStatus!], $aspirant: Boolean, $dueBefore: Date) {
  boardLeaders(status: $status, aspirant: $aspirant, dueBefore: $dueBefore, first: 100) {
    totalCount edges { node { registerNumber reRegistrationThemes { completed required } } } } }`;

interface Overview {
  leaders: number;
  notRegistered: number;
  byStatus: { status: string; count: number; aspirants: number }[];
  dueWithin: { months: number; dueOnOrBefore: string; count: number }[];
}

/** Register numbers in the digest's section that starts with `heading`. */
function section(text: string, heading: string): string[] {
  const block = text.split('\n\n').find((part) => part.startsWith(heading));
  return block ? [...block.matchAll(/registernummer (\d+)/g)].map((match) => match[1]!).sort() : [];
}

/** The digest e-mails in the outbox to `address`. */
function digestsTo(database: TestDatabase, address: string) {
  return database.dataSource.getRepository(EmailOutboxMessage).findBy({ toAddress: address });
}

describe('board overview: counts, theme progress, export and digest on a known board', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let board: TestClient;
  let other: TestClient;
  let ownBoardId: string;
  let otherBoardId: string;
  const numbers: Record<string, string> = {};
  /** Registered this long ago, the registration is due `months` from today (four-year cycle). */
  const dueIn = (months: number) => addMonths(addYears(today, -4), months);

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const ds = database.dataSource;
    const own = await createBoard(ds, 'Stichting Eigen');
    const elsewhere = await createBoard(ds, 'Stichting Elders');
    const quiet = await createBoard(ds, 'Stichting Rustig');
    [ownBoardId, otherBoardId] = [own.id, elsewhere.id];
    const add = async (key: string, fixture: Parameters<typeof createLeader>[1]) => {
      const { leader } = await createLeader(ds, { lastName: key, ...fixture });
      numbers[key] = leader.registerNumber;
      return leader;
    };
    const dueSoon = await add('Binnenkort', { board: own, registration: { registeredOn: dueIn(3) } });
    await add('Volgendjaar', { board: own, registration: { registeredOn: dueIn(9) } });
    const later = await add('Later', { board: own, registration: { registeredOn: dueIn(30) } });
    await add('Aspirant', { board: own, registration: { registeredOn: addMonths(today, -6), aspirant: true, aspirantUntil: addYears(today, 1), level: null } });
    await add('Voorwaarden', { board: own, registration: { registeredOn: dueIn(-2) } });
    await add('Verlopen', { board: own, registration: { registeredOn: dueIn(-8) } });
    await add('Uitgeschreven', { board: own, registration: { registeredOn: dueIn(20), deregisteredOn: addMonths(today, -1) } });
    await add('Ingeschreven', { board: own });
    const gone = await add('Vertrokken', { board: own, registration: { registeredOn: dueIn(-2) } });
    await ds.getRepository(Employment).update({ leaderId: gone.id }, { endsOn: addDays(today, -1) });
    await add('Elders', { board: elsewhere, registration: { registeredOn: dueIn(-2) } });
    await add('Rustig', { board: quiet, registration: { registeredOn: dueIn(30) } });

    // Themes completed in the period: two for the one due soon, four (counted as three) for the later one.
    const themes = await ds.getRepository(Theme).find({ order: { code: 'ASC' } });
    const validated = (leaderId: string, count: number) =>
      themes.slice(0, count).map((theme) => ({ leader_id: leaderId, theme_id: theme.id, validated_on: addDays(today, -10), method: 'PEER_VALIDATION' }));
    for (const row of [...validated(dueSoon.id, 2), ...validated(later.id, 4)]) {
      await ds.query(`INSERT INTO informal_validation (leader_id, theme_id, validated_on, method) VALUES ($1, $2, $3, $4)`, [row.leader_id, row.theme_id, row.validated_on, row.method]);
    }

    board = await boardClient(ds, server.url, own.id);
    other = await boardClient(ds, server.url, elsewhere.id);
    await boardClient(ds, server.url, quiet.id);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('counts the current leaders per status (aspirants among them) and the re-registrations due within 6 and 12 months', async () => {
    const response = await board.request<{ boardOverview: Overview }>(OVERVIEW);
    expect(response.errors).toBeUndefined();
    const overview = response.data!.boardOverview;
    expect(overview).toMatchObject({ leaders: 8, notRegistered: 1 });
    expect(overview.byStatus).toEqual([
      { status: 'ACTIVE', count: 4, aspirants: 1 },
      { status: 'CONDITIONAL', count: 1, aspirants: 0 },
      { status: 'EXPIRED', count: 1, aspirants: 0 },
      { status: 'DEREGISTERED', count: 1, aspirants: 0 },
    ]);
    expect(overview.dueWithin).toEqual([
      { months: 6, dueOnOrBefore: dueWindowEnd(today, 6), count: 1 },
      { months: 12, dueOnOrBefore: dueWindowEnd(today, 12), count: 2 },
    ]);
  });

  it('each count opens a list of exactly that many leaders, each with the themes toward re-registration', async () => {
    const list = async (variables: Record<string, unknown>) => {
      const response = await board.request<{ boardLeaders: { totalCount: number; edges: { node: { registerNumber: string; reRegistrationThemes: { completed: number; required: number } | null } }[] } }>(LIST, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.boardLeaders;
    };
    const numbersOf = (connection: Awaited<ReturnType<typeof list>>) => connection.edges.map((edge) => edge.node.registerNumber).sort();
    expect(numbersOf(await list({ status: ['ACTIVE'], aspirant: false, dueBefore: dueWindowEnd(today, 6) }))).toEqual([numbers.Binnenkort]);
    expect(numbersOf(await list({ status: ['ACTIVE'], aspirant: false, dueBefore: dueWindowEnd(today, 12) }))).toEqual([numbers.Binnenkort, numbers.Volgendjaar].sort());
    expect(numbersOf(await list({ status: ['ACTIVE'], aspirant: true }))).toEqual([numbers.Aspirant]);
    expect(numbersOf(await list({ status: ['CONDITIONAL'] }))).toEqual([numbers.Voorwaarden]);
    expect(numbersOf(await list({ status: ['DEREGISTERED'] }))).toEqual([numbers.Uitgeschreven]);

    const all = await list({});
    expect(all.totalCount).toBe(8);
    const themes = new Map(all.edges.map((edge) => [edge.node.registerNumber, edge.node.reRegistrationThemes]));
    expect(themes.get(numbers.Binnenkort!)).toEqual({ completed: 2, required: 3 });
    expect(themes.get(numbers.Later!)).toEqual({ completed: 3, required: 3 });
    expect(themes.get(numbers.Volgendjaar!)).toEqual({ completed: 0, required: 3 });
    for (const key of ['Aspirant', 'Uitgeschreven', 'Ingeschreven']) expect(themes.get(numbers[key]!)).toBeNull();
  });

  it('exports the board’s leaders as CSV and XLSX with Dutch headers and dates, to the own board only', async () => {
    const csv = await fetch(`${server.url}/boards/leaders.csv`, { headers: { cookie: board.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Naam;Registernummer;Functie en school;Titel;Niveau;Status;Herregistratie uiterlijk;Thema’s afgerond');
    expect(lines).toHaveLength(9);
    const dueDate = addYears(dueIn(3), 4);
    const due = dueDate.split('-').reverse().join('-');
    expect(lines.find((line) => line.includes(numbers.Binnenkort!))).toBe(`Test Binnenkort;${numbers.Binnenkort};Directeur;RDO;vakbekwaam;Geregistreerd;${due};2 van 3`);
    expect(lines.find((line) => line.includes(numbers.Aspirant!))).toContain(';aspirant RDO;;Aspirant;');
    expect(text).not.toContain(numbers.Elders);
    expect(text).not.toContain(numbers.Vertrokken);

    const xlsx = await fetch(`${server.url}/boards/leaders.xlsx`, { headers: { cookie: board.cookie } });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Schoolleiders')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'Registernummer', 'Functie en school', 'Titel', 'Niveau', 'Status', 'Herregistratie uiterlijk', 'Thema’s afgerond']);
    expect(sheet.rowCount).toBe(9);
    const rows = Array.from({ length: 8 }, (_, index) => sheet.getRow(index + 2));
    const soon = rows.find((row) => row.getCell(2).value === numbers.Binnenkort)!;
    expect(soon.getCell(6).value).toBe('Geregistreerd');
    expect((soon.getCell(7).value as Date).toISOString().slice(0, 10)).toBe(dueDate);
    expect(soon.getCell(7).numFmt).toBe('dd-mm-yyyy');
    expect(soon.getCell(8).value).toBe('2 van 3');

    // Another board's export is refused; staff name the board; anonymous callers and other roles get nothing.
    const forbidden = await fetch(`${server.url}/boards/leaders.csv?boardId=${otherBoardId}`, { headers: { cookie: board.cookie } });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${server.url}/boards/leaders.csv`)).status).toBe(401);
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER]);
    expect((await fetch(`${server.url}/boards/leaders.xlsx`, { headers: { cookie: leader.cookie } })).status).toBe(403);
    const staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const staffCsv = await fetch(`${server.url}/boards/leaders.csv?boardId=${otherBoardId}`, { headers: { cookie: staff.cookie } });
    expect(staffCsv.status).toBe(200);
    expect(await staffCsv.text()).toContain(numbers.Elders);
    expect((await fetch(`${server.url}/boards/leaders.csv?boardId=00000000-0000-4000-8000-000000000000`, { headers: { cookie: staff.cookie } })).status).toBe(404);
    expect((await other.request(OVERVIEW, { boardId: ownBoardId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(OVERVIEW)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('writes one digest per board account and month with exactly the leaders due within six months, conditional and expired; a rerun sends nothing', async () => {
    const [first, second] = await Promise.all([sendBoardDigests(database.dataSource, today, PORTAL), sendBoardDigests(database.dataSource, today, PORTAL)]);
    // Two runs at once (two API instances): together one e-mail per board with something to report.
    expect(first.emails + second.emails).toBe(2);
    expect(first.nothingToReport + second.nothingToReport).toBe(1);

    const ownAccount = await database.dataSource.getRepository(Account).findOneByOrFail({ id: board.accountId });
    const [mail, ...more] = await digestsTo(database, ownAccount.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toContain('Stichting Eigen');
    expect(section(mail!.textBody, 'Herregistratie binnen zes maanden: 1 schoolleider.')).toEqual([numbers.Binnenkort]);
    expect(section(mail!.textBody, 'Onder voorwaarden: 1 schoolleider.')).toEqual([numbers.Voorwaarden]);
    expect(section(mail!.textBody, 'Herregistratie verlopen: 1 schoolleider.')).toEqual([numbers.Verlopen]);
    for (const key of ['Volgendjaar', 'Later', 'Aspirant', 'Uitgeschreven', 'Ingeschreven', 'Vertrokken', 'Elders']) expect(mail!.textBody).not.toContain(numbers[key]!);
    expect(mail!.textBody).toContain(`${PORTAL}${BOARD_WORKSPACE_PAGE}`);
    expect(mail!.textBody).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const otherAccount = await database.dataSource.getRepository(Account).findOneByOrFail({ id: other.accountId });
    const [otherMail] = await digestsTo(database, otherAccount.email);
    expect(section(otherMail!.textBody, 'Onder voorwaarden')).toEqual([numbers.Elders]);

    const outbox = await database.dataSource.getRepository(EmailOutboxMessage).count();
    expect(await sendBoardDigests(database.dataSource, today, PORTAL)).toEqual({ month: monthOf(today), emails: 0, nothingToReport: 0 });
    expect(await database.dataSource.getRepository(EmailOutboxMessage).count()).toBe(outbox);
    const marks = (await database.dataSource.query(`SELECT count(*)::int AS all, count(email_id)::int AS mailed FROM board_digest_sent`)) as { all: number; mailed: number }[];
    expect(marks[0]).toEqual({ all: 3, mailed: 2 });
  });
});

describe('board digest for the demo board', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await seedDemoData(database.dataSource, today)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('lands in the outbox for the demo board account with exactly its leaders due within six months, conditional and expired', async () => {
    const ds = database.dataSource;
    const account = await ds.getRepository(Account).findOneByOrFail({ email: 'bestuur@demo.srpo.nl' });
    // What the board's list shows (the domain's state of each registration, not the digest's read model).
    const profiles = new LeaderProfileService(ds, today);
    const leaders: LeaderProfileType[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof profiles.boardLeaders>> = await profiles.boardLeaders({ boardId: account.boardId!, first: 200, after });
      leaders.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const expected = (pick: (registration: NonNullable<LeaderProfileType['registration']>) => boolean) =>
      leaders.filter((leader) => leader.registration && pick(leader.registration)).map((leader) => leader.registerNumber).sort();
    const due = expected((r) => isReRegistrationDueWithin({ status: r.status, aspirant: r.aspirant, dueDate: r.reRegistrationDue }, today, DIGEST_DUE_MONTHS));
    const conditional = expected((r) => r.status === 'CONDITIONAL');
    const expired = expected((r) => r.status === 'EXPIRED');
    // The demo board has people in each list and others who belong in none.
    for (const list of [due, conditional, expired]) expect(list.length).toBeGreaterThan(0);
    expect(leaders.length).toBeGreaterThan(due.length + conditional.length + expired.length);

    expect((await sendBoardDigests(ds, today, PORTAL)).emails).toBe(1);
    const [mail, ...more] = await digestsTo(database, account.email);
    expect(more).toEqual([]);
    expect(section(mail!.textBody, 'Herregistratie binnen zes maanden')).toEqual(due);
    expect(section(mail!.textBody, 'Onder voorwaarden')).toEqual(conditional);
    expect(section(mail!.textBody, 'Herregistratie verlopen')).toEqual(expired);
    expect([...mail!.textBody.matchAll(/registernummer (\d+)/g)]).toHaveLength(due.length + conditional.length + expired.length);

    expect((await sendBoardDigests(ds, today, PORTAL)).emails).toBe(0);
    expect(await digestsTo(database, account.email)).toHaveLength(1);
  });
});
