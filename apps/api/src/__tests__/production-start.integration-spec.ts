import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../app';
import { loadConfig } from '../config';
import { DEMO_PASSWORD } from '../database/seed/demo-data';
import { createLogger } from '../logger';
import { Account } from '../modules/accounts/account.entity';
import { hashPassword } from '../modules/accounts/password';
import { Role } from '../modules/accounts/role';
import { Board } from '../modules/organisations/board.entity';
import { runApiScript } from '../testing/api-script';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

/** A production environment that passes the configuration's guards. */
const production = (databaseUrl: string) => ({
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  TRUSTED_PROXIES: 'loopback',
  PORTAL_URL: 'https://register.example.nl/portaal',
  WEBHOOK_SECRET_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  CREDENTIAL_SIGNING_KEYS: JSON.stringify([
    { kty: 'OKP', crv: 'Ed25519', x: 'WawDzkjhlJhWWRQdvDltzx9SVF-CQeBKkOzmt0jY85U', d: 'kbKEzngj7Iu2MZJOvJsXOFxZQsfu3U4v3_PU1TQp2Dc', kid: 'sleutel-2026' },
  ]),
  PORT: '0',
  SEED_DEMO_DATA: '',
  // Started from the sources, not from `npm run build`'s output: the register's source page stands in for the built one.
  REGISTER_INDEX_HTML: fileURLToPath(new URL('../../../register/index.html', import.meta.url)),
});

describe('a production start on a real database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('seeds no demo data into an empty database', async () => {
    const api = await startApi(loadConfig(production(database.url)), createLogger('silent'));
    try {
      expect(await (await fetch(`${api.url}/health/ready`)).json()).toMatchObject({ status: 'ok' });
      expect(await database.dataSource.getRepository(Board).count()).toBe(0);
      expect(await database.dataSource.getRepository(Account).count()).toBe(0);
    } finally {
      await api.stop();
    }
  });

  it('refuses to start while a demo account signs in with the README password, and starts once it does not', async () => {
    // As the demo seed writes it.
    await database.dataSource
      .getRepository(Account)
      .insert({ email: 'medewerker@demo.srpo.nl', displayName: 'Sanne de Medewerker', roles: [Role.STAFF], passwordHash: await hashPassword(DEMO_PASSWORD) });

    const refused = await runApiScript('src/main.ts', { env: production(database.url) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^This database holds demo accounts with the published demo password:\n {2}- medewerker@demo\.srpo\.nl sign in with the README's demo password\. Use a database without demo data .*then start the API again\.\n$/,
    );

    await database.dataSource.getRepository(Account).update({ email: 'medewerker@demo.srpo.nl' }, { passwordHash: await hashPassword('een ander geheim van de beheerder') });
    const api = await startApi(loadConfig(production(database.url)), createLogger('silent'));
    await api.stop();
  });

  it('refuses a wrong configuration with one line per problem and no stack trace', async () => {
    const run = await runApiScript('src/main.ts', { env: { ...production(''), TRUSTED_PROXIES: '', SEED_DEMO_DATA: 'true' } });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'The configuration has problems:',
      expect.stringMatching(/^ {2}- DATABASE_URL is required in production/),
      expect.stringMatching(/^ {2}- SEED_DEMO_DATA="true" must not be true in production/),
      expect.stringMatching(/^ {2}- TRUSTED_PROXIES must be set in production/),
    ]);
  });
});
