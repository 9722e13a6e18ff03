import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApiScript } from '../../../testing/api-script';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Account } from '../account.entity';

const CLI = 'src/modules/accounts/create-admin.cli.ts';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email displayName roles } }';

describe('npm run create-admin', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('creates a staff account that signs in through the API', async () => {
    const password = 'lantaarnpaal vol met zomerbloemen';
    const run = await runApiScript(CLI, {
      args: ['--email', 'Beheer@Register.example', '--name', 'Bea Beheer'],
      env: { DATABASE_URL: database.url, ADMIN_PASSWORD: password },
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Created staff account beheer@register\.example \(Bea Beheer\)\./);

    const server = await startTestServer(database.dataSource, { rateLimits: false });
    try {
      const login = await server.graphql(LOGIN, { email: 'beheer@register.example', password });
      expect(login.errors).toBeUndefined();
      expect(login.data?.login).toEqual({ email: 'beheer@register.example', displayName: 'Bea Beheer', roles: ['STAFF'] });
    } finally {
      await server.stop();
    }
  });

  it('refuses an existing e-mail, the demo password (from standard input) and a missing name, plainly', async () => {
    const env = { DATABASE_URL: database.url, ADMIN_PASSWORD: '' };
    const [taken, demo, unnamed] = await Promise.all([
      runApiScript(CLI, { args: ['--email', 'beheer@register.example', '--name', 'Nog een'], env, input: 'een heel ander lang wachtwoordzinnetje\n' }),
      runApiScript(CLI, { args: ['--email', 'demo@register.example', '--name', 'Demo'], env, input: 'demo-wachtwoord\n' }),
      runApiScript(CLI, { args: ['--email', 'naamloos@register.example'], env, input: 'een heel ander lang wachtwoordzinnetje\n' }),
    ]);
    expect(taken.stderr).toBe('No account created:\n  - Er bestaat al een account met dit e-mailadres.\n');
    expect(demo.stderr).toMatch(/^No account created:\n {2}- Dit is het wachtwoord van de demo-accounts/);
    expect(unnamed.stderr).toMatch(/^No account created:\n {2}- --name is missing\.\n {2}- Usage: npm run create-admin -- --email/);
    for (const run of [taken, demo, unnamed]) expect(run.code).toBe(1);
    expect(await database.dataSource.getRepository(Account).count()).toBe(1);
  });
});
