import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { PERSONAL_DATA_CATALOGUE } from '../personal-data-catalogue';
import { exportLeaderData, WITHHELD, type LeaderDataExport } from '../personal-data-export';
import { readableColumnValue, readableValue } from '../personal-data-pdf';
import { leaderKeys, PARAMS_CTE, paramsOf } from '../personal-data-sql';
import { leaderWithEveryKindOfData } from './personal-data-fixture';

let db: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, { rateLimits: false });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('the catalogue of personal data', () => {
  it('classifies every column of every table after all migrations, and nothing that is not there', async () => {
    const rows = (await db.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' ORDER BY 1, 2`,
    )) as { table_name: string; column_name: string }[];
    const inSchema = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
    const inCatalogue = new Set(PERSONAL_DATA_CATALOGUE.flatMap((entry) => Object.keys(entry.columns).map((column) => `${entry.table}.${column}`)));
    expect(
      [...inSchema].filter((column) => !inCatalogue.has(column)),
      "columns not in apps/api/src/modules/personal-data/personal-data-catalogue.ts: classify each as the leader's (label, anonymisation), someone else's (whose, what happens) or none",
    ).toEqual([]);
    expect([...inCatalogue].filter((column) => !inSchema.has(column))).toEqual([]);
    expect(new Set(PERSONAL_DATA_CATALOGUE.map((entry) => entry.table)).size).toBe(PERSONAL_DATA_CATALOGUE.length);
  });

  it("says for every leader's column how it is reached, exported and anonymised", () => {
    for (const entry of PERSONAL_DATA_CATALOGUE) {
      const leaderColumns = Object.entries(entry.columns).filter(([, column]) => column.kind === 'leader');
      if (leaderColumns.length === 0) continue;
      expect(entry.rowsOf, `${entry.table}: rowsOf`).not.toBeNull();
      expect(entry.onAnonymise, `${entry.table}: onAnonymise`).toBeDefined();
      for (const [name, column] of leaderColumns) {
        if (column.kind !== 'leader') continue;
        // Rows that go take their columns along; rows that stay say per column what happens.
        const how = entry.onAnonymise;
        if (how === 'delete' || (typeof how === 'object' && 'deletedWith' in how)) expect(column.anonymise, `${entry.table}.${name}`).toBe('row');
        if (how === 'update') expect(column.anonymise, `${entry.table}.${name}`).not.toBe('row');
      }
    }
  });
});

describe('exportLeaderData', () => {
  let leader: { leaderId: string; accountId: string };
  let data: LeaderDataExport;

  beforeAll(async () => {
    leader = await leaderWithEveryKindOfData(db.dataSource);
    data = await exportLeaderData(db.dataSource.manager, leader.leaderId);
  });

  it("holds every personal column's value of every table (none missing, read back independently)", async () => {
    const missing: string[] = [];
    const params = paramsOf(await leaderKeys(db.dataSource.manager, leader.leaderId), '2026-01-01');
    for (const entry of PERSONAL_DATA_CATALOGUE) {
      const columns = Object.entries(entry.columns).filter(([, column]) => column.kind === 'leader');
      if (columns.length === 0) continue;
      const section = data.sections.find((candidate) => candidate.table === entry.table);
      expect(section, entry.table).toBeDefined();
      expect(section!.rows.length, `${entry.table}: the fixture has a row`).toBeGreaterThan(0);
      for (const [name, column] of columns) {
        if (column.kind !== 'leader') continue;
        const stored = (await db.dataSource.query(
          `WITH ${PARAMS_CTE} SELECT to_json(t.${name}) AS value FROM ${entry.table} t WHERE t.${name} IS NOT NULL AND ${entry.rowsOf}`,
          params,
        )) as { value: unknown }[];
        const exported = section!.rows.map((row) => row[name]).filter((value) => value !== null && value !== undefined);
        if (stored.length === 0 || exported.length !== stored.length) {
          missing.push(`${entry.table}.${name}`);
          continue;
        }
        if (column.exportAs === 'presence') expect(exported.every((value) => value === WITHHELD), `${entry.table}.${name}`).toBe(true);
        else if (column.exportAs) expect(exported.every((value) => typeof value === 'string' && value.startsWith('/documents/')), `${entry.table}.${name}`).toBe(true);
        else expect(exported.map((value) => JSON.stringify(value)).sort(), `${entry.table}.${name}`).toEqual(stored.map((row) => JSON.stringify(row.value)).sort());
      }
    }
    expect(missing).toEqual([]);
  });

  it('never gives out a secret or somebody else’s data', () => {
    const text = JSON.stringify(data);
    expect(text).not.toContain('argon-hash');
    const staffColumns = data.sections.flatMap((section) => section.columns.map((column) => `${section.table}.${column.name}`));
    expect(staffColumns).not.toContain('decision.decided_by');
    expect(staffColumns).not.toContain('portfolio_case.first_assessor_id');
  });

  it('shows values readably in the PDF: Dutch dates in words, yes and no', () => {
    expect(readableValue('2025-03-01')).toBe('1 maart 2025');
    expect(readableValue('2025-07-01T10:15:00+00:00')).toBe('1 juli 2025, 12:15');
    expect(readableValue(true)).toBe('ja');
    expect(readableValue(null)).toBe('—');
    expect(readableValue(['a', 'b'])).toBe('a, b');
    expect(readableColumnValue('registration', 'status', 'EXPIRED')).toBe('Herregistratie verlopen');
    expect(readableColumnValue('employment', 'function', 'DEPUTY_DIRECTOR')).toBe('adjunct-directeur');
    expect(readableColumnValue('registration_application', 'status', 'APPROVED')).toBe('APPROVED');
  });
});

describe('GET /personal-data', () => {
  let owner: { leaderId: string };
  let ownClient: TestClient;
  let otherLeaderClient: TestClient;
  let staff: TestClient;

  beforeAll(async () => {
    const { leader } = await createLeader(db.dataSource, { firstName: 'Joost', lastName: 'Exportman', registration: { registeredOn: '2022-01-01' as never } });
    owner = { leaderId: leader.id };
    ownClient = await signedInClient(db.dataSource, server.url, [Role.LEADER], leader.id);
    const { leader: other } = await createLeader(db.dataSource, { firstName: 'Ander', lastName: 'Leider' });
    otherLeaderClient = await signedInClient(db.dataSource, server.url, [Role.LEADER], other.id);
    staff = await signedInClient(db.dataSource, server.url, [Role.STAFF]);
  });

  const get = (path: string, client?: TestClient) => fetch(`${server.url}${path}`, { headers: client ? { cookie: client.cookie } : {} });

  it("gives a signed-in leader the own data as JSON and as PDF, nobody's without signing in", async () => {
    const json = await get('/personal-data/me.json', ownClient);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('attachment');
    const body = (await json.json()) as LeaderDataExport;
    expect(body.leaderId).toBe(owner.leaderId);
    expect(body.sections.find((section) => section.table === 'school_leader')!.rows[0]!.last_name).toBe('Exportman');
    const pdf = await get('/personal-data/me.pdf', ownClient);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('/personal-data/me.json')).status).toBe(401);
    expect((await get('/personal-data/me.csv', ownClient)).status).toBe(404);
  });

  it("refuses another leader's data to a leader (403), gives it to staff and audits that read with references only", async () => {
    const refused = await get(`/personal-data/leaders/${owner.leaderId}.json`, otherLeaderClient);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await get('/personal-data/me.json', staff)).status).toBe(403);

    const read = await get(`/personal-data/leaders/${owner.leaderId}.pdf`, staff);
    expect(read.status).toBe(200);
    const audits = (await db.dataSource.query(
      `SELECT actor_account_id, before FROM audit_log WHERE entity = 'school_leader' AND entity_id = $1 AND action = 'PERSONAL_DATA_EXPORTED'`,
      [owner.leaderId],
    )) as { actor_account_id: string; before: unknown }[];
    expect(audits).toEqual([{ actor_account_id: staff.accountId, before: null }]);
    expect((await get(`/personal-data/leaders/00000000-0000-4000-8000-000000000000.json`, staff)).status).toBe(404);
  });
});
