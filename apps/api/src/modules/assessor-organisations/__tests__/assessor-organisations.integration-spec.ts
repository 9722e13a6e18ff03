import { addDays, todayInAmsterdam } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';

const FIELDS = 'id version name kvkNumber contactEmail phone certifiedFrom certifiedUntil certifiedToday feeSchedule { oneOffCents perThemeCents perInterviewCents resubmissionCents }';
const LIST = `query ($query: String, $first: Int, $after: String) { assessorOrganisations(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`;
const CREATE = `mutation ($input: AssessorOrganisationInput!) { createAssessorOrganisation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: AssessorOrganisationInput!) { updateAssessorOrganisation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const CERTIFIED = `{ certifiedAssessorOrganisations { id name certifiedToday feeSchedule { perThemeCents } } }`;
const MINE = `{ myAssessorOrganisation { ${FIELDS} } }`;
const ASSESSORS = `{ organisationAssessors { id displayName } }`;
const MY_FEES = `mutation ($version: Int!, $fees: AssessorFeeScheduleInput!) { updateMyFeeSchedule(version: $version, feeSchedule: $fees) { version feeSchedule { oneOffCents perThemeCents perInterviewCents resubmissionCents } } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id roles assessorOrganisation { id name } } }`;

interface Organisation {
  id: string;
  version: number;
  name: string;
  kvkNumber: string;
  certifiedFrom: string;
  certifiedUntil: string;
  certifiedToday: boolean;
  feeSchedule: { oneOffCents: number; perThemeCents: number; perInterviewCents: number; resubmissionCents: number };
}

const today = todayInAmsterdam(new Date());
const FEES = { oneOffCents: 4000, perThemeCents: 45000, perInterviewCents: 50000, resubmissionCents: 20000 };
const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Portfolio Validatie Nederland',
  kvkNumber: '3456 7812',
  contactEmail: 'Info@Portfolio.example.nl',
  certifiedFrom: addDays(today, -30),
  certifiedUntil: addDays(today, 700),
  feeSchedule: FEES,
  ...overrides,
});

describe('assessor organisations', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let certified: Organisation;
  let ended: Organisation;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** An ASSESSOR account of `organisationId`, signed in. */
  async function assessorOf(organisationId: string, displayName: string): Promise<TestClient> {
    const client = await signedInClient(database.dataSource, server.url, [Role.ASSESSOR]);
    await database.dataSource.getRepository(Account).update({ id: client.accountId }, { assessorOrganisationId: organisationId, displayName });
    return client;
  }

  it('staff add, find and change organisations; the change is audited and a stale version gets CONFLICT', async () => {
    const created = await staff.request<{ createAssessorOrganisation: Organisation }>(CREATE, { input: input() });
    expect(created.errors).toBeUndefined();
    certified = created.data!.createAssessorOrganisation;
    expect(certified).toMatchObject({ kvkNumber: '34567812', certifiedToday: true, feeSchedule: FEES, version: 1 });
    const other = await staff.request<{ createAssessorOrganisation: Organisation }>(CREATE, {
      input: input({ name: 'Bureau Erkenning Informeel Leren', kvkNumber: '56781234', certifiedFrom: addDays(today, -900), certifiedUntil: addDays(today, -1) }),
    });
    ended = other.data!.createAssessorOrganisation;
    expect(ended.certifiedToday).toBe(false);

    const found = await staff.request<{ assessorOrganisations: { totalCount: number; nodes: Organisation[] } }>(LIST, { query: 'validatie' });
    expect(found.data?.assessorOrganisations.nodes.map((node) => node.id)).toEqual([certified.id]);
    const page = await staff.request<{ assessorOrganisations: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Organisation[] } }>(LIST, { first: 1 });
    expect(page.data?.assessorOrganisations).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ name: 'Bureau Erkenning Informeel Leren' }] });

    const changed = await staff.request<{ updateAssessorOrganisation: Organisation }>(UPDATE, {
      id: certified.id,
      version: certified.version,
      input: input({ feeSchedule: { ...FEES, perThemeCents: 47500 } }),
    });
    expect(changed.data?.updateAssessorOrganisation).toMatchObject({ version: 2, feeSchedule: { perThemeCents: 47500 } });
    certified = changed.data!.updateAssessorOrganisation;
    const stale = await staff.request(UPDATE, { id: certified.id, version: 1, input: input() });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const taken = await staff.request(UPDATE, { id: certified.id, version: certified.version, input: input({ kvkNumber: '56781234' }) });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'kvkNumber' });

    const audit = (await database.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity = 'assessor_organisation' AND entity_id = $1 ORDER BY id`, [certified.id])) as {
      action: string;
      before: { feePerThemeCents: number } | null;
      after: { feePerThemeCents: number };
    }[];
    expect(audit.map((entry) => [entry.action, entry.before?.feePerThemeCents ?? null, entry.after.feePerThemeCents])).toEqual([
      ['CREATE', null, 45000],
      ['UPDATE', 45000, 47500],
    ]);
  });

  it('refuses bad input with the rule’s reason and a Dutch message, and changes nothing', async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ kvkNumber: '1234567' }, { code: 'BAD_USER_INPUT', reason: 'KVK_NUMBER_INVALID' }],
      [{ certifiedFrom: addDays(today, 1), certifiedUntil: today }, { code: 'BAD_USER_INPUT', reason: 'CERTIFICATION_PERIOD_REVERSED' }],
      [{ feeSchedule: { ...FEES, resubmissionCents: -1 } }, { code: 'BAD_USER_INPUT', reason: 'ASSESSOR_FEE_OUT_OF_RANGE' }],
      [{ feeSchedule: { ...FEES, oneOffCents: 1_000_001 } }, { code: 'BAD_USER_INPUT', reason: 'ASSESSOR_FEE_OUT_OF_RANGE' }],
      [{ name: '  ' }, { code: 'BAD_USER_INPUT', field: 'name' }],
      [{ contactEmail: 'geen-adres' }, { code: 'BAD_USER_INPUT', field: 'contactEmail' }],
      [{ kvkNumber: '34567812' }, { code: 'CONFLICT', reason: 'ALREADY_EXISTS' }],
    ];
    for (const [overrides, expected] of cases) {
      const reply = await staff.request(CREATE, { input: input({ name: 'Nieuw Bureau', kvkNumber: '99990000', ...overrides }) });
      expect(reply.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject(expected);
      expect(reply.errors?.[0]?.message).toMatch(/[a-z]/);
    }
    const reversed = await staff.request(CREATE, { input: input({ kvkNumber: '99990000', certifiedFrom: '2027-01-01', certifiedUntil: '2026-12-31' }) });
    expect(reversed.errors?.[0]?.message).toBe('De certificering kan niet eindigen (31 december 2026) voordat zij begint (1 januari 2027).');
    const all = await staff.request<{ assessorOrganisations: { totalCount: number } }>(LIST);
    expect(all.data?.assessorOrganisations.totalCount).toBe(2);
  });

  it('20 identical creates at once: one organisation, the others get CONFLICT', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => staff.request(CREATE, { input: input({ name: 'Tegelijk Bureau', kvkNumber: '77778888', certifiedFrom: addDays(today, -900), certifiedUntil: addDays(today, -800) }) })));
    expect(replies.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(replies.filter((reply) => reply.errors?.[0]?.extensions?.code === 'CONFLICT' && reply.errors[0].extensions.reason === 'ALREADY_EXISTS')).toHaveLength(19);
    const found = await staff.request<{ assessorOrganisations: { totalCount: number } }>(LIST, { query: '77778888' });
    expect(found.data?.assessorOrganisations.totalCount).toBe(1);
  });

  it('anyone signed in sees the organisations certified today; only staff manage them', async () => {
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER]);
    const provider = await signedInClient(database.dataSource, server.url, [Role.PROVIDER]);
    const listed = await leader.request<{ certifiedAssessorOrganisations: { id: string; certifiedToday: boolean; feeSchedule: { perThemeCents: number } }[] }>(CERTIFIED);
    expect(listed.data?.certifiedAssessorOrganisations).toEqual([{ id: certified.id, name: 'Portfolio Validatie Nederland', certifiedToday: true, feeSchedule: { perThemeCents: 47500 } }]);
    for (const client of [leader, provider]) {
      expect((await client.request(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(CREATE, { input: input({ kvkNumber: '11112222' }) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(UPDATE, { id: certified.id, version: certified.version, input: input() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.request(MINE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.graphql(CERTIFIED, {}, server.url)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an assessor sees only its own organisation and its active assessors, and changes its own fee schedule', async () => {
    const anna = await assessorOf(certified.id, 'Anna de Beoordelaar');
    await assessorOf(certified.id, 'Bert Assessor');
    const gone = await assessorOf(certified.id, 'Cor Vertrokken');
    await database.dataSource.getRepository(Account).update({ id: gone.accountId }, { deactivatedAt: new Date() });
    const elsewhere = await assessorOf(ended.id, 'Dirk Elders');

    const mine = await anna.request<{ myAssessorOrganisation: Organisation }>(MINE);
    expect(mine.data?.myAssessorOrganisation).toMatchObject({ id: certified.id, feeSchedule: { perThemeCents: 47500 } });
    const assessors = await anna.request<{ organisationAssessors: { displayName: string }[] }>(ASSESSORS);
    expect(assessors.data?.organisationAssessors.map((assessor) => assessor.displayName)).toEqual(['Anna de Beoordelaar', 'Bert Assessor']);
    const theirs = await elsewhere.request<{ organisationAssessors: { displayName: string }[]; myAssessorOrganisation: { id: string } }>(`{ organisationAssessors { displayName } myAssessorOrganisation { id } }`);
    expect(theirs.data).toEqual({ organisationAssessors: [{ displayName: 'Dirk Elders' }], myAssessorOrganisation: { id: ended.id } });

    const fees = { oneOffCents: 5000, perThemeCents: 46000, perInterviewCents: 51000, resubmissionCents: 21000 };
    const changed = await anna.request<{ updateMyFeeSchedule: Organisation }>(MY_FEES, { version: certified.version, fees });
    expect(changed.data?.updateMyFeeSchedule).toMatchObject({ version: certified.version + 1, feeSchedule: fees });
    expect((await anna.request(MY_FEES, { version: certified.version, fees })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const negative = await anna.request(MY_FEES, { version: certified.version + 1, fees: { ...fees, perThemeCents: -100 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSESSOR_FEE_OUT_OF_RANGE' });
    const untouched = await staff.request<{ assessorOrganisations: { nodes: Organisation[] } }>(LIST, { query: '56781234' });
    expect(untouched.data?.assessorOrganisations.nodes[0]?.feeSchedule).toEqual(FEES);

    const unlinked = await signedInClient(database.dataSource, server.url, [Role.ASSESSOR]);
    expect((await unlinked.request(ASSESSORS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff.request(ASSESSORS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('staff create ASSESSOR accounts only with an organisation, and invite them', async () => {
    const missing = await staff.request(CREATE_ACCOUNT, { input: { email: 'nieuw.beoordelaar@example.nl', displayName: 'Nieuwe Beoordelaar', roles: ['ASSESSOR'] } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSESSOR_ROLE_NEEDS_ORGANISATION' });
    const stray = await staff.request(CREATE_ACCOUNT, { input: { email: 'nieuw.beoordelaar@example.nl', displayName: 'X', roles: ['COMMITTEE'], assessorOrganisationId: certified.id } });
    expect(stray.errors?.[0]?.extensions).toMatchObject({ reason: 'LINK_NEEDS_ROLE' });

    const made = await staff.request<{ createAccount: { id: string; assessorOrganisation: { id: string; name: string } } }>(CREATE_ACCOUNT, {
      input: { email: 'nieuw.beoordelaar@example.nl', displayName: 'Nieuwe Beoordelaar', roles: ['ASSESSOR'], assessorOrganisationId: certified.id },
    });
    expect(made.data?.createAccount.assessorOrganisation).toEqual({ id: certified.id, name: 'Portfolio Validatie Nederland' });
    const invitations = (await database.dataSource.query(`SELECT count(*)::int AS count FROM account_token WHERE account_id = $1 AND purpose = 'INVITE'`, [made.data!.createAccount.id])) as { count: number }[];
    expect(invitations[0]?.count).toBe(1);
  });
});
