import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger';
import { AccountService } from '../../modules/accounts/account.service';
import { Role } from '../../modules/accounts/role';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type TestServerOptions } from '../../testing/test-server';

const EMAIL = 'cookie@test.srpo.nl';
const PASSWORD = 'koekjes voor de veilige vlag';

describe('the session cookie', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await new AccountService(database.dataSource).createAccount({ email: EMAIL, displayName: 'Koekje', password: PASSWORD, roles: [Role.STAFF] });
  });
  afterAll(() => database.drop());

  /** The Set-Cookie header of a login on a server started with `options`. */
  async function loginCookie(options: TestServerOptions, headers: Record<string, string> = {}): Promise<string> {
    const server = await startTestServer(database.dataSource, { rateLimits: false, ...options });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: EMAIL, p: PASSWORD } }),
      });
      return response.headers.get('set-cookie') ?? '';
    } finally {
      await server.stop();
    }
  }

  it('is always Secure in production, even on a plain http hop from the proxy', async () => {
    expect(await loginCookie({ secureCookies: 'always' })).toMatch(/^srpo_session=.*; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('in development believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const forwarded = { 'x-forwarded-proto': 'https' };
    const [plain, untrusted, trusted] = [
      await loginCookie({}),
      await loginCookie({}, forwarded),
      await loginCookie({ trustedProxies: ['loopback'] }, forwarded),
    ];
    for (const cookie of [plain, untrusted, trusted]) expect(cookie).toMatch(/^srpo_session=.*HttpOnly/);
    expect(plain).not.toMatch(/Secure/);
    expect(untrusted).not.toMatch(/Secure/);
    expect(trusted).toMatch(/; Secure;/);
  });

  it('never reaches the log: neither the Set-Cookie of the login nor the cookie sent back', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    const cookie = await loginCookie({ logger });
    const session = cookie.split(';')[0]!.split('=')[1]!;
    const server = await startTestServer(database.dataSource, { rateLimits: false, logger });
    try {
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `srpo_session=${session}` }, body: '{"query":"{ viewer { id } }"}' });
    } finally {
      await server.stop();
    }
    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).toContain('[Redacted]');
    expect(session.length).toBeGreaterThan(20);
    expect(log).not.toContain(session);
  });
});
