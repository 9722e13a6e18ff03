import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
