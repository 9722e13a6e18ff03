import { todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { AccountService } from '../../accounts/account.service';
import { Role } from '../../accounts/role';
import { importLegacyFiles, type LegacyImportReport } from '../legacy-import.service';
import { asCsvFiles, asWorkbook, legacyPopulation, rowCount, type LegacyTables } from './legacy-population';

const today = todayInAmsterdam(new Date());

/** Rows the import must refuse, each for one reason, appended to the generated files. */
function withBadRows(tables: LegacyTables): LegacyTables {
  return {
    ...tables,
    schoolleiders: [
      ...tables.schoolleiders,
      { registratienummer: '990001', voornaam: 'Fout', achternaam: 'Datum', ingeschreven_op: '31-2-2016' },
      { registratienummer: '990002', voornaam: 'Fout', achternaam: 'Mail', email: 'geen-adres', ingeschreven_op: '2016-01-01' },
    ],
    registraties: [
      ...tables.registraties,
      { registratienummer: '990003', titel: 'RDO', niveau: 'vakbekwaam', aspirant: 'nee', geregistreerd_op: '2016-01-01' },
      { registratienummer: tables.schoolleiders[9]!.registratienummer, titel: 'RDO', niveau: 'basisbekwaam', aspirant: 'nee', geregistreerd_op: '2016-01-01' },
    ],
    uitstel: [
      ...tables.uitstel,
      { registratienummer: tables.schoolleiders[1]!.registratienummer, soort: 'registratie', reden: 'gegronde_reden', aangevraagd_op: '2017-01-01', gevraagde_datum: '2018-06-01' },
    ],
    afrondingen: [...tables.afrondingen, { registratienummer: tables.schoolleiders[1]!.registratienummer, thema: '8', leerroute: 'formeel', datum: '2016-05-01' }],
  };
}

const BAD_ROWS = 6;

function totals(report: LegacyImportReport) {
  return Object.values(report.counts).reduce(
    (sum, counts) => ({
      read: sum.read + counts.read,
      created: sum.created + counts.created,
      updated: sum.updated + counts.updated,
      unchanged: sum.unchanged + counts.unchanged,
      refused: sum.refused + counts.refused,
    }),
    { read: 0, created: 0, updated: 0, unchanged: 0, refused: 0 },
  );
}

describe('legacy import of the old register', () => {
  let database: TestDatabase;
  let staffId: string;
  const tables = withBadRows(legacyPopulation(2_950));
  const files = asCsvFiles(tables);
  const rows = rowCount(tables);

  beforeAll(async () => {
    database = await createTestDatabase();
    const staff = await new AccountService(database.dataSource).createAccount({
      email: 'import@test.srpo.nl',
      displayName: 'Medewerker Import',
      password: 'een lang test wachtwoord',
      roles: [Role.STAFF],
    });
    staffId = staff.id;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const count = async (table: string) => Number(((await database.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0]!.n);

  it('dry run, run and a second run of a 10,000-row file set: the run does what the dry run said; the second run changes nothing', async () => {
    expect(rows).toBeGreaterThanOrEqual(10_000);
    const dryRun = await importLegacyFiles(database.dataSource, files, { actorAccountId: staffId, today, dryRun: true });
    expect(totals(dryRun)).toMatchObject({ read: rows, created: rows - BAD_ROWS, updated: 0, unchanged: 0, refused: BAD_ROWS });
    expect(dryRun.problems).toEqual([]);
    expect(await count('school_leader')).toBe(0);

    const run = await importLegacyFiles(database.dataSource, files, { actorAccountId: staffId, today, dryRun: false });
    expect(run.counts).toEqual(dryRun.counts);
    expect(await count('school_leader')).toBe(tables.schoolleiders.length - 2);
    expect(await count('registration')).toBe(tables.registraties.length - 2);

    const again = await importLegacyFiles(database.dataSource, files, { actorAccountId: staffId, today, dryRun: false });
    expect(totals(again)).toMatchObject({ read: rows, created: 0, updated: 0, unchanged: rows - BAD_ROWS, refused: BAD_ROWS });
    console.info(
      `legacy import of ${rows} rows: dry run ${dryRun.seconds} s (${totals(dryRun).created} to create), run ${run.seconds} s, rerun ${again.seconds} s (${totals(again).created} created, ${totals(again).updated} updated)`,
    );

    const workbook = await importLegacyFiles(database.dataSource, [await asWorkbook(tables)], { actorAccountId: staffId, today, dryRun: true });
    expect(workbook.counts).toEqual(again.counts);
  }, 180_000);
});
