import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { createProvider } from '../../../testing/offering-fixtures';
import { anonymousClient, signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { AccountAdminService } from '../account-admin.service';
import { INVITATION_SUBJECT } from '../../self-service/account-mail';
import { AccountService } from '../../accounts/account.service';
import { Role } from '../../accounts/role';

const FIELDS = 'id version email displayName roles status deactivatedAt board { id name } provider { id name } leader { id registerNumber displayName }';
const ACCOUNTS = `query ($query: String, $role: Role, $status: AccountStatus, $first: Int, $after: String) {
  accounts(query: $query, role: $role, status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`;
const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!, $version: Int!) { deactivateAccount(id: $id, version: $version) { id version status deactivatedAt } }`;
const REACTIVATE = `mutation ($id: ID!, $version: Int!) { reactivateAccount(id: $id, version: $version) { id version status } }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

interface AccountNode {
  id: string;
  version: number;
  email: string;
  displayName: string;
  roles: Role[];
  status: 'ACTIVE' | 'DEACTIVATED';
  deactivatedAt: string | null;
  board: { id: string; name: string } | null;
  provider: { id: string; name: string } | null;
  leader: { id: string; registerNumber: string; displayName: string } | null;
}

describe('staff manage accounts', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function created(input: Record<string, unknown>): Promise<AccountNode> {
    const reply = await staff.request<{ createAccount: AccountNode }>(CREATE, { input });
    expect(reply.errors).toBeUndefined();
    return reply.data!.createAccount;
  }

  function uniqueEmail(name: string): string {
    counter += 1;
    return `${name}.${counter}@school.example.nl`;
  }

  async function auditActions(accountId: string): Promise<string[]> {
    const rows = (await database.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'account' AND entity_id = $1 ORDER BY id`, [accountId])) as { action: string }[];
    return rows.map((row) => row.action);
  }

  it('finds accounts by name or e-mail (accents and case ignored), role and status, in pages', async () => {
    const provider = await createProvider(database.dataSource, 'Academie Zoëlen');
    const zoe = await created({ email: uniqueEmail('ZOE'), displayName: 'Zoë de Vries', roles: ['COMMITTEE'] });
    await created({ email: uniqueEmail('zoe.aanbod'), displayName: 'Zoe Aanbieder', roles: ['PROVIDER'], providerId: provider.id });
    await created({ email: uniqueEmail('piet'), displayName: 'Piet Jansen', roles: ['LEADER'] });

    const byName = await staff.request<{ accounts: { totalCount: number; nodes: AccountNode[] } }>(ACCOUNTS, { query: 'zoe' });
    expect(byName.data?.accounts.nodes.map((node) => node.displayName)).toEqual(['Zoe Aanbieder', 'Zoë de Vries']);
    expect(byName.data?.accounts.nodes[0]).toMatchObject({ roles: ['PROVIDER'], status: 'ACTIVE', provider: { id: provider.id, name: 'Academie Zoëlen' } });

    const byEmailAndRole = await staff.request<{ accounts: { nodes: AccountNode[] } }>(ACCOUNTS, { query: zoe.email.toUpperCase(), role: 'COMMITTEE' });
    expect(byEmailAndRole.data?.accounts.nodes.map((node) => node.id)).toEqual([zoe.id]);

    // Paging: every account once, in name order, whatever the page size.
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Awaited<ReturnType<typeof staff.request<{ accounts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AccountNode[] } }>>> =
        await staff.request(ACCOUNTS, { first: 2, after });
      expect(page.errors).toBeUndefined();
      total = page.data!.accounts.totalCount;
      seen.push(...page.data!.accounts.nodes.map((node) => node.displayName));
      after = page.data!.accounts.pageInfo.hasNextPage ? page.data!.accounts.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));

    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
      expect((await staff.request(ACCOUNTS, variables)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const leader = await signedInClient(database.dataSource, server.url, [Role.LEADER, Role.COMMITTEE]);
    expect((await leader.request(ACCOUNTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymousClient(server.url).request(ACCOUNTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('e-mails the person an invitation link that sets the first password once; then they can sign in', async () => {
    const email = uniqueEmail('uitgenodigd');
    const account = await created({ email, displayName: 'Ineke Uitgenodigd', roles: ['COMMITTEE'] });
    const [message] = (await database.dataSource.query(`SELECT subject, text_body, confidential FROM email_outbox WHERE to_address = $1`, [email])) as {
      subject: string;
      text_body: string;
      confidential: boolean;
    }[];
    expect(message).toMatchObject({ subject: INVITATION_SUBJECT, confidential: true });
    expect(message!.text_body).toMatch(/Ineke Uitgenodigd/);
    const token = /wachtwoord-herstellen#token=([\w-]+)/.exec(message!.text_body)?.[1];
    expect(token).toBeDefined();
    const password = 'mijn eigen lange wachtwoordzin voor het register';
    expect((await server.graphql(LOGIN, { email, password }, server.url)).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');

    expect((await server.graphql(RESET, { token, password }, server.url)).errors).toBeUndefined();
    expect((await server.graphql(LOGIN, { email, password }, server.url)).data).toEqual({ login: { id: account.id } });
    expect((await server.graphql(RESET, { token, password: `${password} opnieuw` }, server.url)).errors?.[0]?.extensions?.reason).toBe('TOKEN_USED');
  });

  it('creates an account for someone with roles and links, audited; refuses bad input and changes nothing', async () => {
    const board = await createBoard(database.dataSource, 'Stichting Aanmaak');
    const email = uniqueEmail('bestuurder');
    const account = await created({ email: ` ${email.toUpperCase()} `, displayName: ' Bea Bestuur ', roles: ['BOARD', 'BOARD'], boardId: board.id });
    expect(account).toMatchObject({ email, displayName: 'Bea Bestuur', roles: ['BOARD'], status: 'ACTIVE', board: { id: board.id, name: 'Stichting Aanmaak' } });
    expect(await auditActions(account.id)).toEqual(['CREATE']);

    const before = await database.dataSource.getRepository(Account).count();
    const refusals: [Record<string, unknown>, string, string?][] = [
      [{ email, displayName: 'Twee', roles: ['LEADER'] }, 'CONFLICT', 'EMAIL_TAKEN'],
      [{ email: 'geen-adres', displayName: 'X', roles: ['LEADER'] }, 'BAD_USER_INPUT'],
      [{ email: uniqueEmail('x'), displayName: '  ', roles: ['LEADER'] }, 'BAD_USER_INPUT'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: [] }, 'BAD_USER_INPUT', 'ACCOUNT_NEEDS_ROLE'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['STAFF', 'BOARD'], boardId: board.id }, 'BAD_USER_INPUT', 'STAFF_WITH_ORGANISATION_ROLE'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['PROVIDER'] }, 'BAD_USER_INPUT', 'PROVIDER_ROLE_NEEDS_PROVIDER'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['COMMITTEE'], boardId: board.id }, 'BAD_USER_INPUT', 'LINK_NEEDS_ROLE'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['BOARD'], boardId: 'kapot' }, 'BAD_USER_INPUT'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['BOARD'], boardId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [{ email: uniqueEmail('x'), displayName: 'X', roles: ['LEADER'], leaderRegisterNumber: '999999999' }, 'NOT_FOUND'],
    ];
    for (const [input, code, reason] of refusals) {
      const reply = await staff.request(CREATE, { input });
      expect(reply.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, ...(reason ? { reason } : {}) });
      expect(reply.errors?.[0]?.message).toMatch(/[a-z]/);
    }
    expect(await database.dataSource.getRepository(Account).count()).toBe(before);
  });

  it('changes roles and links (board, provider, leader record), with optimistic locking; not one’s own roles', async () => {
    const [board, provider] = await Promise.all([createBoard(database.dataSource, 'Stichting Rollen'), createProvider(database.dataSource, 'Academie Rollen')]);
    const { leader } = await createLeader(database.dataSource, { firstName: 'Lotte', lastName: 'Leider' });
    const account = await created({ email: uniqueEmail('rollen'), displayName: 'Rianne Rollen', roles: ['COMMITTEE'] });

    const asLeader = await staff.request<{ updateAccount: AccountNode }>(UPDATE, {
      id: account.id,
      version: account.version,
      input: { displayName: 'Rianne Rollen', roles: ['COMMITTEE', 'LEADER'], leaderRegisterNumber: leader.registerNumber },
    });
    expect(asLeader.errors).toBeUndefined();
    expect(asLeader.data?.updateAccount).toMatchObject({ roles: ['COMMITTEE', 'LEADER'], leader: { id: leader.id, registerNumber: leader.registerNumber, displayName: 'Lotte Leider' } });

    const stale = await staff.request(UPDATE, { id: account.id, version: account.version, input: { displayName: 'Oud', roles: ['COMMITTEE'] } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const switched = await staff.request<{ updateAccount: AccountNode }>(UPDATE, {
      id: account.id,
      version: asLeader.data!.updateAccount.version,
      input: { displayName: 'Rianne Rollen', roles: ['BOARD', 'PROVIDER'], boardId: board.id, providerId: provider.id },
    });
    expect(switched.data?.updateAccount).toMatchObject({ roles: ['BOARD', 'PROVIDER'], board: { id: board.id }, provider: { id: provider.id }, leader: null });
    const unlinked = (await database.dataSource.query(`SELECT account_id FROM school_leader WHERE id = $1`, [leader.id])) as { account_id: string | null }[];
    expect(unlinked[0]?.account_id).toBeNull();

    // A leader record belongs to one account.
    const other = await created({ email: uniqueEmail('ander'), displayName: 'Ander', roles: ['LEADER'], leaderRegisterNumber: leader.registerNumber });
    const taken = await staff.request(UPDATE, {
      id: account.id,
      version: switched.data!.updateAccount.version,
      input: { displayName: 'Rianne Rollen', roles: ['LEADER'], leaderRegisterNumber: leader.registerNumber },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LEADER_ALREADY_LINKED' });
    expect(other.leader?.id).toBe(leader.id);

    const self = (await database.dataSource.getRepository(Account).findOneByOrFail({ id: staff.accountId })) as Account;
    const own = await staff.request(UPDATE, { id: staff.accountId, version: self.version, input: { displayName: 'Ik', roles: ['STAFF', 'COMMITTEE'] } });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ACCOUNT_ROLES' });
    const rename = await staff.request<{ updateAccount: AccountNode }>(UPDATE, { id: staff.accountId, version: self.version, input: { displayName: 'Mijn naam', roles: ['STAFF'] } });
    expect(rename.data?.updateAccount.displayName).toBe('Mijn naam');
    expect(await auditActions(account.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('deactivation ends every session at once and refuses sign-in with a clear message; reactivation lets the person back in', async () => {
    const email = uniqueEmail('deactief');
    const password = 'een heel lang wachtwoord voor deactivering';
    await new AccountService(database.dataSource).createAccount({ email, displayName: 'Dirk Deactief', password, roles: [Role.COMMITTEE] });
    const person = await database.dataSource.getRepository(Account).findOneByOrFail({ email });
    const sessions = await Promise.all([1, 2].map(() => server.graphql(LOGIN, { email, password }, server.url)));
    expect(sessions.every((reply) => !reply.errors)).toBe(true);
    const cookieReply = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
    });
    const cookie = cookieReply.headers.get('set-cookie')!.split(';')[0]!;
    const viewer = () =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ viewer { id } }' }) }).then(
        (response) => response.json() as Promise<{ data: { viewer: { id: string } | null } }>,
      );
    expect((await viewer()).data.viewer?.id).toBe(person.id);

    const deactivated = await staff.request<{ deactivateAccount: AccountNode }>(DEACTIVATE, { id: person.id, version: person.version });
    expect(deactivated.data?.deactivateAccount).toMatchObject({ status: 'DEACTIVATED', deactivatedAt: expect.any(String) });
    expect((await viewer()).data.viewer).toBeNull();
    const open = (await database.dataSource.query(`SELECT count(*)::int AS count FROM session WHERE account_id = $1 AND revoked_at IS NULL`, [person.id])) as { count: number }[];
    expect(open[0]?.count).toBe(0);
    const listed = async (status: string) => (await staff.request<{ accounts: { nodes: AccountNode[] } }>(ACCOUNTS, { query: email, status })).data?.accounts.nodes.length;
    expect([await listed('DEACTIVATED'), await listed('ACTIVE')]).toEqual([1, 0]);

    const refused = await server.graphql(LOGIN, { email, password }, server.url);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' });
    expect(refused.errors?.[0]?.message).toMatch(/gedeactiveerd/);
    // A wrong password says nothing about the account's state.
    expect((await server.graphql(LOGIN, { email, password: 'fout fout fout fout' }, server.url)).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');

    const reactivated = await staff.request<{ reactivateAccount: AccountNode }>(REACTIVATE, { id: person.id, version: deactivated.data!.deactivateAccount.version });
    expect(reactivated.data?.reactivateAccount.status).toBe('ACTIVE');
    expect((await server.graphql(LOGIN, { email, password }, server.url)).errors).toBeUndefined();
    expect(await auditActions(person.id)).toEqual(['DEACTIVATE', 'REACTIVATE']);
  });

  it('refuses deactivating oneself and losing the last active staff account, also when two staff deactivate each other at once', async () => {
    const self = await database.dataSource.getRepository(Account).findOneByOrFail({ id: staff.accountId });
    const own = await staff.request(DEACTIVATE, { id: self.id, version: self.version });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ACCOUNT_DEACTIVATION' });

    // Only two active staff accounts left: each deactivates the other at the same moment.
    const [a, b] = await Promise.all([signedInClient(database.dataSource, server.url, [Role.STAFF]), signedInClient(database.dataSource, server.url, [Role.STAFF])]);
    const others = (await database.dataSource.query(
      `UPDATE account SET deactivated_at = now() WHERE 'STAFF' = ANY(roles) AND deactivated_at IS NULL AND id NOT IN ($1, $2) RETURNING id`,
      [a.accountId, b.accountId],
    )) as [{ id: string }[], number];
    onTestFinished(async () => {
      await database.dataSource.query(`UPDATE account SET deactivated_at = NULL WHERE id = ANY($1::uuid[])`, [others[0].map((row) => row.id)]);
    });
    const versions = await database.dataSource.getRepository(Account).findBy([{ id: a.accountId }, { id: b.accountId }]);
    const versionOf = (id: string) => versions.find((row) => row.id === id)!.version;
    const replies = await Promise.all([
      a.request(DEACTIVATE, { id: b.accountId, version: versionOf(b.accountId) }),
      b.request(DEACTIVATE, { id: a.accountId, version: versionOf(a.accountId) }),
    ]);
    const outcomes = replies.map((reply) => reply.errors?.[0]?.extensions?.reason ?? 'OK').sort();
    expect(outcomes).toEqual(['LAST_ACTIVE_STAFF', 'OK']);
    const active = (await database.dataSource.query(`SELECT count(*)::int AS count FROM account WHERE 'STAFF' = ANY(roles) AND deactivated_at IS NULL`)) as { count: number }[];
    expect(active[0]?.count).toBe(1);

    // The service refuses it too when asked directly for the last one (e.g. by a former staff member).
    const last = await database.dataSource.getRepository(Account).findOneByOrFail({ id: replies[0]!.errors ? b.accountId : a.accountId });
    const former = await database.dataSource.getRepository(Account).findOneByOrFail({ id: staff.accountId });
    await expect(new AccountAdminService(database.dataSource, former).setActive(last.id, last.version, false)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'LAST_ACTIVE_STAFF' },
    });
    await expect(
      new AccountAdminService(database.dataSource, former).update(last.id, last.version, { displayName: last.displayName, roles: [Role.COMMITTEE] }),
    ).rejects.toMatchObject({ extensions: { reason: 'LAST_ACTIVE_STAFF' } });
  });

  it('20 identical concurrent writes: one wins, the others get CONFLICT, nothing is lost or doubled', async () => {
    const email = uniqueEmail('tegelijk');
    const creates = await Promise.all(Array.from({ length: 20 }, () => staff.request(CREATE, { input: { email, displayName: 'Tegelijk', roles: ['LEADER'] } })));
    expect(creates.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(new Set(creates.flatMap((reply) => reply.errors ?? []).map((error) => error.extensions?.code))).toEqual(new Set(['CONFLICT']));
    const account = await database.dataSource.getRepository(Account).findOneByOrFail({ email });

    const input = { displayName: 'Tegelijk Gewijzigd', roles: ['LEADER', 'COMMITTEE'] };
    const updates = await Promise.all(Array.from({ length: 20 }, () => staff.request(UPDATE, { id: account.id, version: account.version, input })));
    expect(updates.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(updates.filter((reply) => reply.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);

    const current = await database.dataSource.getRepository(Account).findOneByOrFail({ id: account.id });
    expect(current).toMatchObject({ displayName: 'Tegelijk Gewijzigd', roles: ['LEADER', 'COMMITTEE'], version: account.version + 1 });
    const deactivations = await Promise.all(Array.from({ length: 20 }, () => staff.request(DEACTIVATE, { id: account.id, version: current.version })));
    expect(deactivations.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(deactivations.filter((reply) => reply.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(await auditActions(account.id)).toEqual(['CREATE', 'UPDATE', 'DEACTIVATE']);
  });
});
