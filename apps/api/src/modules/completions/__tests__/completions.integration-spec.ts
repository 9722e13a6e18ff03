import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifiedOffering, createProvider, providerClient } from '../../../testing/offering-fixtures';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { uploadDocument } from '../../../testing/documents';
import { Role } from '../../accounts/role';
import { AuditLogEntry } from '../../audit/audit-log.entity';
import { nameColumns } from '../../leaders/school-leader.entity';
import { Completion } from '../completion.entity';
import { parseCompletionsCsv } from '../completion-csv';

interface Report {
  total: number;
  recorded: number;
  alreadyRecorded: number;
  rejected: number;
  rows: { row: number; registerNumber: string; status: string; code: string | null; message: string }[];
}
const RECORD = `mutation ($id: ID!, $rows: [CompletionInput!]!) { recordCompletions(executionId: $id, completions: $rows) { total recorded alreadyRecorded rejected rows { row registerNumber status code message } } }`;

describe('recording completions', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let provider: TestClient;
  let staff: TestClient;
  let executionId: string;
  const today = todayInAmsterdam(new Date());
  const valid = '2024-05-01' as CalendarDate;

  async function bulkLeaders(count: number): Promise<string[]> {
    const names = Array.from({ length: count }, (_, index) => nameColumns({ firstName: 'Bulk', lastName: `Leider ${index + 1}` }));
    const rows = (await database.dataSource.query(
      `INSERT INTO school_leader (initials, first_name, last_name, sort_name, email, enrolled_on)
       SELECT 'B.', 'Bulk', t.last_name, t.sort_name, 'bulk' || t.g || '@example.nl', '2020-01-01'
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(last_name, sort_name, g)
       ORDER BY t.g
       RETURNING register_number`,
      [names.map((name) => name.lastName), names.map((name) => name.sortName)],
    )) as { register_number: string }[];
    return rows.map((row) => row.register_number);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
    const owner = await createProvider(database.dataSource, 'Academie Alfa');
    provider = await providerClient(database.dataSource, server.url, owner.id);
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    const { execution } = await createCertifiedOffering(database.dataSource, staff.accountId, {
      providerId: owner.id, themeCodes: ['1'], validFrom: '2020-01-01' as CalendarDate, validUntil: '2099-12-31' as CalendarDate,
    });
    executionId = execution.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('keeps 950 valid rows of a 1,000-row upload, reports the 50 bad ones with reasons, and adds nothing on repeat', async () => {
    const numbers = await bulkLeaders(965);
    const deregistered: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2019-01-01' as CalendarDate, deregisteredOn: '2023-01-01' as CalendarDate } });
      deregistered.push(leader.registerNumber);
    }
    const good = numbers.slice(0, 950).map((registerNumber) => ({ registerNumber, completedOn: valid }));
    const bad = [
      ...Array.from({ length: 20 }, (_, i) => ({ registerNumber: `X${i}`, completedOn: valid })),
      ...numbers.slice(0, 10).map((registerNumber) => ({ registerNumber, completedOn: valid })),
      ...numbers.slice(950, 960).map((registerNumber) => ({ registerNumber, completedOn: '2099-01-01' })),
      ...numbers.slice(960, 965).map((registerNumber) => ({ registerNumber, completedOn: '2019-06-01' })),
      ...deregistered.map((registerNumber) => ({ registerNumber, completedOn: valid })),
    ];
    const rows = [...good, ...bad];
    expect(rows).toHaveLength(1000);

    const first = await provider.request<{ recordCompletions: Report }>(RECORD, { id: executionId, rows });
    expect(first.errors).toBeUndefined();
    const report = first.data!.recordCompletions;
    expect(report).toMatchObject({ total: 1000, recorded: 950, alreadyRecorded: 0, rejected: 50 });
    const codes = report.rows.filter((row) => row.status === 'REJECTED').reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.code!]: (acc[row.code!] ?? 0) + 1 }), {});
    expect(codes).toEqual({ UNKNOWN_REGISTER_NUMBER: 20, DUPLICATE_ROW: 10, DATE_IN_FUTURE: 10, OUTSIDE_CERTIFICATION_PERIOD: 5, LEADER_DEREGISTERED: 5 });
    expect(report.rows[950]).toMatchObject({ row: 951, registerNumber: 'X0', status: 'REJECTED', message: 'Dit registernummer is onbekend.' });
    expect(await database.dataSource.getRepository(Completion).countBy({ executionId })).toBe(950);
    expect(await database.dataSource.getRepository(AuditLogEntry).countBy({ entity: 'completion', action: 'RECORD' })).toBe(950);

    const again = (await provider.request<{ recordCompletions: Report }>(RECORD, { id: executionId, rows })).data!.recordCompletions;
    expect(again).toMatchObject({ total: 1000, recorded: 0, alreadyRecorded: 950, rejected: 50 });
    expect(await database.dataSource.getRepository(Completion).countBy({ executionId })).toBe(950);
  });

  it('names the matched leader per row and, as a dry run, stores nothing; a repeat with another date is told apart, naming both dates', async () => {
    const { leader: anna } = await createLeader(database.dataSource, { firstName: 'Anna', infix: 'van der', lastName: 'Berg', registration: { registeredOn: '2021-01-01' as CalendarDate } });
    const { leader: unlisted } = await createLeader(database.dataSource, { firstName: 'Niet', lastName: 'Openbaar' });
    const DRY = `mutation ($id: ID!, $rows: [CompletionInput!]!, $dryRun: Boolean) { recordCompletions(executionId: $id, completions: $rows, dryRun: $dryRun) {
      dryRun total recorded alreadyRecorded dateDiffers rejected rows { row registerNumber leaderName completedOn recordedOn status code message } } }`;
    type Full = Omit<Report, 'rows'> & { dryRun: boolean; dateDiffers: number; rows: (Report['rows'][number] & { leaderName: string | null; completedOn: string | null; recordedOn: string | null })[] };
    const rows = [
      { registerNumber: anna.registerNumber, completedOn: '2026-03-03' },
      { registerNumber: unlisted.registerNumber, completedOn: '2026-03-03' },
      { registerNumber: '99999999', completedOn: '2026-03-03' },
    ];

    const check = await provider.request<{ recordCompletions: Full }>(DRY, { id: executionId, rows, dryRun: true });
    expect(check.errors).toBeUndefined();
    expect(check.data!.recordCompletions).toMatchObject({ dryRun: true, total: 3, recorded: 2, rejected: 1, dateDiffers: 0 });
    expect(check.data!.recordCompletions.rows.map((row) => [row.leaderName, row.status, row.message])).toEqual([
      ['Anna van der Berg', 'RECORDED', 'Wordt vastgelegd.'],
      [null, 'RECORDED', 'Wordt vastgelegd.'],
      [null, 'REJECTED', 'Dit registernummer is onbekend.'],
    ]);
    expect(await database.dataSource.getRepository(Completion).countBy({ executionId, leaderId: anna.id })).toBe(0);

    const recorded = (await provider.request<{ recordCompletions: Full }>(DRY, { id: executionId, rows: rows.slice(0, 1) })).data!.recordCompletions;
    expect(recorded).toMatchObject({ dryRun: false, recorded: 1, rows: [{ leaderName: 'Anna van der Berg', status: 'RECORDED', completedOn: '2026-03-03' }] });

    const corrected = (await provider.request<{ recordCompletions: Full }>(DRY, { id: executionId, rows: [{ registerNumber: anna.registerNumber, completedOn: '2026-03-05' }] })).data!
      .recordCompletions;
    expect(corrected).toMatchObject({ recorded: 0, alreadyRecorded: 0, dateDiffers: 1 });
    expect(corrected.rows[0]).toMatchObject({ status: 'DATE_DIFFERS', code: null, completedOn: '2026-03-05', recordedOn: '2026-03-03' });
    expect(corrected.rows[0]!.message).toBe('Al vastgelegd op 3 maart 2026; de andere datum (5 maart 2026) is niet overgenomen. Trek de afronding in om de datum te corrigeren.');
    expect((await database.dataSource.getRepository(Completion).findOneByOrFail({ executionId, leaderId: anna.id })).completedOn).toBe('2026-03-03');

    const repeat = (await provider.request<{ recordCompletions: Full }>(DRY, { id: executionId, rows: rows.slice(0, 1) })).data!.recordCompletions;
    expect(repeat.rows[0]).toMatchObject({ status: 'ALREADY_RECORDED', recordedOn: '2026-03-03' });

    const csv = await fetch(`${server.url}/executions/${executionId}/completions.csv?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: provider.cookie },
      body: `registernummer;datum\n${unlisted.registerNumber};03-03-2026\n`,
    });
    expect(((await csv.json()) as Full)).toMatchObject({ dryRun: true, recorded: 1, rows: [{ status: 'RECORDED', message: 'Wordt vastgelegd.' }] });
    expect(await database.dataSource.getRepository(Completion).countBy({ executionId, leaderId: unlisted.id })).toBe(0);
  });

  it('accepts the same upload as CSV with ; or , and both date formats, returning the same report', async () => {
    const [a, b, c] = await bulkLeaders(3);
    const semicolon = await fetch(`${server.url}/executions/${executionId}/completions.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: provider.cookie },
      body: `\uFEFFregisternummer;datum\r\n${a};01-05-2024\r\n${b};2024-05-02\r\nonbekend;2024-05-02\r\n${c};31-02-2024\r\n`,
    });
    expect(semicolon.status).toBe(200);
    const report = (await semicolon.json()) as Report;
    expect(report).toMatchObject({ total: 4, recorded: 2, rejected: 2 });
    expect(report.rows.map((row) => row.code)).toEqual([null, null, 'UNKNOWN_REGISTER_NUMBER', 'INVALID_DATE']);

    const comma = await fetch(`${server.url}/executions/${executionId}/completions.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: provider.cookie },
      body: `completed_on,register_number\n2024-05-03,${c}\n2024-05-01,${a}\n`,
    });
    expect(((await comma.json()) as Report)).toMatchObject({ recorded: 1, alreadyRecorded: 1, rejected: 0 });

    const noHeader = await fetch(`${server.url}/executions/${executionId}/completions.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: provider.cookie }, body: `${a};2024-05-01\n` });
    expect(noHeader.status).toBe(400);
    expect((await fetch(`${server.url}/executions/${executionId}/completions.csv`, { method: 'POST', body: 'x' })).status).toBe(401);
    expect(parseCompletionsCsv('register_number,completed_on\n"100001",1-5-2024\n')).toEqual([{ registerNumber: '100001', completedOn: '2024-05-01', rawDate: '1-5-2024' }]);
  });

  it('reads quoted line breaks and a BOM, and turns a NUL byte into a row error instead of a failed upload', async () => {
    const [a, b, c] = await bulkLeaders(3);
    const upload = (body: string) =>
      fetch(`${server.url}/executions/${executionId}/completions.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: provider.cookie }, body });
    const response = await upload(`\uFEFFregisternummer;opmerking;datum\r\n${a};"twee\nregels; met scheiding";2024-05-01\r\n"${b}";"";"01-05-2024"\r\n${c}\u0000;x;2024-05-01\r\n`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as Report;
    expect(report).toMatchObject({ total: 3, recorded: 2, rejected: 1 });
    expect(report.rows.map((row) => row.code)).toEqual([null, null, 'FORBIDDEN_CHARACTER']);
    expect(report.rows[2]?.message).toMatch(/niet is toegestaan/);

    const unclosed = await upload(`registernummer;datum\n"${a};2024-05-01\n`);
    expect(unclosed.status).toBe(400);
    expect(((await unclosed.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CSV' });
    expect(parseCompletionsCsv('register_number,completed_on\n"1,2",2024-05-01\n')[0]?.registerNumber).toBe('1,2');
  });

  it('lets the provider withdraw a wrong completion (audited), after which it is gone from the counted ones', async () => {
    const [number] = await bulkLeaders(1);
    await provider.request(RECORD, { id: executionId, rows: [{ registerNumber: number, completedOn: valid }] });
    type Row = { id: string; version: number; status: string; leader: { registerNumber: string } };
    let target: Row | undefined;
    for (let after: string | null = null; !target; ) {
      const page: { edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await provider.request<{ executionCompletions: { edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `query ($id: ID!, $after: String) { executionCompletions(executionId: $id, first: 100, after: $after) { edges { node { id version status leader { registerNumber } } } pageInfo { hasNextPage endCursor } } }`, { id: executionId, after },
      )).data!.executionCompletions;
      target = page.edges.map((edge) => edge.node).find((row) => row.leader.registerNumber === number);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    if (!target) throw new Error('completion not listed');
    const withdrawn = await provider.request<{ withdrawCompletion: { status: string; handlingNote: string } }>(
      `mutation ($id: ID!, $v: Int!) { withdrawCompletion(id: $id, version: $v, reason: "Verkeerde deelnemer") { status handlingNote } }`, { id: target.id, v: target.version },
    );
    expect(withdrawn.data?.withdrawCompletion).toEqual({ status: 'WITHDRAWN', handlingNote: 'Verkeerde deelnemer' });
    expect(await database.dataSource.getRepository(AuditLogEntry).countBy({ entityId: target.id, action: 'WITHDRAW' })).toBe(1);
    // Recording it again (correctly) is possible: the withdrawn one no longer blocks.
    const again = (await provider.request<{ recordCompletions: Report }>(RECORD, { id: executionId, rows: [{ registerNumber: number, completedOn: valid }] })).data!.recordCompletions;
    expect(again.recorded).toBe(1);
  });

  it('takes a leader’s certificate with its file as pending until staff, who open the file, verify it', async () => {
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2022-01-01' as CalendarDate } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    const SUBMIT = `mutation ($id: ID!, $on: Date!, $file: ID!) { submitCertificate(executionId: $id, completedOn: $on, documentId: $file) { id version status document { id fileName } } }`;
    type Submitted = { submitCertificate: { id: string; version: number; status: string; document: { id: string; fileName: string } } };
    const content = Buffer.from('%PDF-1.4 certificaat van de cursus');
    const file = await uploadDocument(server.url, client.cookie, content, 'certificaat cursus.pdf');

    const future = await client.request(SUBMIT, { id: executionId, on: '2099-01-01', file });
    expect(future.errors?.[0]?.extensions?.reason).toBe('DATE_IN_FUTURE');
    const outside = await client.request(SUBMIT, { id: executionId, on: '2019-01-01', file });
    expect(outside.errors?.[0]?.extensions?.reason).toBe('OUTSIDE_CERTIFICATION_PERIOD');
    const noFile = await client.request(`mutation ($id: ID!) { submitCertificate(executionId: $id, completedOn: "${valid}") { id } }`, { id: executionId });
    expect(noFile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Someone else's upload cannot be attached.
    const othersFile = await uploadDocument(server.url, staff.cookie);
    const stolen = await client.request(SUBMIT, { id: executionId, on: valid, file: othersFile });
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentIds' });

    const submitted = await client.request<Submitted>(SUBMIT, { id: executionId, on: valid, file });
    expect(submitted.data?.submitCertificate).toMatchObject({ status: 'PENDING_VERIFICATION', document: { id: file, fileName: 'certificaat cursus.pdf' } });
    const twice = await client.request(SUBMIT, { id: executionId, on: valid, file });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const queue = (await staff.request<{ certificatesToVerify: { edges: { node: { id: string; document: { id: string } | null } }[] } }>(
      `{ certificatesToVerify(first: 100) { edges { node { id document { id } } } } }`,
    )).data!.certificatesToVerify;
    const queued = queue.edges.find((edge) => edge.node.id === submitted.data!.submitCertificate.id);
    expect(queued?.node.document?.id).toBe(file);
    const download = await fetch(`${server.url}/documents/${file}`, { headers: { cookie: staff.cookie } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    expect((await fetch(`${server.url}/documents/${file}`, { headers: { cookie: provider.cookie } })).status).toBe(404);

    expect((await provider.request(`mutation ($id: ID!) { verifyCertificate(id: $id, version: 1, approve: true) { id } }`, { id: submitted.data!.submitCertificate.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const verified = await staff.request<{ verifyCertificate: { status: string } }>(
      `mutation ($id: ID!, $v: Int!) { verifyCertificate(id: $id, version: $v, approve: true) { status } }`, { id: submitted.data!.submitCertificate.id, v: submitted.data!.submitCertificate.version },
    );
    expect(verified.data?.verifyCertificate.status).toBe('VERIFIED');
    expect(today > valid).toBe(true);
  });
});
