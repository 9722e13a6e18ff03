import { addDays, sortName, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { RegistrationStatusService } from '../src/modules/registrations/registration-status.service';

/**
 * The benchmark register: `leaders` school leaders with a realistic history, generated set-based
 * (generate_series, one INSERT … SELECT per table) so 250,000 leaders load in a few minutes.
 *
 * - 1,000 boards; every leader works at one board now, a fifth also had an earlier board.
 * - Registrations spread over ten years before `today`: a quarter RADO (of which a tenth later
 *   became RDO: a title change), a few recent aspirants, 70 % re-registered on time after each
 *   four-year period (so the others turn CONDITIONAL, then EXPIRED), 5 % with a deferral, 4 %
 *   deregistered (a quarter of whom registered again later).
 * - 8 recorded completions per leader, of 200 certified courses (20 providers, 2,000 executions),
 *   each course crediting one theme of the catalogue; informal validations of one theme by 4 %.
 * - Deferral requests: for the initial registration by 2 % of those registered from 2018 on (90 %
 *   granted), for re-registration behind every granted deferral, and 1 % rejected.
 * Statuses and the read model are then computed by the domain for `statusDate` (the service the
 * daily job uses), exactly as production keeps them.
 */
export interface GeneratedRegister {
  leaders: number;
  registrations: number;
  completions: number;
  seconds: number;
}

const FIRST_NAMES = [
  'Jan', 'Piet', 'Kees', 'Henk', 'Willem', 'Jeroen', 'Mark', 'Bas', 'Thijs', 'Ruud', 'Erik', 'Marco', 'Sander', 'Mohamed', 'Ahmed',
  'Jan-Willem', 'Maria', 'Els', 'Ingrid', 'Monique', 'Linda', 'Saskia', 'Sanne', 'Eva', 'Lotte', 'Fleur', 'Esther', 'Petra',
  'Mirjam', 'Karin', 'Janneke', 'Fatima', 'Ayşe', 'Iris', 'Marloes', 'Wendy', 'Sofie', 'Chantal', 'Femke', 'Noor',
];
/** [infix, surname]: the most common Dutch surnames, plus a few with accents and from other origins. */
const SURNAMES: [string | null, string][] = [
  [null, 'Jansen'], ['de', 'Jong'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], [null, 'Bakker'], [null, 'Janssen'],
  [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'], ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'],
  [null, 'Peters'], [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'], [null, 'Dijkstra'],
  [null, 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'], ['van der', 'Linden'], [null, 'Kok'], [null, 'Jacobs'], ['de', 'Haan'],
  [null, 'Vermeulen'], ['van der', 'Heijden'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'], [null, 'Schouten'],
  [null, 'Willems'], [null, 'Hoekstra'], [null, 'Koster'], [null, 'Prins'], [null, 'Verhoeven'], [null, 'Maas'], [null, 'Kuipers'],
  [null, 'Yılmaz'], ['El', 'Amrani'], [null, 'Bouzid'], [null, 'Dïjkman'], ['van', 'Dijken'], [null, 'Postma'], [null, 'Timmermans'],
  [null, 'Groen'], [null, 'Sanders'], ['van', 'Beek'], [null, 'Wouters'], [null, 'Kramer'], ['van', 'Wijk'], [null, 'Boumans'],
];

/** `abs(hashtext(n || salt))`: a deterministic pseudo-random number per row. */
const h = (salt: string, n = 'n') => `abs(hashtext((${n})::text || '${salt}'))`;

export async function generateRegister(db: DataSource, leaders: number, statusDate: CalendarDate): Promise<GeneratedRegister> {
  const started = performance.now();
  const today = statusDate;
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);

  const [staff] = (await q(
    `INSERT INTO account (email, display_name, password_hash, roles) VALUES ('bench-staff@example.org', 'Bench', 'not-a-hash', '{STAFF}') RETURNING id`,
  )) as { id: string }[];
  await q(
    `INSERT INTO board (board_number, name, city)
     SELECT lpad((10000 + g)::text, 5, '0'),
            (ARRAY['Stichting', 'Vereniging', 'Stichting Openbaar Onderwijs', 'Stichting Katholiek Onderwijs', 'Christelijke Scholengroep'])[1 + g % 5]
              || ' ' || (ARRAY['Noord', 'Zuid', 'West', 'Oost', 'Midden', 'De Linge', 'Het Gooi', 'Kempen', 'Fryslân', 'Delta'])[1 + (g / 5) % 10] || ' ' || g,
            'Plaats ' || (g % 50)
       FROM generate_series(1, 1000) g`,
  );
  await q(
    `INSERT INTO provider (name, kvk_number, contact_email)
     SELECT 'Opleider ' || g, lpad((70000000 + g)::text, 8, '0'), 'opleider' || g || '@example.org' FROM generate_series(1, 20) g`,
  );
  await q(
    `INSERT INTO offering (provider_id, title, kind, status, submitted_on)
     SELECT (SELECT id FROM provider ORDER BY kvk_number OFFSET g % 20 LIMIT 1), 'Cursus ' || g, 'COURSE', 'CERTIFIED', DATE '2014-01-01'
       FROM generate_series(1, 200) g`,
  );
  await q(
    `INSERT INTO certification (offering_id, outcome, decided_on, decided_by, valid_from, valid_until)
     SELECT id, 'CERTIFIED', DATE '2014-01-01', $1, DATE '2014-01-01', DATE '2035-12-31' FROM offering`,
    [staff!.id],
  );
  // Each course credits one (non-wildcard) theme.
  await q(
    `INSERT INTO certification_scope (certification_id, theme_id)
     SELECT c.id, t.id
       FROM (SELECT c.id, row_number() OVER (ORDER BY c.id) AS i FROM certification c) c
       JOIN (SELECT id, row_number() OVER (ORDER BY sort_order) - 1 AS i, count(*) OVER () AS n FROM theme WHERE NOT is_wildcard) t
         ON t.i = c.i % t.n`,
  );
  await q(
    `INSERT INTO offering_execution (offering_id, starts_on, ends_on, online)
     SELECT o.id, DATE '2014-03-01' + (k * 400 + ${h('x', 'o.id')} % 300), DATE '2014-03-01' + (k * 400 + ${h('x', 'o.id')} % 300) + 30, true
       FROM offering o CROSS JOIN generate_series(0, 9) k`,
  );
  await q(`CREATE TEMP TABLE bench_execution AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM offering_execution`);

  // The names are picked set-based; their sort names come from the domain, as the API writes them, looked up
  // by the same picks (an UPDATE of every leader afterwards is slow once other indexes hold 250,000 rows).
  const sortNames = FIRST_NAMES.flatMap((firstName) => SURNAMES.map(([infix, lastName]) => sortName({ firstName, infix, lastName })));
  await q(
    `INSERT INTO school_leader (initials, first_name, infix, last_name, sort_name, enrolled_on, email)
     SELECT left(($2::text[])[f], 1) || '.', ($2::text[])[f], ($3::text[])[s], ($4::text[])[s], ($5::text[])[(f - 1) * array_length($3::text[], 1) + s],
            DATE '2013-01-01', NULL
       FROM generate_series(1, $1) g,
            LATERAL (SELECT 1 + ${h('f', 'g')} % array_length($2::text[], 1) AS f, 1 + ${h('s', 'g')} % array_length($3::text[], 1) AS s) picks`,
    [leaders, FIRST_NAMES, SURNAMES.map(([infix]) => infix), SURNAMES.map(([, surname]) => surname), sortNames],
  );
  await q(`CREATE TEMP TABLE bench_leader AS SELECT id, register_number::int AS n FROM school_leader`);
  await q(`CREATE UNIQUE INDEX ON bench_leader (n)`);

  // The leader's first registration and its history.
  await q(
    `CREATE TEMP TABLE bench_reg AS
     SELECT id AS leader_id, n, reg_on,
            ${h('a')} % 20 = 0 AND reg_on > $1::date - 1100 AS aspirant,
            ${h('t')} % 4 = 0 AS rado,
            ${h('t')} % 40 = 0 AND NOT (${h('a')} % 20 = 0 AND reg_on > $1::date - 1100) AS promoted,
            CASE WHEN ${h('d')} % 25 = 0 THEN reg_on + 1 + ${h('dd')} % greatest(1, $1::date - reg_on) END AS deregistered_on
       FROM (SELECT id, n, $1::date - 3650 + ${h('r')} % 3640 AS reg_on FROM bench_leader) l`,
    [today],
  );
  await q(
    `INSERT INTO registration (leader_id, registered_on, first_registered_on, aspirant, aspirant_until, full_registration_on,
                               deregistered_on, deregistration_reason, title, level, status, due_date, status_as_of)
     SELECT leader_id, reg_on, reg_on, aspirant, CASE WHEN aspirant THEN reg_on + 730 END,
            CASE WHEN aspirant AND n % 3 = 0 AND reg_on + 700 <= $1::date THEN reg_on + 700 END,
            deregistered_on, CASE WHEN deregistered_on IS NOT NULL THEN 'Vertrokken uit het onderwijs' END,
            CASE WHEN rado AND NOT promoted THEN 'RADO' ELSE 'RDO' END,
            CASE WHEN aspirant THEN NULL WHEN rado AND NOT promoted THEN 'BASISBEKWAAM' WHEN n % 10 = 1 THEN 'MASTER' ELSE 'VAKBEKWAAM' END,
            'ACTIVE', reg_on, DATE '1900-01-01'
       FROM bench_reg`,
    [today],
  );
  // A quarter of those who left registered again 200 days later (when that date has come).
  await q(
    `INSERT INTO registration (leader_id, registered_on, first_registered_on, aspirant, title, level, status, due_date, status_as_of)
     SELECT leader_id, deregistered_on + 200, reg_on, false, 'RDO', 'VAKBEKWAAM', 'ACTIVE', deregistered_on + 200, DATE '1900-01-01'
       FROM bench_reg WHERE deregistered_on IS NOT NULL AND n % 4 = 0 AND deregistered_on + 200 <= $1::date`,
    [today],
  );
  await q(
    `INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
     SELECT r.id, r.registered_on,
            CASE WHEN b.promoted AND r.registered_on = b.reg_on THEN 'RADO' ELSE r.title END,
            CASE WHEN b.promoted AND r.registered_on = b.reg_on THEN 'BASISBEKWAAM' ELSE r.level END,
            r.aspirant
       FROM registration r JOIN bench_reg b ON b.leader_id = r.leader_id`,
  );
  await q(
    `INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
     SELECT r.id, least($1::date, r.registered_on + 300 + ${h('p', 'b.n')} % 900), 'RDO', r.level, false
       FROM registration r JOIN bench_reg b ON b.leader_id = r.leader_id AND b.reg_on = r.registered_on
      WHERE b.promoted AND least($1::date, r.registered_on + 300 + ${h('p', 'b.n')} % 900) > r.registered_on`,
    [today],
  );
  // Re-registrations: 70 % on time (up to four months before the due date), period after period.
  await q(
    `INSERT INTO re_registration (registration_id, approved_on, route)
     SELECT r.id, due - (${h('q', 'b.n * 10 + k')} % 120), 'THEMES'
       FROM registration r JOIN bench_reg b ON b.leader_id = r.leader_id AND b.reg_on = r.registered_on,
            LATERAL (SELECT k, (r.registered_on + make_interval(years => 4 * k))::date AS due FROM generate_series(1, 3) k) p
      WHERE NOT r.aspirant AND due - (${h('q', 'b.n * 10 + k')} % 120) <= $1::date
        AND (SELECT bool_and(${h('ok', 'b.n * 10 + j')} % 10 < 7) FROM generate_series(1, k) j)`,
    [today],
  );
  await q(
    `INSERT INTO registration_deferral (registration_id, granted_on, new_due_date)
     SELECT r.id, due - 60, due + 365
       FROM registration r JOIN bench_reg b ON b.leader_id = r.leader_id AND b.reg_on = r.registered_on,
            LATERAL (SELECT (r.registered_on + interval '4 years')::date AS due) p
      WHERE NOT r.aspirant AND ${h('def', 'b.n')} % 20 = 0 AND due - 60 <= $1::date`,
    [today],
  );

  await q(
    `INSERT INTO employment (leader_id, board_id, function, starts_on)
     SELECT l.leader_id, b.id, CASE WHEN l.rado THEN 'DEPUTY_DIRECTOR' ELSE 'DIRECTOR' END, l.reg_on - 365
       FROM bench_reg l JOIN board b ON b.board_number = lpad((10001 + ${h('b', 'l.n')} % 1000)::text, 5, '0')`,
  );
  await q(
    `INSERT INTO employment (leader_id, board_id, function, starts_on, ends_on)
     SELECT l.leader_id, b.id, 'DEPUTY_DIRECTOR', l.reg_on - 2000, l.reg_on - 366
       FROM bench_reg l JOIN board b ON b.board_number = lpad((10001 + ${h('b2', 'l.n')} % 1000)::text, 5, '0')
      WHERE l.n % 5 = 0`,
  );
  await q(
    `INSERT INTO completion (execution_id, leader_id, completed_on, source, status)
     SELECT e.id, l.leader_id, greatest(DATE '2014-02-01', least($1::date, l.reg_on - 400 + k * 230)), 'PROVIDER', 'RECORDED'
       FROM bench_reg l CROSS JOIN generate_series(0, 7) k
       JOIN bench_execution e ON e.i = (l.n * 8 + k) % (SELECT count(*) FROM bench_execution)`,
    [today],
  );
  // Deferral requests (§3.7): for the initial registration by 2 % of those registered from 2018 on
  // (asked late 2017, 90 % granted), for re-registration behind every granted deferral (asked a month
  // before) and 1 % more that were rejected. Informal validations of one theme by 4 % of the leaders.
  await q(
    `INSERT INTO deferral_request (leader_id, kind, reason, requested_on, requested_due_date, status, decided_on, decided_by, granted_due_date)
     SELECT leader_id, 'INITIAL_REGISTRATION', 'FINISHING_PROGRAMME', DATE '2017-10-01' + ${h('ir', 'n')} % 90, DATE '2018-09-01',
            CASE WHEN ${h('ig', 'n')} % 10 = 0 THEN 'REJECTED' ELSE 'GRANTED' END, DATE '2018-01-15' + ${h('ir', 'n')} % 60, $1::uuid,
            CASE WHEN ${h('ig', 'n')} % 10 = 0 THEN NULL ELSE DATE '2018-09-01' END
       FROM bench_reg WHERE reg_on >= DATE '2018-01-01' AND ${h('ir', 'n')} % 50 = 0 AND DATE '2018-03-15' <= $2::date`,
    [staff!.id, today],
  );
  await q(
    `INSERT INTO deferral_request (leader_id, registration_id, kind, reason, requested_on, requested_due_date, status, decided_on, decided_by, granted_due_date)
     SELECT r.leader_id, r.id, 'RE_REGISTRATION', 'GROUNDED_REASON', d.granted_on - 30, d.new_due_date, 'GRANTED', d.granted_on, $1::uuid, d.new_due_date
       FROM registration_deferral d JOIN registration r ON r.id = d.registration_id
     UNION ALL
     SELECT r.leader_id, r.id, 'RE_REGISTRATION', 'GROUNDED_REASON', (r.registered_on + interval '4 years')::date - 90,
            (r.registered_on + interval '5 years')::date, 'REJECTED', (r.registered_on + interval '4 years')::date - 60, $1::uuid, NULL
       FROM registration r JOIN bench_reg b ON b.leader_id = r.leader_id AND b.reg_on = r.registered_on
      WHERE NOT r.aspirant AND ${h('rj', 'b.n')} % 100 = 0 AND (r.registered_on + interval '4 years')::date - 60 <= $2::date`,
    [staff!.id, today],
  );
  await q(
    `INSERT INTO informal_validation (leader_id, theme_id, validated_on, method)
     SELECT l.leader_id, t.id, least($1::date, l.reg_on + 500), 'PEER_VALIDATION'
       FROM bench_reg l JOIN (SELECT id, row_number() OVER (ORDER BY sort_order) - 1 AS i, count(*) OVER () AS n FROM theme WHERE NOT is_wildcard) t
         ON t.i = ${h('vt', 'l.n')} % t.n
      WHERE ${h('v', 'l.n')} % 25 = 0`,
    [today],
  );
  await q(`DROP TABLE bench_reg, bench_leader, bench_execution`);
  await q(`ANALYZE`);

  // Statuses, due dates and the read model, computed by the domain (as the daily job does).
  await new RegistrationStatusService(db).refreshAll(today);
  await q(`VACUUM ANALYZE`);

  const [counts] = (await q(
    `SELECT (SELECT count(*) FROM school_leader)::int AS leaders, (SELECT count(*) FROM registration)::int AS registrations,
            (SELECT count(*) FROM completion)::int AS completions`,
  )) as { leaders: number; registrations: number; completions: number }[];
  return { ...counts!, seconds: (performance.now() - started) / 1000 };
}

/** The day before `date`: the generator computes statuses for yesterday, so the benchmark's daily run is a normal day. */
export function dayBefore(date: CalendarDate): CalendarDate {
  return addDays(date, -1);
}
