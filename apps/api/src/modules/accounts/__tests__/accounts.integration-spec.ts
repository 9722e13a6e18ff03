import { attemptsBeforeWait, LOGIN_THROTTLE_POLICY } from '@srpo/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { AccountService } from '../account.service';
import { addressKey } from '../login-throttle';
import { passwordChecks } from '../password';
import { Role } from '../role';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email roles } }`;
const VIEWER = `{ viewer { email displayName roles } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

interface Reply {
  status: number;
  cookie: string | undefined;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; reason?: string; retryAfterSeconds?: number } }[] };
}

describe('accounts and sessions', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let counter = 0;

  async function call(query: string, variables: Record<string, unknown> = {}, cookie?: string, baseUrl = server.url): Promise<Reply> {
    const response = await fetch(`${baseUrl}/graphql`, {
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
    server = await startTestServer(database.dataSource, { rateLimits: false });
  });

  // Every test's requests come from 127.0.0.1: start each with a clean slate for the client's counter.
  beforeEach(async () => {
    await database.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'client:%'`);
  });

  /** Lets the address's current wait pass (instead of sleeping in the test). */
  async function waitPasses(email: string) {
    await database.dataSource.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = $1`, [addressKey(email).key]);
  }

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
    expect(wrong.body.errors?.[0]?.extensions).toEqual(unknown.body.errors?.[0]?.extensions);
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(wrong.cookie).toBeUndefined();
  });

  it('checks the password at most the free number of times for 40 parallel attempts; the rest must wait', async () => {
    const { email, password } = await newAccount();
    const allowed = attemptsBeforeWait(LOGIN_THROTTLE_POLICY.address);
    const checksBefore = passwordChecks.count;
    const attempts = await Promise.all(Array.from({ length: 40 }, () => call(LOGIN, { email, password: 'wrong wrong wrong' })));
    const checks = passwordChecks.count - checksBefore;

    expect(checks).toBeLessThanOrEqual(allowed);
    const reasons = attempts.map((attempt) => attempt.body.errors?.[0]?.extensions.reason);
    expect(reasons.filter((reason) => reason === 'INVALID_CREDENTIALS')).toHaveLength(checks);
    expect(reasons.filter((reason) => reason === 'LOGIN_THROTTLED')).toHaveLength(40 - checks);
    const throttled = attempts.find((attempt) => attempt.body.errors?.[0]?.extensions.reason === 'LOGIN_THROTTLED')!.body.errors![0]!;
    expect(throttled.extensions.code).toBe('RATE_LIMITED');
    expect(throttled.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(throttled.message).toMatch(/^Te veel mislukte inlogpogingen\. Probeer het over \d+ seconden? opnieuw\.$/);

    // The right password waits too (no check at all), and works once the wait has passed.
    const checksDuringWait = passwordChecks.count;
    const waiting = await call(LOGIN, { email, password });
    expect(waiting.body.errors?.[0]?.extensions.reason).toBe('LOGIN_THROTTLED');
    expect(waiting.cookie).toBeUndefined();
    expect(passwordChecks.count).toBe(checksDuringWait);
    await waitPasses(email);
    expect((await call(LOGIN, { email, password })).body.data?.login).toBeTruthy();
  });

  it('doubles the wait with every further failure, and starts afresh after a good login', async () => {
    const { email, password } = await newAccount();
    const waits: number[] = [];
    for (let attempt = 0; attempt < attemptsBeforeWait(LOGIN_THROTTLE_POLICY.address) + 3; attempt += 1) {
      await call(LOGIN, { email, password: 'wrong wrong wrong' });
      const reply = await call(LOGIN, { email, password: 'wrong wrong wrong' });
      const wait = reply.body.errors?.[0]?.extensions.retryAfterSeconds;
      if (wait !== undefined) {
        waits.push(wait);
        await waitPasses(email);
      }
    }
    expect(waits.slice(0, 4)).toEqual([4, 8, 16, 32]);
    await waitPasses(email);
    expect((await call(LOGIN, { email, password })).body.errors).toBeUndefined();
    const row = (await database.dataSource.query(`SELECT failures FROM login_throttle WHERE key = $1`, [addressKey(email).key])) as { failures: number }[];
    expect(row[0]?.failures).toBe(0);
  });

  it('treats an unknown address exactly like a known one: same answer, a password check, the same waits', async () => {
    const { email } = await newAccount();
    const unknownEmail = 'niemand-bekend@example.nl';
    const answers = async (address: string) => {
      const before = passwordChecks.count;
      const replies = [];
      for (let attempt = 0; attempt < attemptsBeforeWait(LOGIN_THROTTLE_POLICY.address) + 1; attempt += 1) replies.push(await call(LOGIN, { email: address, password: 'wrong wrong wrong' }));
      return { checks: passwordChecks.count - before, shapes: replies.map((reply) => [reply.body.errors?.[0]?.extensions.reason, reply.body.errors?.[0]?.message.replace(/\d+/g, 'N')]) };
    };
    const known = await answers(email);
    await database.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'client:%'`);
    const unknown = await answers(unknownEmail);
    expect(unknown).toEqual(known);
    expect(known.shapes.at(-1)?.[0]).toBe('LOGIN_THROTTLED');
  });

  it('throttles one client trying many addresses, on every API instance sharing the database', async () => {
    const other = await startTestServer(database.dataSource, { rateLimits: false });
    try {
      const free = LOGIN_THROTTLE_POLICY.client.freeFailures;
      for (let attempt = 0; attempt < free; attempt += 1) {
        const reply = await call(LOGIN, { email: `spray${attempt}@example.nl`, password: 'wrong wrong wrong' }, undefined, attempt % 2 ? other.url : server.url);
        expect(reply.body.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
      }
      await call(LOGIN, { email: 'spray-last@example.nl', password: 'wrong wrong wrong' }, undefined, other.url);
      const next = await call(LOGIN, { email: 'spray-next@example.nl', password: 'wrong wrong wrong' }, undefined, server.url);
      expect(next.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_THROTTLED' });
    } finally {
      await other.stop();
    }
  });

  it('refuses common, guessable and personal passwords when an account is made', async () => {
    const service = new AccountService(database.dataSource);
    for (const password of ['wachtwoord123', 'password1234', 'qwertyuiop12', 'welkom123456', 'jan.jansen@school.nl']) {
      await expect(service.createAccount({ email: 'jan.jansen@school.nl', displayName: 'Jan Jansen', password, roles: [Role.LEADER] })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK' },
      });
    }
    await expect(service.createAccount({ email: 'jan@school.nl', displayName: 'Jan', password: 'kort', roles: [] })).rejects.toMatchObject({
      extensions: { reason: 'PASSWORD_TOO_SHORT_OR_LONG' },
    });
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
    expect(tooShort.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT_OR_LONG' });
    const common = await call(CHANGE_PASSWORD, { current: password, next: 'wachtwoord1234' }, here);
    expect(common.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK' });
    expect(common.body.errors?.[0]?.message).toMatch(/te makkelijk te raden/);
    // The README publishes the demo accounts' password: never accepted, whatever its score.
    const demo = await call(CHANGE_PASSWORD, { current: password, next: 'Demo-Wachtwoord' }, here);
    expect(demo.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK' });
    expect(demo.body.errors?.[0]?.message).toMatch(/wachtwoord van de demo-accounts/);
    const wrongCurrent = await call(CHANGE_PASSWORD, { current: 'not it at all', next: 'a new long password' }, here);
    expect(wrongCurrent.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CREDENTIALS' });
    expect((await call(LOGIN, { email, password })).body.errors).toBeUndefined();

    const changed = await call(CHANGE_PASSWORD, { current: password, next: 'a new long password' }, here);
    expect(changed.body.data?.changePassword).toBe(true);
    expect((await call(VIEWER, {}, here)).body.data?.viewer).not.toBeNull();
    expect((await call(VIEWER, {}, elsewhere)).body.data?.viewer).toBeNull();
    expect((await call(LOGIN, { email, password })).body.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
    expect((await call(LOGIN, { email, password: 'a new long password' })).body.errors).toBeUndefined();
  });
});
