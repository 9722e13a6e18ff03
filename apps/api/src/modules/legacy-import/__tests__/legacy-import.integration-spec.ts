import { todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import type { LegacyFile } from '../legacy-files';
import { importLegacyFiles, type LegacyImportReport } from '../legacy-import.service';
import { toCsvFiles, type LegacyFiles } from '../fixtures/legacy-population';
import { asWorkbook, legacyPopulation, rowCount } from './legacy-population';

const today = todayInAmsterdam(new Date());

/** Rows the import must refuse, each for one reason, appended to the generated files. */
function withBadRows(tables: LegacyFiles): LegacyFiles {
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
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let staffId: string;
  const tables = withBadRows(legacyPopulation(2_950));
  const files = toCsvFiles(tables, { lineEnding: '\r\n' });
  const rows = rowCount(tables);

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    staffId = staff.accountId;
  });

  afterAll(async () => {
    await server?.stop();
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

  async function upload(client: TestClient, file: LegacyFile, importId?: string): Promise<{ status: number; body: { id?: string; errors?: { extensions: { code: string; reason?: string } }[] } }> {
    const response = await fetch(`${server.url}/imports${importId ? `/${importId}/files` : ''}`, {
      method: 'POST',
      headers: { cookie: client.cookie, 'x-file-name': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' },
      body: file.content,
    });
    return { status: response.status, body: (await response.json()) as { id?: string } };
  }

  const IMPORT = `query ($id: ID!) { legacyImport(id: $id) { state fileNames progress { kind read processed total }
    dryRunReport { counts { kind read created updated unchanged refused } } runReport { counts { kind created updated unchanged refused } } } }`;

  async function settled(id: string, state: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { data } = await staff.request<{ legacyImport: { state: string; runReport: unknown } }>(IMPORT, { id });
      if (data?.legacyImport.state === state || data?.legacyImport.state === 'FAILED') return data!.legacyImport as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not reach ${state}`);
  }

  it('staff upload the files, see the dry run with the refused rows and their reasons, then import: the imported leader shows its origin', async () => {
    const board = await signedInClient(database.dataSource, server.url, [Role.BOARD]);
    expect((await upload(board, files[0]!)).status).toBe(403);
    expect((await upload(staff, { name: 'besturen.pdf', content: Buffer.from('%PDF-1.4') })).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LEGACY_FILE_TYPE_NOT_ALLOWED' });

    const [first, ...rest] = files;
    const created = await upload(staff, first!);
    expect(created.status).toBe(201);
    const id = created.body.id!;
    for (const file of rest) expect((await upload(staff, file, id)).status).toBe(201);
    await staff.request(`mutation ($id: ID!) { checkLegacyImport(id: $id) { state } }`, { id });
    const checked = await settled(id, 'DRY_RUN_DONE');
    expect(checked).toMatchObject({ state: 'DRY_RUN_DONE', fileNames: files.map((file) => file.name) });

    const refusedRows = await staff.request<{ legacyImportRows: { totalCount: number; rows: { kind: string; rowNumber: number; reasons: { code: string; message: string }[] }[] } }>(
      `query ($id: ID!) { legacyImportRows(id: $id, pass: DRY_RUN, outcome: REFUSED, first: 10) { totalCount rows { kind rowNumber reasons { code message } } } }`,
      { id },
    );
    expect(refusedRows.data?.legacyImportRows.totalCount).toBe(BAD_ROWS);
    expect(refusedRows.data?.legacyImportRows.rows.map((row) => [row.kind, row.reasons[0]!.code])).toEqual([
      ['schoolleiders', 'LEGACY_DATE_INVALID'],
      ['schoolleiders', 'LEGACY_EMAIL_INVALID'],
      ['registraties', 'LEGACY_LEADER_UNKNOWN'],
      ['registraties', 'RDO_NEEDS_VAKBEKWAAM'],
      ['uitstel', 'DEFERRAL_REASON_NOT_FOR_KIND'],
      ['afrondingen', 'LEGACY_THEME_UNKNOWN'],
    ]);
    expect(refusedRows.data?.legacyImportRows.rows[0]).toMatchObject({ rowNumber: tables.schoolleiders.length });
    expect(refusedRows.data?.legacyImportRows.rows[3]!.reasons[0]!.message).toBe('De titel RDO vraagt minimaal het niveau vakbekwaam.');

    await staff.request(`mutation ($id: ID!) { runLegacyImport(id: $id) { state } }`, { id });
    const done = (await settled(id, 'DONE')) as unknown as { runReport: { counts: { created: number; updated: number }[] } };
    // The earlier run imported these files already: the staff's run changes nothing.
    expect(done.runReport.counts.every((counts) => counts.created === 0 && counts.updated === 0)).toBe(true);
    expect((await staff.request(`mutation ($id: ID!) { runLegacyImport(id: $id) { state } }`, { id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect(await count(`school_leader WHERE register_number IN ('990001', '990002')`)).toBe(0);
    const [leader] = (await database.dataSource.query(`SELECT id FROM school_leader WHERE register_number = $1`, [tables.schoolleiders[0]!.registratienummer])) as { id: string }[];
    const own = await createLeader(database.dataSource);
    const ORIGIN = `query ($id: ID!) { leaderProfile(id: $id) { registerNumber legacyOrigin { importedAt } } }`;
    expect((await staff.request<{ leaderProfile: { legacyOrigin: unknown } }>(ORIGIN, { id: leader!.id })).data?.leaderProfile.legacyOrigin).toMatchObject({ importedAt: expect.any(String) });
    expect((await staff.request<{ leaderProfile: { legacyOrigin: unknown } }>(ORIGIN, { id: own.leader.id })).data?.leaderProfile.legacyOrigin).toBeNull();
    const audit = (await database.dataSource.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'LEGACY_%' GROUP BY action ORDER BY action`)) as { action: string; n: number }[];
    expect(audit.find((row) => row.action === 'LEGACY_IMPORT_RUN')?.n).toBe(3);
    expect(audit.find((row) => row.action === 'LEGACY_IMPORTED')?.n).toBeGreaterThanOrEqual(rows - BAD_ROWS);
  }, 120_000);
});
