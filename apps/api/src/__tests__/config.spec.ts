import { describe, expect, it } from 'vitest';
import { loadConfig, loadDatabaseUrl } from '../config';
import { StartupError } from '../startup-error';

const SIGNING_KEY = { kty: 'OKP', crv: 'Ed25519', x: 'WawDzkjhlJhWWRQdvDltzx9SVF-CQeBKkOzmt0jY85U', d: 'kbKEzngj7Iu2MZJOvJsXOFxZQsfu3U4v3_PU1TQp2Dc', kid: 'sleutel-2026' };
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://srpo:geheim@db.example.nl:5432/srpo',
  TRUSTED_PROXIES: 'loopback',
  PORTAL_URL: 'https://register.example.nl/portaal',
  WEBHOOK_SECRET_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  CREDENTIAL_SIGNING_KEYS: JSON.stringify([SIGNING_KEY]),
};

/** The problem lines of a refused configuration. */
function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof StartupError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('has development defaults: embedded database, demo data, the two app origins, rate limits on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      embeddedPort: 54320,
      seedDemoData: true,
      logLevel: 'info',
      corsOrigins: ['http://localhost:5173', 'http://localhost:5174'],
      rateLimits: { windowSeconds: 60, anonymousPoints: 20_000, apiKeyPoints: 100_000, accountPoints: 50_000 },
      trustedProxies: [],
      secureCookies: 'when-https',
      jobs: { smtpUrl: undefined },
      portalUrl: 'http://localhost:5173',
    });
  });

  it('reads every setting, treating an empty variable as unset', () => {
    const config = loadConfig({
      PORT: '0',
      DATABASE_URL: '',
      SEED_DEMO_DATA: 'false',
      RATE_LIMIT_ANONYMOUS_POINTS: '5000',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      TRUSTED_PROXIES: '10.0.0.0/8, loopback, ::1',
      CORS_ORIGINS: 'https://register.example.nl',
      SMTP_URL: 'smtps://mail.example.nl:465',
      PORTAL_URL: 'https://register.example.nl/portaal/',
      REGISTER_INDEX_HTML: '/srv/srpo/apps/index.html',
    });
    expect(config).toMatchObject({
      port: 0,
      databaseUrl: undefined,
      seedDemoData: false,
      rateLimits: { anonymousPoints: 5_000, windowSeconds: 10 },
      trustedProxies: ['10.0.0.0/8', 'loopback', '::1'],
      corsOrigins: ['https://register.example.nl'],
      jobs: { smtpUrl: 'smtps://mail.example.nl:465' },
      portalUrl: 'https://register.example.nl/portaal',
      registerIndexFile: '/srv/srpo/apps/index.html',
    });
    expect(loadConfig({ RATE_LIMITS: 'off' }).rateLimits).toBe(false);
    expect(problemsOf({ PORTAL_URL: 'register.example.nl' })).toEqual(['PORTAL_URL="register.example.nl" must be a URL like https://register.example.nl/portaal.']);
  });

  it('reports every problem at once, one line each naming the variable, never echoing a secret', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      RATE_LIMIT_API_KEY_POINTS: 'many',
      TRUSTED_PROXIES: '10.0.0.0/99',
      CORS_ORIGINS: 'https://register.example.nl/zoeken',
      SMTP_URL: 'http://user:geheim@mail.example.nl',
      NODE_ENV: 'staging',
    });
    expect(problems).toHaveLength(7);
    expect(problems).toContain('PORT="abc" must be a port number (0–65535).');
    expect(problems).toContain('NODE_ENV="staging" must be development, production or test.');
    expect(problems.find((line) => line.startsWith('LOG_LEVEL="loud"'))).toBeDefined();
    expect(problems.find((line) => line.startsWith('RATE_LIMIT_API_KEY_POINTS="many" must be a positive whole number'))).toBeDefined();
    expect(problems.find((line) => line.startsWith('TRUSTED_PROXIES="10.0.0.0/99"'))).toBeDefined();
    expect(problems.find((line) => line.startsWith('CORS_ORIGINS='))).toBeDefined();
    expect(problems.find((line) => line.startsWith('SMTP_URL must be a URL like smtps://'))).toBeDefined();
    expect(problems.join('\n')).not.toContain('geheim');
  });

  describe('in production', () => {
    it('accepts an external database behind a trusted proxy: no demo data, no development origins, Secure cookies always', () => {
      expect(loadConfig(PRODUCTION)).toMatchObject({
        nodeEnv: 'production',
        databaseUrl: PRODUCTION.DATABASE_URL,
        seedDemoData: false,
        corsOrigins: [],
        trustedProxies: ['loopback'],
        secureCookies: 'always',
        // The register is served on the portal's origin: the credentials' issuer is did:web:register.example.nl.
        credentials: { siteUrl: 'https://register.example.nl', signingKeys: [SIGNING_KEY] },
      });
      expect(loadConfig({ ...PRODUCTION, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
      expect(loadConfig({ ...PRODUCTION, REGISTER_URL: 'https://schoolleidersregister.nl/' }).credentials.siteUrl).toBe('https://schoolleidersregister.nl');
    });

    it('refuses to start without a credential signing key, or with keys it cannot use, never echoing them', () => {
      expect(problemsOf({ ...PRODUCTION, CREDENTIAL_SIGNING_KEYS: undefined })).toEqual([expect.stringMatching(/^CREDENTIAL_SIGNING_KEYS must be set in production: .*npm run credential-key/)]);
      const { d: _private, ...publicOnly } = SIGNING_KEY;
      for (const keys of ['geen json', '[]', JSON.stringify([publicOnly]), JSON.stringify([SIGNING_KEY, SIGNING_KEY]), JSON.stringify([{ ...SIGNING_KEY, crv: 'P-256' }])]) {
        const problems = problemsOf({ ...PRODUCTION, CREDENTIAL_SIGNING_KEYS: keys });
        expect(problems).toEqual([expect.stringMatching(/^CREDENTIAL_SIGNING_KEYS must be a JSON (array|list) of Ed25519 keys/)]);
        expect(problems.join('\n')).not.toContain(SIGNING_KEY.d);
      }
    });

    it('refuses to start without DATABASE_URL (never an embedded database)', () => {
      expect(problemsOf({ ...PRODUCTION, DATABASE_URL: '' })).toEqual([expect.stringMatching(/^DATABASE_URL is required in production .*set it to your PostgreSQL server/)]);
    });

    it('refuses to seed demo data', () => {
      expect(problemsOf({ ...PRODUCTION, SEED_DEMO_DATA: 'true' })).toEqual([
        expect.stringMatching(/^SEED_DEMO_DATA="true" must not be true in production: .*demo .*password.*set it to false\.$/),
      ]);
    });

    it('refuses to start without trusted proxies', () => {
      expect(problemsOf({ ...PRODUCTION, TRUSTED_PROXIES: undefined })).toEqual([expect.stringMatching(/^TRUSTED_PROXIES must be set in production, .*TRUSTED_PROXIES=loopback/)]);
    });

    it('refuses to start without PORTAL_URL (the links in account e-mails would lead to a developer’s machine)', () => {
      expect(problemsOf({ ...PRODUCTION, PORTAL_URL: undefined })).toEqual([expect.stringMatching(/^PORTAL_URL must be set in production: .*PORTAL_URL=https:/)]);
    });

    it('refuses to start without WEBHOOK_SECRET_KEY (webhook secrets would be encrypted with the published development key)', () => {
      expect(problemsOf({ ...PRODUCTION, WEBHOOK_SECRET_KEY: undefined })).toEqual([expect.stringMatching(/^WEBHOOK_SECRET_KEY must be set in production: .*openssl rand -base64 32/)]);
      expect(problemsOf({ ...PRODUCTION, WEBHOOK_SECRET_KEY: 'kort' })).toEqual(['WEBHOOK_SECRET_KEY must be 32 random bytes in base64, e.g. the output of openssl rand -base64 32.']);
      expect(loadConfig(PRODUCTION).webhooks).toMatchObject({ production: true, secretKey: Buffer.from('0123456789abcdef0123456789abcdef'), timeoutMs: 10_000 });
    });

    it('lists every failed guard together with other problems', () => {
      expect(problemsOf({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true', PORT: '-1' }).map((line) => line.split(/[ =]/)[0])).toEqual([
        'PORT',
        'DATABASE_URL',
        'SEED_DEMO_DATA',
        'TRUSTED_PROXIES',
        'WEBHOOK_SECRET_KEY',
        'PORTAL_URL',
        'CREDENTIAL_SIGNING_KEYS',
      ]);
    });
  });

  it('gives the command-line tools DATABASE_URL, or says how to set it', () => {
    expect(loadDatabaseUrl({ DATABASE_URL: 'postgresql://a@b/c', PORT: 'ignored' })).toBe('postgresql://a@b/c');
    expect(() => loadDatabaseUrl({})).toThrow(/DATABASE_URL is not set: set it to the database/);
    expect(() => loadDatabaseUrl({ DATABASE_URL: 'mysql://a@b/c' })).toThrow(/DATABASE_URL must be a URL like postgres:\/\//);
  });
});
