import { addDays, todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { PublicRegisterService } from '../src/modules/public-register/public-register.service';
import { RegistrationStatusService } from '../src/modules/registrations/registration-status.service';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

/**
 * The public register at its real size: ~9,000 leaders, ~1,000 boards. Targets (DESIGN): a search
 * page and a bulk check of 100 numbers answer well within interactive time (aim: p99 < 200 ms).
 */
const LEADERS = 9_000;
const BOARDS = 1_000;
const SURNAMES = ['Dijk', 'Vries', 'Berg', 'Bakker', 'Visser', 'Smit', 'Boer', 'Mulder', 'Groot', 'Bos', 'Jansen', 'Dïjkman', 'Yılmaz'];

let database: TestDatabase;
let service: PublicRegisterService;
const today = todayInAmsterdam(new Date());
const sampleNumbers: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.dataSource;
  await db.query(
    `INSERT INTO board (board_number, name, city)
     SELECT lpad((10000 + g)::text, 5, '0'), 'Stichting ' || g, 'Plaats ' || (g % 50) FROM generate_series(1, $1) g`,
    [BOARDS],
  );
  await db.query(
    `INSERT INTO school_leader (initials, first_name, infix, last_name, enrolled_on)
     SELECT 'A.', 'Voornaam' || g, CASE WHEN g % 3 = 0 THEN 'van' END, ($2::text[])[1 + g % array_length($2::text[], 1)] || g % 97, '2015-01-01'
       FROM generate_series(1, $1) g`,
    [LEADERS, SURNAMES],
  );
  await db.query(
    `INSERT INTO employment (leader_id, board_id, function, starts_on)
     SELECT l.id, b.id, CASE WHEN l.register_number::int % 4 = 0 THEN 'DEPUTY_DIRECTOR' ELSE 'DIRECTOR' END, '2014-01-01'
       FROM school_leader l JOIN board b ON b.board_number = lpad((10000 + 1 + l.register_number::int % $1)::text, 5, '0')`,
    [BOARDS],
  );
  // Registration dates spread over ten years, so every status occurs once statuses are computed.
  await db.query(
    `INSERT INTO registration (leader_id, registered_on, aspirant, title, level, status, due_date, status_as_of)
     SELECT id, DATE '2014-06-01' + (register_number::int % 3500), false, 'RDO', 'VAKBEKWAAM', 'ACTIVE', DATE '2018-06-01', DATE '1900-01-01'
       FROM school_leader`,
  );
  await db.query(
    `INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
     SELECT id, registered_on, 'RDO', 'VAKBEKWAAM', false FROM registration`,
  );
  await new RegistrationStatusService(db).refreshAll(today);
  const rows = (await db.query(`SELECT register_number FROM school_leader ORDER BY random() LIMIT 100`)) as { register_number: string }[];
  sampleNumbers.push(...rows.map((row) => row.register_number));
  service = new PublicRegisterService(db);
}, 600_000);

afterAll(async () => {
  await database?.drop();
});

describe(`public register with ${LEADERS} leaders`, () => {
  bench('searchRegister "dijk", first page of 20', async () => {
    await service.search({ query: 'dijk', first: 20 }, today);
  });

  bench('searchRegister status CONDITIONAL, first page of 100', async () => {
    await service.search({ status: ['CONDITIONAL'], first: 100 }, today);
  });

  bench('publicRegistrations: bulk check of 100 numbers', async () => {
    await service.findByRegisterNumbers(sampleNumbers, today);
  });

  bench('publicRegistration asOf a past date', async () => {
    await service.findByRegisterNumber(sampleNumbers[0]!, addDays(today, -2000));
  });
});
