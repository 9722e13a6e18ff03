import { addDays, addYears, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';

const STATISTICS = `query ($asOf: Date, $months: Int) {
  registerStatistics(asOf: $asOf) {
    asOf enrolledLeaders enrolledBoards registeredLeaders
    byTitle { title aspirant count }
    byStatus { status count }
    reRegisteredLeaders
    initialDeferrals { requested granted }
    reRegistrationDeferrals { requested granted }
    leadersWithFormalThemeCompletion leadersWithInformalThemeCompletion
    themeCompletions { theme { code } formal informal }
    registrationsPerMonth(months: $months) { month registered registeredTotal }
  }
}`;

interface Statistics {
  asOf: string;
  enrolledLeaders: number;
  enrolledBoards: number;
  registeredLeaders: number;
  byTitle: { title: string; aspirant: boolean; count: number }[];
  byStatus: { status: string; count: number }[];
  reRegisteredLeaders: number;
  initialDeferrals: { requested: number; granted: number };
  reRegistrationDeferrals: { requested: number; granted: number };
  leadersWithFormalThemeCompletion: number;
  leadersWithInformalThemeCompletion: number;
  themeCompletions: { theme: { code: string }; formal: number; informal: number }[];
  registrationsPerMonth: { month: string; registered: number; registeredTotal: number }[];
}

const d = (value: string) => value as CalendarDate;
const LEADERS = 360;

/** Rows written with one statement per table (json_populate_recordset), as an import or data fix would: no service runs. */
async function insert(db: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  await db.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(null::${table}, $1)`, [
    JSON.stringify(rows),
  ]);
}

/**
 * A second population with varied histories, written straight into the fact tables (so only the
 * triggers and the refresh before counting bring the projections up to date). Leader n:
 * - n % 10 = 0 only enrolled; n % 10 = 1 aspirant (a third obtain the full registration); else registered,
 *   a quarter RADO (every 19th promoted to RDO later);
 * - re-registration on time (most), late in the conditional half year (every 7th), none (every 3rd);
 * - a deferral granted before the due date (every 11th), or granted late, in the conditional half year, to
 *   one who does not re-register (every 39th);
 * - deregistered (every 17th), every 34th registered again 200 days later;
 * - deferral requests of both kinds with every outcome, some decided long after they were asked;
 * - employments at 12 boards, some ended; formal completions crediting whole themes, subthemes
 *   (theme 4 only by two offerings together) and an offering whose certification ended; informal validations.
 */
async function writePopulation(db: DataSource): Promise<void> {
  const [staff] = (await db.query(
    `INSERT INTO account (email, display_name, password_hash, roles) VALUES ('stats-staff@example.nl', 'Staf', 'x', '{STAFF}') RETURNING id`,
  )) as { id: string }[];
  const boards = Array.from({ length: 12 }, (_, index) => ({ board_number: String(60001 + index), name: `Stichting Statistiek ${index}`, city: 'Zwolle' }));
  await insert(db, 'board', boards);
  const boardIds = ((await db.query(`SELECT id FROM board WHERE board_number LIKE '600%' ORDER BY board_number`)) as { id: string }[]).map((row) => row.id);

  const leaders = Array.from({ length: LEADERS }, (_, index) => {
    const n = index + 1;
    return {
      id: crypto.randomUUID(),
      register_number: String(700000 + n),
      initials: 'S.',
      first_name: 'Stat',
      last_name: `Leider${n}`,
      sort_name: `leider${n} stat`,
      enrolled_on: addDays(d('2014-01-01'), (n * 7) % 1900),
    };
  });
  await insert(db, 'school_leader', leaders);

  const registrations: Record<string, unknown>[] = [];
  const titleChanges: Record<string, unknown>[] = [];
  const reRegistrations: Record<string, unknown>[] = [];
  const deferrals: Record<string, unknown>[] = [];
  const requests: Record<string, unknown>[] = [];
  const employments: Record<string, unknown>[] = [];
  const register = (row: Record<string, unknown> & { id: string; registered_on: CalendarDate }) =>
    registrations.push({ status: 'ACTIVE', due_date: row.registered_on, status_as_of: '1900-01-01', ...row });

  leaders.forEach((leader, index) => {
    const n = index + 1;
    const enrolled = leader.enrolled_on;
    employments.push({ leader_id: leader.id, board_id: boardIds[n % 12], function: 'DIRECTOR', starts_on: addDays(enrolled, -100), ends_on: n % 9 === 0 ? addDays(enrolled, 900) : null });
    if (n % 9 === 0) employments.push({ leader_id: leader.id, board_id: boardIds[(n + 5) % 12], function: 'DIRECTOR', starts_on: addDays(enrolled, 1200), ends_on: null });
    if (n % 5 === 0) {
      const decided = n % 10 === 0 ? 'GRANTED' : n % 15 === 0 ? 'PARTLY_GRANTED' : n % 25 === 0 ? 'REQUESTED' : 'REJECTED';
      requests.push({
        leader_id: leader.id,
        kind: 'INITIAL_REGISTRATION',
        reason: 'FINISHING_PROGRAMME',
        requested_on: addDays(d('2017-09-01'), n % 120),
        requested_due_date: '2018-09-01',
        status: decided,
        decided_on: decided === 'REQUESTED' ? null : addDays(d('2018-01-15'), (n * 3) % 700),
        decided_by: decided === 'REQUESTED' ? null : staff!.id,
        granted_due_date: decided.endsWith('GRANTED') ? '2018-09-01' : null,
      });
    }
    if (n % 10 === 0) return;
    const id = crypto.randomUUID();
    if (n % 10 === 1) {
      const registeredOn = addDays(enrolled, 30);
      const until = addDays(registeredOn, 730);
      const full = n % 3 === 0 ? addDays(registeredOn, 600) : null;
      register({ id, leader_id: leader.id, registered_on: registeredOn, first_registered_on: registeredOn, aspirant: true, aspirant_until: until, full_registration_on: full, title: n % 4 === 1 ? 'RADO' : 'RDO', level: full ? 'VAKBEKWAAM' : null });
      titleChanges.push({ registration_id: id, effective_on: registeredOn, title: n % 4 === 1 ? 'RADO' : 'RDO', level: null, aspirant: true });
      if (full) titleChanges.push({ registration_id: id, effective_on: full, title: n % 4 === 1 ? 'RADO' : 'RDO', level: 'VAKBEKWAAM', aspirant: false });
      return;
    }
    const registeredOn = addDays(enrolled, 60 + (n % 200));
    const rado = n % 4 === 0;
    const promotedOn = rado && n % 19 === 0 ? addDays(registeredOn, 400) : null;
    const deregisteredOn = n % 17 === 0 ? addDays(registeredOn, 500 + n) : null;
    register({
      id,
      leader_id: leader.id,
      registered_on: registeredOn,
      first_registered_on: registeredOn,
      aspirant: false,
      title: rado && !promotedOn ? 'RADO' : 'RDO',
      level: rado && !promotedOn ? 'BASISBEKWAAM' : 'VAKBEKWAAM',
      deregistered_on: deregisteredOn,
      deregistration_reason: deregisteredOn ? 'Met pensioen' : null,
    });
    titleChanges.push({ registration_id: id, effective_on: registeredOn, title: rado ? 'RADO' : 'RDO', level: rado ? 'BASISBEKWAAM' : 'VAKBEKWAAM', aspirant: false });
    if (promotedOn) titleChanges.push({ registration_id: id, effective_on: promotedOn, title: 'RDO', level: 'VAKBEKWAAM', aspirant: false });
    const due = addYears(registeredOn, 4);
    if (n % 11 === 0) deferrals.push({ registration_id: id, granted_on: addDays(due, -30), new_due_date: addYears(registeredOn, 5) });
    else if (n % 13 === 0 && n % 3 === 0) deferrals.push({ registration_id: id, granted_on: addDays(due, 30), new_due_date: addDays(due, 365) });
    if (n % 3 !== 0) reRegistrations.push({ registration_id: id, approved_on: n % 7 === 0 ? addDays(due, 60) : addDays(due, -(n % 100)), route: 'THEMES' });
    if (n % 6 === 0) {
      const granted = n % 12 === 0;
      requests.push({
        leader_id: leader.id,
        registration_id: id,
        kind: 'RE_REGISTRATION',
        reason: 'GROUNDED_REASON',
        requested_on: addDays(due, -90),
        requested_due_date: addDays(due, 365),
        status: granted ? 'GRANTED' : 'REJECTED',
        decided_on: addDays(due, -30 + (n % 200)),
        decided_by: staff!.id,
        granted_due_date: granted ? addDays(due, 365) : null,
      });
    }
    if (deregisteredOn && n % 34 === 0) {
      const again = crypto.randomUUID();
      const on = addDays(deregisteredOn, 200);
      register({ id: again, leader_id: leader.id, registered_on: on, first_registered_on: registeredOn, aspirant: false, title: 'RDO', level: 'VAKBEKWAAM' });
      titleChanges.push({ registration_id: again, effective_on: on, title: 'RDO', level: 'VAKBEKWAAM', aspirant: false });
    }
  });
  await insert(db, 'employment', employments);
  await writeThemeEvidence(db, leaders, staff!.id);
  // Registrations in the future stay out: the register holds decisions taken.
  const today = todayInAmsterdam(new Date());
  const taken = registrations.filter((row) => (row.registered_on as string) <= today);
  const takenIds = new Set(taken.map((row) => row.id));
  await insert(db, 'registration', taken);
  await insert(db, 'registration_title_change', titleChanges.filter((row) => takenIds.has(row.registration_id as string) && (row.effective_on as string) <= today));
  await insert(db, 're_registration', reRegistrations.filter((row) => takenIds.has(row.registration_id as string) && (row.approved_on as string) <= today));
  await insert(db, 'registration_deferral', deferrals.filter((row) => takenIds.has(row.registration_id as string) && (row.granted_on as string) <= today));
  await insert(
    db,
    'deferral_request',
    requests.filter((row) => (row.requested_on as string) <= today && (!row.registration_id || takenIds.has(row.registration_id as string))).map((row) =>
      row.decided_on && (row.decided_on as string) > today ? { ...row, status: 'REQUESTED', decided_on: null, decided_by: null, granted_due_date: null } : row,
    ),
  );
}

/**
 * Formal completions and informal validations: offering 1 certified for theme 1, offering 2 for theme
 * 2 and subtheme 4.1, offering 3 for subtheme 4.2 (theme 4 only by both), offering 4 for theme 3 until
 * 2019-12-31 (later completions do not count); some completions withdrawn or awaiting verification (not
 * counted); validations of themes 5, 1 and the wildcard.
 */
async function writeThemeEvidence(db: DataSource, leaders: { id: string; enrolled_on: CalendarDate }[], staffId: string): Promise<void> {
  const theme = async (code: string) => ((await db.query(`SELECT id FROM theme WHERE code = $1`, [code])) as { id: string }[])[0]!.id;
  const [wildcard] = (await db.query(`SELECT id FROM theme WHERE is_wildcard`)) as { id: string }[];
  const theme4 = await theme('4');
  await insert(db, 'subtheme', ['4.1', '4.2'].map((code, index) => ({ theme_id: theme4, code, name: `Deelthema ${code}`, valid_from: '2014-01-01', sort_order: index + 1 })));
  const subtheme = async (code: string) => ((await db.query(`SELECT id FROM subtheme WHERE code = $1`, [code])) as { id: string }[])[0]!.id;
  const [provider] = (await db.query(
    `INSERT INTO provider (name, kvk_number, contact_email) VALUES ('Opleider Statistiek', '76543210', 'opleider@example.nl') RETURNING id`,
  )) as { id: string }[];
  const scopes = [
    { theme_ids: [await theme('1')], subtheme_ids: [], until: '2035-12-31' },
    { theme_ids: [await theme('2')], subtheme_ids: [await subtheme('4.1')], until: '2035-12-31' },
    { theme_ids: [], subtheme_ids: [await subtheme('4.2')], until: '2035-12-31' },
    { theme_ids: [await theme('3')], subtheme_ids: [], until: '2019-12-31' },
  ];
  const executions: string[] = [];
  for (const [index, scope] of scopes.entries()) {
    const [offering] = (await db.query(
      `INSERT INTO offering (provider_id, title, kind, status, submitted_on) VALUES ($1, $2, 'COURSE', 'CERTIFIED', '2014-01-01') RETURNING id`,
      [provider!.id, `Cursus ${index + 1}`],
    )) as { id: string }[];
    const [certification] = (await db.query(
      `INSERT INTO certification (offering_id, outcome, decided_on, decided_by, valid_from, valid_until)
       VALUES ($1, 'CERTIFIED', '2014-01-01', $2, '2014-01-01', $3) RETURNING id`,
      [offering!.id, staffId, scope.until],
    )) as { id: string }[];
    await insert(db, 'certification_scope', [
      ...scope.theme_ids.map((theme_id) => ({ certification_id: certification!.id, theme_id })),
      ...scope.subtheme_ids.map((subtheme_id) => ({ certification_id: certification!.id, subtheme_id })),
    ]);
    const [execution] = (await db.query(
      `INSERT INTO offering_execution (offering_id, starts_on, ends_on, online) VALUES ($1, '2014-03-01', '2030-12-31', true) RETURNING id`,
      [offering!.id],
    )) as { id: string }[];
    executions.push(execution!.id);
  }
  const today = todayInAmsterdam(new Date());
  const completions: Record<string, unknown>[] = [];
  const validations: Record<string, unknown>[] = [];
  leaders.forEach((leader, index) => {
    const n = index + 1;
    const status = n % 23 === 0 ? 'WITHDRAWN' : n % 29 === 0 ? 'PENDING_VERIFICATION' : n % 31 === 0 ? 'VERIFIED' : 'RECORDED';
    const complete = (offering: number, on: CalendarDate) => {
      if (on <= today) completions.push({ execution_id: executions[offering], leader_id: leader.id, completed_on: on, source: 'PROVIDER', status });
    };
    if (n % 2 === 0) complete(0, addDays(leader.enrolled_on, 100 + (n % 300)));
    if (n % 3 === 0) complete(1, addDays(leader.enrolled_on, 200));
    if (n % 4 === 0) complete(2, addDays(leader.enrolled_on, 400 + n));
    if (n % 5 === 0) complete(3, addDays(d('2019-06-01'), n * 3));
    const validate = (themeId: string, on: CalendarDate, method: string) => {
      if (on <= today) validations.push({ leader_id: leader.id, theme_id: themeId, validated_on: on, method });
    };
    if (n % 8 === 0) validate(theme4, addDays(leader.enrolled_on, 500), 'PEER_VALIDATION');
    if (n % 14 === 0) validate(scopes[0]!.theme_ids[0]!, addDays(leader.enrolled_on, 300), 'PORTFOLIO');
    if (n % 16 === 0) validate(wildcard!.id, addDays(leader.enrolled_on, 800), 'PEER_VALIDATION');
  });
  await insert(db, 'completion', completions);
  await insert(db, 'informal_validation', validations);
}

/**
 * The oracle: every figure counted with direct SQL on the fact tables, with the register's rules for
 * this population written out independently (four-year periods, one re-registration that adds four
 * years to the previous due date, deferrals granted by the date and before the re-registration moving
 * the first due date (a later one, in the second period, moves nothing here), six
 * conditional months, aspirants due the day after `aspirant_until` until their full registration).
 */
const ORACLE_ENTRIES = `
  WITH reg AS (
    SELECT DISTINCT ON (r.leader_id) r.* FROM registration r WHERE r.registered_on <= $1::date ORDER BY r.leader_id, r.registered_on DESC
  ), re_registered AS (
    SELECT reg.*, (SELECT min(x.approved_on) FROM re_registration x WHERE x.registration_id = reg.id AND x.approved_on <= $1::date) AS re_registered_on
      FROM reg
  ), facts AS (
    SELECT r.*,
           -- A deferral moves the due date of the period it was granted in: here only the first counts.
           (SELECT max(f.new_due_date) FROM registration_deferral f
             WHERE f.registration_id = r.id AND f.granted_on <= $1::date AND f.granted_on < coalesce(r.re_registered_on, 'infinity')) AS deferred_to,
           (SELECT c FROM registration_title_change c WHERE c.registration_id = r.id AND c.effective_on <= $1::date ORDER BY c.effective_on DESC LIMIT 1) AS shown
      FROM re_registered r
  ), due AS (
    SELECT facts.*,
           CASE WHEN aspirant AND (full_registration_on IS NULL OR full_registration_on > $1::date) THEN aspirant_until + 1
                WHEN aspirant THEN (full_registration_on + interval '4 years')::date
                WHEN re_registered_on IS NOT NULL THEN (greatest((registered_on + interval '4 years')::date, deferred_to) + interval '4 years')::date
                ELSE greatest((registered_on + interval '4 years')::date, deferred_to) END AS due_on
      FROM facts
  )
  SELECT leader_id, (shown).title AS title, (shown).aspirant AS aspirant,
         CASE WHEN deregistered_on <= $1::date THEN 'DEREGISTERED' WHEN $1::date < due_on THEN 'ACTIVE'
              WHEN $1::date < (due_on + interval '6 months')::date THEN 'CONDITIONAL' ELSE 'EXPIRED' END AS status
    FROM due`;

async function oracle(db: DataSource, asOf: CalendarDate) {
  const entries = (await db.query(ORACLE_ENTRIES, [asOf])) as { leader_id: string; title: string; aspirant: boolean; status: string }[];
  const registered = entries.filter((entry) => entry.status !== 'DEREGISTERED');
  const deregistered = new Set(entries.filter((entry) => entry.status === 'DEREGISTERED').map((entry) => entry.leader_id));
  const enrolled = ((await db.query(`SELECT id FROM school_leader WHERE enrolled_on <= $1::date`, [asOf])) as { id: string }[])
    .map((row) => row.id)
    .filter((id) => !deregistered.has(id));
  const [counts] = (await db.query(
    `SELECT
       (SELECT count(DISTINCT e.board_id)::int FROM employment e
         WHERE e.leader_id = ANY($2::uuid[]) AND e.starts_on <= $1::date AND coalesce(e.ends_on, 'infinity') >= $1::date) AS boards,
       (SELECT count(DISTINCT r.leader_id)::int FROM re_registration x JOIN registration r ON r.id = x.registration_id WHERE x.approved_on <= $1::date) AS re_registered,
       (SELECT json_object_agg(kind, json_build_object(
          'requested', (SELECT count(DISTINCT leader_id) FROM deferral_request q WHERE q.kind = k.kind AND q.requested_on <= $1::date),
          'granted', (SELECT count(DISTINCT leader_id) FROM deferral_request q
                       WHERE q.kind = k.kind AND q.status IN ('GRANTED', 'PARTLY_GRANTED') AND q.decided_on <= $1::date)))
          FROM (VALUES ('INITIAL_REGISTRATION'), ('RE_REGISTRATION')) k(kind)) AS deferrals`,
    [asOf, enrolled],
  )) as { boards: number; re_registered: number; deferrals: Record<string, { requested: number; granted: number }> }[];
  const themes = (await db.query(THEME_ORACLE, [asOf])) as { code: string; formal: string[]; informal: string[] }[];
  const count = (match: (entry: (typeof entries)[number]) => boolean) => entries.filter(match).length;
  return {
    asOf,
    enrolledLeaders: enrolled.length,
    enrolledBoards: counts!.boards,
    registeredLeaders: registered.length,
    byTitle: ['RDO', 'RADO'].flatMap((title) =>
      [false, true].map((aspirant) => ({ title, aspirant, count: count((entry) => entry.status !== 'DEREGISTERED' && entry.title === title && entry.aspirant === aspirant) })),
    ),
    byStatus: ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED'].map((status) => ({ status, count: count((entry) => entry.status === status) })),
    reRegisteredLeaders: counts!.re_registered,
    initialDeferrals: counts!.deferrals['INITIAL_REGISTRATION'],
    reRegistrationDeferrals: counts!.deferrals['RE_REGISTRATION'],
    leadersWithFormalThemeCompletion: new Set(themes.flatMap((row) => row.formal)).size,
    leadersWithInformalThemeCompletion: new Set(themes.flatMap((row) => row.informal)).size,
    themeCompletions: themes.map((row) => ({ theme: { code: row.code }, formal: row.formal.length, informal: row.informal.length })),
  };
}

/**
 * Theme completions by the date, per theme in catalogue order: formal when a counted completion
 * (recorded or verified, dated inside its certification and the theme's validity) of an offering
 * certified for the theme, or counted completions covering each of its subthemes; informal when
 * validated inside the theme's validity.
 */
const THEME_ORACLE = `
  WITH counted AS (
    SELECT c.leader_id, s.theme_id, s.subtheme_id
      FROM completion c JOIN offering_execution e ON e.id = c.execution_id
      JOIN certification k ON k.offering_id = e.offering_id AND c.completed_on BETWEEN k.valid_from AND k.valid_until
      JOIN certification_scope s ON s.certification_id = k.id
      LEFT JOIN subtheme u ON u.id = s.subtheme_id
      JOIN theme t ON t.id = coalesce(s.theme_id, u.theme_id)
     WHERE c.status IN ('RECORDED', 'VERIFIED') AND c.completed_on <= $1::date
       AND c.completed_on BETWEEN t.valid_from AND coalesce(t.valid_until, 'infinity')
  )
  SELECT t.code,
         ARRAY(SELECT l.id FROM school_leader l
                WHERE EXISTS (SELECT 1 FROM counted WHERE counted.leader_id = l.id AND counted.theme_id = t.id)
                   OR (EXISTS (SELECT 1 FROM subtheme u WHERE u.theme_id = t.id)
                       AND NOT EXISTS (SELECT 1 FROM subtheme u WHERE u.theme_id = t.id
                                          AND NOT EXISTS (SELECT 1 FROM counted WHERE counted.leader_id = l.id AND counted.subtheme_id = u.id)))) AS formal,
         ARRAY(SELECT DISTINCT v.leader_id FROM informal_validation v
                WHERE v.theme_id = t.id AND v.validated_on <= $1::date AND v.validated_on BETWEEN t.valid_from AND coalesce(t.valid_until, 'infinity')) AS informal
    FROM theme t ORDER BY t.sort_order, t.code`;

/** Per month ending with the date's month: first registrations in it, and the registered leaders at its end (or the date). */
async function monthlyOracle(db: DataSource, asOf: CalendarDate, months: number) {
  const first = (await db.query(`SELECT min(registered_on)::text AS on FROM registration GROUP BY leader_id`)) as { on: string }[];
  const rows: { month: string; registered: number; registeredTotal: number }[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const [row] = (await db.query(
      `SELECT m::date::text AS month, least((m + interval '1 month' - interval '1 day')::date, $1::date)::text AS month_end
         FROM date_trunc('month', $1::date - make_interval(months => $2)) m`,
      [asOf, back],
    )) as { month: string; month_end: string }[];
    const entries = (await db.query(ORACLE_ENTRIES, [row!.month_end])) as { status: string }[];
    rows.push({
      month: row!.month,
      registered: first.filter((leader) => leader.on >= row!.month && leader.on <= row!.month_end).length,
      registeredTotal: entries.filter((entry) => entry.status !== 'DEREGISTERED').length,
    });
  }
  return rows;
}

describe('registerStatistics', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const today = todayInAmsterdam(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    await writePopulation(database.dataSource);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function statistics(asOf?: string, months?: number): Promise<Statistics> {
    const response = await server.graphql<{ registerStatistics: Statistics }>(STATISTICS, { asOf, months });
    expect(response.errors).toBeUndefined();
    return response.data!.registerStatistics;
  }

  it.each(['2018-12-31', '2021-06-30', today])('gives on %s what direct SQL counts on the facts', async (asOf) => {
    const answer = await statistics(asOf, 30);
    const expected = await oracle(database.dataSource, d(asOf));
    expect(answer).toMatchObject(expected);
    expect(answer.registrationsPerMonth).toEqual(await monthlyOracle(database.dataSource, d(asOf), 30));
    // The population is varied enough for every figure to mean something.
    if (asOf === '2021-06-30') {
      for (const { count } of answer.byStatus) expect(count).toBeGreaterThan(0);
      for (const { count } of answer.byTitle) expect(count).toBeGreaterThan(0);
      for (const code of ['1', '2', '3', '4']) expect(answer.themeCompletions.find((row) => row.theme.code === code)?.formal).toBeGreaterThan(0);
      expect(answer.registrationsPerMonth.some((month) => month.registered > 0)).toBe(true);
    }
  });

  it('agrees with searchRegister’s counts per status and per title today', async () => {
    const answer = await statistics();
    const SEARCH = `query ($status: [RegistrationStatus!], $title: [RegistrationTitle!]) { searchRegister(status: $status, title: $title, first: 1) { totalCount } }`;
    const total = async (variables: Record<string, unknown>) => {
      const response = await server.graphql<{ searchRegister: { totalCount: number } }>(SEARCH, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.searchRegister.totalCount;
    };
    for (const { status, count } of answer.byStatus) expect(await total({ status: [status] })).toBe(count);
    for (const title of ['RDO', 'RADO']) {
      expect(await total({ title: [title] })).toBe(answer.byTitle.filter((row) => row.title === title).reduce((sum, row) => sum + row.count, 0));
    }
    expect(await total({})).toBe(answer.registeredLeaders);
    // Without `months` (or with null): the last 24 months, ending with today's.
    expect(answer.registrationsPerMonth).toHaveLength(24);
    expect(answer.registrationsPerMonth[23]!.month).toBe(`${today.slice(0, 7)}-01`);
    expect((await statistics(undefined, null as unknown as number)).registrationsPerMonth).toEqual(answer.registrationsPerMonth);
  });

  it('refuses months outside 1..100, dates before 2000 or after today, and more than two at once', async () => {
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const response = await server.graphql(query, variables);
      expect(response.data ?? null).toBeNull();
      return response.errors![0]!;
    };
    for (const months of [0, 101]) {
      expect(await refusal(STATISTICS, { months })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'months' }, message: 'Het aantal maanden moet tussen 1 en 100 liggen.' });
    }
    expect(await refusal(STATISTICS, { asOf: '1999-12-31' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' } });
    expect(await refusal(STATISTICS, { asOf: addDays(today, 1) })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' } });
    const three = `{ a: registerStatistics(asOf: "2018-12-31") { registeredLeaders } b: registerStatistics(asOf: "2019-12-31") { registeredLeaders }
                     c: registerStatistics(asOf: "2020-12-31") { registeredLeaders } }`;
    expect(await refusal(three, {})).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST' } });
  });

  it('answers a past date without the facts decided after it', async () => {
    // A leader EXPIRED on `past` and today (without deferral requests) gets a deferral granted today,
    // on a request asked before `past`: `past` counts the request only, today's figures change.
    const past = d('2024-06-30');
    const [expired] = (await database.dataSource.query(
      `SELECT t.registration_id, t.leader_id FROM register_timeline t
        WHERE daterange(t.valid_from, t.valid_to) @> $1::date AND t.status = 'EXPIRED'
          AND daterange(t.valid_from, t.valid_to) @> $2::date
          AND NOT EXISTS (SELECT 1 FROM deferral_request q WHERE q.leader_id = t.leader_id) ORDER BY t.leader_id LIMIT 1`,
      [past, today],
    )) as { registration_id: string; leader_id: string }[];
    const before = await statistics(past);
    const todayBefore = await statistics();
    await database.dataSource.query(`INSERT INTO registration_deferral (registration_id, granted_on, new_due_date) VALUES ($1, $2, $3)`, [
      expired!.registration_id,
      today,
      addYears(today, 1),
    ]);
    await database.dataSource.query(
      `INSERT INTO deferral_request (leader_id, registration_id, kind, reason, requested_on, requested_due_date, status, decided_on, decided_by, granted_due_date)
       SELECT $1, $2, 'RE_REGISTRATION', 'GROUNDED_REASON', $3, $4, 'GRANTED', $5, (SELECT id FROM account LIMIT 1), $4`,
      [expired!.leader_id, expired!.registration_id, addDays(past, -10), addYears(today, 1), today],
    );
    const after = await statistics(past);
    expect(after).toEqual({ ...before, reRegistrationDeferrals: { ...before.reRegistrationDeferrals, requested: before.reRegistrationDeferrals.requested + 1 } });
    const todayAfter = await statistics();
    const status = (answer: Statistics, name: string) => answer.byStatus.find((row) => row.status === name)!.count;
    expect(status(todayAfter, 'ACTIVE')).toBe(status(todayBefore, 'ACTIVE') + 1);
    expect(status(todayAfter, 'EXPIRED')).toBe(status(todayBefore, 'EXPIRED') - 1);
    expect(todayAfter.reRegistrationDeferrals.granted).toBe(todayBefore.reRegistrationDeferrals.granted + 1);
  });
});
