import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../account.entity';
import { AccountService, MAX_FAILED_LOGINS } from '../account.service';
import { Role } from '../role';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email roles } }`;
const VIEWER = `{ viewer { email displayName roles } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

interface Reply {
  status: number;
  cookie: string | undefined;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; reason?: string } }[] };
}

describe('accounts and sessions', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let counter = 0;

  async function call(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Reply> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie') ?? undefined;
    return { status: response.status, cookie: setCookie, body: (await response.json()) as Reply['body'] };
  }

  async function newAccount(roles: Role[] = [Role.LEADER]) {
    counter += 1;
    const email = `Leider${counter}@Example.nl`;
    const password = `correct horse ${counter}`;
    await new AccountService(database.dataSource).createAccount({ email, displayName: `Leider ${counter}`, password, roles });
    return { email, password };
  }

  async function login(email: string, password: string): Promise<string> {
    const reply = await call(LOGIN, { email, password });
    expect(reply.body.errors).toBeUndefined();
    return reply.cookie!.split(';')[0]!;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('logs in case-insensitively with an HttpOnly cookie and knows the viewer', async () => {
    const { email, password } = await newAccount([Role.LEADER, Role.COMMITTEE]);
    const reply = await call(LOGIN, { email: email.toUpperCase(), password });
    expect(reply.body.data?.login).toEqual({ email: email.toLowerCase(), roles: ['LEADER', 'COMMITTEE'] });
    expect(reply.cookie).toMatch(/^srpo_session=[\w-]{40,};/);
    expect(reply.cookie).toMatch(/HttpOnly/);
    expect(reply.cookie).toMatch(/SameSite=Lax/);

    const viewer = await call(VIEWER, {}, reply.cookie!.split(';')[0]);
    expect(viewer.body.data?.viewer).toMatchObject({ email: email.toLowerCase() });
    expect((await call(VIEWER)).body.data?.viewer).toBeNull();
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const { email } = await newAccount();
    const unknown = await call(LOGIN, { email: 'niemand@example.nl', password: 'whatever whatever' });
    const wrong = await call(LOGIN, { email, password: 'not the password' });
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } });
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(wrong.cookie).toBeUndefined();
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right one`, async () => {
    const { email, password } = await newAccount();
    const attempts = await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS }, () => call(LOGIN, { email, password: 'wrong wrong wrong' })),
    );
    expect(attempts.every((attempt) => attempt.body.errors?.[0]?.extensions.reason === 'INVALID_CREDENTIALS')).toBe(true);
    const locked = await call(LOGIN, { email, password });
    expect(locked.body.errors?.[0]?.extensions.reason).toBe('LOGIN_THROTTLED');
    expect(locked.body.errors?.[0]?.message).toMatch(/geblokkeerd tot/);
    expect(locked.cookie).toBeUndefined();

    // Once the lock has passed, the right password works again.
    await database.dataSource.getRepository(Account).update({ email: email.toLowerCase() }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await call(LOGIN, { email, password })).body.data?.login).toBeTruthy();
  });

  it('ends the session on logout', async () => {
    const { email, password } = await newAccount();
    const cookie = await login(email, password);
    const logout = await call('mutation { logout }', {}, cookie);
    expect(logout.body.data?.logout).toBe(true);
    expect(logout.cookie).toMatch(/srpo_session=;/);
    expect((await call(VIEWER, {}, cookie)).body.data?.viewer).toBeNull();
  });

  it('requires a session to change the password', async () => {
    const reply = await call(CHANGE_PASSWORD, { current: 'x', next: 'y' });
    expect(reply.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(reply.body.errors?.[0]?.message).toMatch(/niet ingelogd/);
  });

  it('changes the password, refuses a short one, and signs out other sessions', async () => {
    const { email, password } = await newAccount();
    const here = await login(email, password);
    const elsewhere = await login(email, password);

    const tooShort = await call(CHANGE_PASSWORD, { current: password, next: 'kort' }, here);
    expect(tooShort.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const wrongCurrent = await call(CHANGE_PASSWORD, { current: 'not it at all', next: 'a new long password' }, here);
    expect(wrongCurrent.body.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
    expect((await call(LOGIN, { email, password })).body.errors).toBeUndefined();

    const changed = await call(CHANGE_PASSWORD, { current: password, next: 'a new long password' }, here);
    expect(changed.body.data?.changePassword).toBe(true);
    expect((await call(VIEWER, {}, here)).body.data?.viewer).not.toBeNull();
    expect((await call(VIEWER, {}, elsewhere)).body.data?.viewer).toBeNull();
    expect((await call(LOGIN, { email, password })).body.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
    expect((await call(LOGIN, { email, password: 'a new long password' })).body.errors).toBeUndefined();
  });
});
