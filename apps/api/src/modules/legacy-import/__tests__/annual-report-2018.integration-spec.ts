import { todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../../testing/test-server';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { AccountService } from '../../accounts/account.service';
import { Role } from '../../accounts/role';
import { ANNUAL_REPORT_2018, annualReport2018Population } from '../fixtures/annual-report-2018';
import { LEGACY_IMPORT_KINDS } from '@srpo/domain';
import { toCsvFiles } from '../fixtures/legacy-population';
import { importLegacyFiles } from '../legacy-import.service';
import { themeCompletionsOn } from './legacy-figures';

const STATISTICS = `
  query Statistics($asOf: Date) {
    registerStatistics(asOf: $asOf) {
      asOf enrolledLeaders enrolledBoards registeredLeaders
      byTitle { title aspirant count }
      byStatus { status count }
      reRegisteredLeaders
      initialDeferrals { requested granted }
      reRegistrationDeferrals { requested granted }
      leadersWithFormalThemeCompletion leadersWithInformalThemeCompletion
      themeCompletions { theme { code } formal informal }
      registrationsPerMonth(months: 60) { month registered registeredTotal }
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

describe('the annual report 2018 (seed 000) reproduced from the old register', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staffId: string;
  const today = todayInAmsterdam(new Date());
  const population = annualReport2018Population();
  // Old exports mix notations: the employments carry Dutch dates (1-3-2018).
  const files = toCsvFiles(population.files, { dutchDatesIn: ['dienstverbanden'] });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const staff = await new AccountService(database.dataSource).createAccount({
      email: 'jaarverslag@test.srpo.nl',
      displayName: 'Medewerker Jaarverslag',
      password: 'een lang test wachtwoord',
      roles: [Role.STAFF],
    });
    staffId = staff.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('loads through the import (dry run, then run) and registerStatistics on 31 December 2018 gives every figure of the table', async () => {
    const rows = Object.fromEntries(LEGACY_IMPORT_KINDS.map((kind) => [kind, population.files[kind].length]));
    const dryRun = await importLegacyFiles(database.dataSource, files, { actorAccountId: staffId, today, dryRun: true });
    expect(dryRun.problems).toEqual([]);
    for (const kind of LEGACY_IMPORT_KINDS) {
      expect({ kind, ...dryRun.counts[kind] }).toEqual({ kind, read: rows[kind], created: rows[kind], updated: 0, unchanged: 0, refused: 0 });
    }
    const run = await importLegacyFiles(database.dataSource, files, { actorAccountId: staffId, today, dryRun: false });
    expect(run.counts).toEqual(dryRun.counts);
    console.info(`annual report 2018: ${Object.values(rows).reduce((sum, n) => sum + n, 0)} rows, dry run ${dryRun.seconds} s, run ${run.seconds} s`);

    const response = await server.graphql<{ registerStatistics: Statistics }>(STATISTICS, { asOf: ANNUAL_REPORT_2018.asOf });
    expect(response.errors).toBeUndefined();
    const statistics = response.data!.registerStatistics;
    const table = ANNUAL_REPORT_2018;
    const titleCount = (title: string, aspirant: boolean) => statistics.byTitle.find((row) => row.title === title && row.aspirant === aspirant)?.count;
    const statusCount = (status: string) => statistics.byStatus.find((row) => row.status === status)?.count;
    expect({
      asOf: statistics.asOf,
      enrolledLeaders: statistics.enrolledLeaders,
      enrolledBoards: statistics.enrolledBoards,
      registeredLeaders: statistics.registeredLeaders,
      byTitle: { RDO: titleCount('RDO', false), RADO: titleCount('RADO', false), aspirantRDO: titleCount('RDO', true), aspirantRADO: titleCount('RADO', true) },
      initialDeferrals: statistics.initialDeferrals,
      reRegisteredLeaders: statistics.reRegisteredLeaders,
      expired: statusCount('EXPIRED'),
      conditional: statusCount('CONDITIONAL'),
      reRegistrationDeferrals: statistics.reRegistrationDeferrals,
      leadersWithFormalThemeCompletion: statistics.leadersWithFormalThemeCompletion,
      leadersWithInformalThemeCompletion: statistics.leadersWithInformalThemeCompletion,
    }).toEqual(table);
    // Per theme and route: the leaders whose rows say they completed it by the end of 2018.
    expect(Object.fromEntries(statistics.themeCompletions.map((row) => [row.theme.code, { formal: row.formal, informal: row.informal }]))).toEqual({
      ...Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((code) => [code, { formal: 0, informal: 0 }])),
      ...themeCompletionsOn(population.files, table.asOf),
    });
    // The chart's series, 2014 to 2018: new entries per month as the rows date them (about 250 a month in 2017), ending at the table's total.
    const perMonth = new Map<string, number>();
    for (const row of population.files.registraties) {
      const month = `${row.geregistreerd_op!.slice(0, 7)}-01`;
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    expect(statistics.registrationsPerMonth.map((row) => [row.month, row.registered])).toEqual(
      statistics.registrationsPerMonth.map((row) => [row.month, perMonth.get(row.month) ?? 0]),
    );
    expect(statistics.registrationsPerMonth[0]!.month).toBe('2014-01-01');
    expect(statistics.registrationsPerMonth.at(-1)!.registeredTotal).toBe(table.registeredLeaders);
    // About 34,000 rows through two passes of the import: minutes on a loaded machine (see the README).
  }, 600_000);
});
