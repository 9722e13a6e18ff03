import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LEADER_RETENTION_YEARS, DEFAULT_RATE_LIMITS, type RateLimitSettings } from '@srpo/domain';
import { z } from 'zod';
import type { JobsConfig } from './jobs/job-runner';
import { DEVELOPMENT_WEBHOOK_SECRET_KEY, type WebhookSettings } from './modules/webhooks/webhook-settings';
import type { CredentialSettings } from './modules/credentials/credential-document';
import { isSigningKeyJwk, type SigningKeyJwk } from './modules/credentials/signing-keys';
import { StartupError } from './startup-error';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The two apps' origins under Vite in development. */
const DEVELOPMENT_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:5174'];
/** The portal under Vite in development: where links in account e-mails lead unless PORTAL_URL says otherwise. */
export const DEVELOPMENT_PORTAL_URL = 'http://localhost:5173';
/** The public register under Vite in development: the credentials' issuer (did:web) and verification links unless REGISTER_URL says otherwise. */
export const DEVELOPMENT_CREDENTIALS: CredentialSettings = { siteUrl: 'http://localhost:5174', signingKeys: null };
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
/** Values never echoed in a problem line: they may hold a password. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'SMTP_URL', 'METRICS_TOKEN', 'WEBHOOK_SECRET_KEY', 'CREDENTIAL_SIGNING_KEYS']);

const integer = (min: number, max: number, what: string) =>
  z
    .string()
    .refine((raw) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max, { error: `must be ${what}` })
    .transform(Number);
const portNumber = (min: number) => integer(min, 65_535, `a port number (${min}–65535)`);
const budget = integer(1, Number.MAX_SAFE_INTEGER, 'a positive whole number');

const urlWith = (protocols: string[], example: string) =>
  z.string().refine(
    (raw) => {
      try {
        return protocols.includes(new URL(raw).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL like ${example}` },
  );

/** Comma-separated list; every entry must pass `valid`. */
const list = (valid: (entry: string) => boolean, what: string) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every(valid), { error: `must be a comma-separated list of ${what}` });

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '');
  } catch {
    return false;
  }
}

function isProxy(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** 32 random bytes in base64 (e.g. `openssl rand -base64 32`). */
const aesKey = z
  .string()
  .refine((raw) => /^[A-Za-z0-9+/]{43}=$/.test(raw) && Buffer.from(raw, 'base64').length === 32, { error: 'must be 32 random bytes in base64, e.g. the output of openssl rand -base64 32' })
  .transform((raw) => Buffer.from(raw, 'base64'));
/** A JSON array of Ed25519 JWKs with distinct `kid`s; the first (the signing key) holds its private part `d`. */
const signingKeys = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of Ed25519 keys (JWK), see the README, "Credential keys"' });
      return z.NEVER;
    }
  })
  .refine(
    (keys): keys is SigningKeyJwk[] =>
      Array.isArray(keys) && keys.length > 0 && keys.every(isSigningKeyJwk) && new Set(keys.map((key: SigningKeyJwk) => key.kid)).size === keys.length && Boolean((keys[0] as SigningKeyJwk).d),
    { error: 'must be a JSON array of Ed25519 keys (JWK with kty OKP, crv Ed25519, x and a distinct kid), the first with its private part d (README, "Credential keys")' },
  );

const boolean = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((raw) => raw === 'true');

/**
 * Every setting of the API from the environment (README, "Configuration"), validated at start. A new
 * setting is one field here, one line in the transform below and a row in the README's table.
 */
const variables = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  PORT: portNumber(0).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: urlWith(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database').optional(),
  EMBEDDED_PG_DIR: z.string().default(path.join(apiRoot, '.data', 'postgres')),
  EMBEDDED_PG_PORT: portNumber(1).default(54320),
  SEED_DEMO_DATA: boolean.optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  CORS_ORIGINS: list(isOrigin, 'origins like https://register.example.nl').optional(),
  RATE_LIMITS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  RATE_LIMIT_WINDOW_SECONDS: budget.default(DEFAULT_RATE_LIMITS.windowSeconds),
  RATE_LIMIT_ANONYMOUS_POINTS: budget.default(DEFAULT_RATE_LIMITS.anonymousPoints),
  RATE_LIMIT_API_KEY_POINTS: budget.default(DEFAULT_RATE_LIMITS.apiKeyPoints),
  RATE_LIMIT_ACCOUNT_POINTS: budget.default(DEFAULT_RATE_LIMITS.accountPoints),
  TRUSTED_PROXIES: list(isProxy, 'IP addresses, CIDR ranges, loopback, linklocal or uniquelocal').default([]),
  SMTP_URL: urlWith(['smtp:', 'smtps:'], 'smtps://user:password@mail.example.nl:465').optional(),
  MAIL_FROM: z.string().default('Schoolleidersregister PO <noreply@schoolleidersregister.nl>'),
  APPS_DIR: z.string().optional(),
  METRICS_TOKEN: z.string().min(16, { error: 'must be at least 16 characters (a random token)' }).optional(),
  PORTAL_URL: urlWith(['http:', 'https:'], 'https://register.example.nl/portaal').optional(),
  REGISTER_INDEX_HTML: z.string().optional(),
  WEBHOOK_SECRET_KEY: aesKey.optional(),
  WEBHOOK_TIMEOUT_SECONDS: integer(1, 60, 'a number of seconds (1–60)').default(10),
  WEBHOOK_MAX_ATTEMPTS: integer(1, 20, 'a number of attempts (1–20)').default(6),
  WEBHOOK_RETRY_SECONDS: integer(1, 86_400, 'a number of seconds (1–86400)').default(60),
  WEBHOOK_DISABLE_AFTER_FAILURES: integer(1, 1_000, 'a number of failed attempts (1–1000)').default(15),
  PERSONAL_DATA_RETENTION_YEARS: integer(1, 100, 'a whole number of years (1–100)').default(DEFAULT_LEADER_RETENTION_YEARS),
  REGISTER_URL: urlWith(['http:', 'https:'], 'https://register.example.nl').optional(),
  CREDENTIAL_SIGNING_KEYS: signingKeys.optional(),
});

const environmentSchema = variables
  // Production guards: checked even when other variables are wrong, so every problem is reported at once.
  .superRefine(
    (env, ctx) => {
      if (env.NODE_ENV !== 'production') return;
      if (!env.DATABASE_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'is required in production (the embedded database is for development only): set it to your PostgreSQL server, e.g. postgres://srpo:…@db.example.nl:5432/srpo',
        });
      }
      if (env.SEED_DEMO_DATA === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['SEED_DEMO_DATA'],
          message: 'must not be true in production: the demo accounts sign in with the password printed in the README. Remove the variable or set it to false',
        });
      }
      if (!env.TRUSTED_PROXIES?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['TRUSTED_PROXIES'],
          message: 'must be set in production, where the API runs behind a reverse proxy (nginx): e.g. TRUSTED_PROXIES=loopback when nginx runs on the same machine, else its address',
        });
      }
      if (!env.WEBHOOK_SECRET_KEY) {
        ctx.addIssue({
          code: 'custom',
          path: ['WEBHOOK_SECRET_KEY'],
          message: 'must be set in production: webhook signing secrets are encrypted with it (keep it out of the database and its backups), e.g. WEBHOOK_SECRET_KEY=$(openssl rand -base64 32)',
        });
      }
      if (!env.PORTAL_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['PORTAL_URL'],
          message: 'must be set in production: the links in account e-mails (confirm the address, set a new password) lead there, e.g. PORTAL_URL=https://register.example.nl/portaal',
        });
      }
      if (!env.CREDENTIAL_SIGNING_KEYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['CREDENTIAL_SIGNING_KEYS'],
          message: 'must be set in production: the key that signs the leaders\' verifiable credentials (README, "Credential keys": generate one with `npm run credential-key`)',
        });
      }
    },
    { when: () => true },
  )
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    return {
      nodeEnv: env.NODE_ENV,
      /** HTTP port of the API (0 = any free port). */
      port: env.PORT,
      host: env.HOST,
      /** External PostgreSQL; when absent (development only) the API starts an embedded PostgreSQL. */
      databaseUrl: env.DATABASE_URL,
      /** Where the embedded PostgreSQL keeps its data (git-ignored, reused between starts). */
      embeddedDataDir: env.EMBEDDED_PG_DIR,
      embeddedPort: env.EMBEDDED_PG_PORT,
      /** Seed demo data into an empty database on start; never in production. */
      seedDemoData: !production && (env.SEED_DEMO_DATA ?? true),
      logLevel: env.LOG_LEVEL,
      /** Origins allowed to call the API with credentials; none by default in production (one origin behind nginx). */
      corsOrigins: env.CORS_ORIGINS ?? (production ? [] : DEVELOPMENT_APP_ORIGINS),
      /** Budgets per caller, or false when RATE_LIMITS=off. */
      rateLimits:
        env.RATE_LIMITS === 'off'
          ? (false as const)
          : ({
              windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
              anonymousPoints: env.RATE_LIMIT_ANONYMOUS_POINTS,
              apiKeyPoints: env.RATE_LIMIT_API_KEY_POINTS,
              accountPoints: env.RATE_LIMIT_ACCOUNT_POINTS,
            } satisfies RateLimitSettings),
      /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; default none. */
      trustedProxies: env.TRUSTED_PROXIES,
      /** Session cookies get `Secure` always in production; elsewhere only on https (directly or through a trusted proxy). */
      secureCookies: production ? ('always' as const) : ('when-https' as const),
      /** Webhooks: https and public targets only in production; retries with exponential backoff; disabled after failures in a row. */
      webhooks: {
        production,
        secretKey: env.WEBHOOK_SECRET_KEY ?? DEVELOPMENT_WEBHOOK_SECRET_KEY,
        timeoutMs: env.WEBHOOK_TIMEOUT_SECONDS * 1000,
        maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
        retryBaseSeconds: env.WEBHOOK_RETRY_SECONDS,
        disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
      } satisfies WebhookSettings,
      jobs: { smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, retentionYears: env.PERSONAL_DATA_RETENTION_YEARS } satisfies JobsConfig,
      /** Built apps (dist/apps) the API serves itself: the register at `/`, the portal at `/portaal/`; default none. */
      appsDir: env.APPS_DIR,
      /** Bearer token that may read /metrics; without it only loopback callers not coming through a proxy. */
      metricsToken: env.METRICS_TOKEN,
      /** The portal as its users reach it: links in account e-mails (confirm the address, set a new password) lead there. */
      portalUrl: (env.PORTAL_URL ?? DEVELOPMENT_PORTAL_URL).replace(/\/+$/, ''),
      /**
       * The register site's index.html that `/register/:registerNumber` serves with the entry's head (JSON-LD): the
       * built one (APPS_DIR's, else the copy `npm run build` puts beside the API), in development the app's source (Vite adds its scripts).
       */
      /**
       * Verifiable credentials: the public register site as visitors reach it (REGISTER_URL; default the portal's
       * origin, where nginx serves the register) names the issuer (did:web) and the verification links; the keys sign.
       */
      credentials: {
        siteUrl: (env.REGISTER_URL ?? (env.PORTAL_URL ? new URL(env.PORTAL_URL).origin : DEVELOPMENT_CREDENTIALS.siteUrl)).replace(/\/+$/, ''),
        signingKeys: env.CREDENTIAL_SIGNING_KEYS ?? null,
      } satisfies CredentialSettings,
      registerIndexFile:
        env.REGISTER_INDEX_HTML ??
        (env.APPS_DIR ? path.join(env.APPS_DIR, 'index.html') : production ? path.join(apiRoot, 'register-app', 'index.html') : path.join(apiRoot, '..', 'register', 'index.html')),
    };
  });

export type ApiConfig = z.output<typeof environmentSchema>;

/** An unset variable and an empty one mean the same: the default. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''));
}

/** One line per problem: the variable, what is wrong with it and what to do. */
function problemLines(error: z.ZodError, env: Record<string, string>): string[] {
  return error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '');
    const value = env[variable];
    const shown = value === undefined || SECRET_VARIABLES.has(variable) ? '' : `="${value}"`;
    return `${variable}${shown} ${issue.message}.`;
  });
}

/** Parses the environment with `schema`, or throws a {@link StartupError} listing every problem. */
function parseEnvironment<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const values = withoutEmpty(env);
  const result = schema.safeParse(values);
  if (!result.success) throw new StartupError('The configuration has problems:', problemLines(result.error, values));
  return result.data;
}

/**
 * The API's configuration from the environment. Throws a {@link StartupError} listing every problem
 * (one line each) when any variable is wrong or a production guard fails.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return parseEnvironment(environmentSchema, env);
}

/** The database of the command-line tools (`npm run migrate`, `npm run create-admin`): DATABASE_URL, required. */
export function loadDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const { DATABASE_URL } = parseEnvironment(variables.pick({ DATABASE_URL: true }), env);
  if (!DATABASE_URL) {
    throw new StartupError('The configuration has problems:', [
      'DATABASE_URL is not set: set it to the database to work on, e.g. postgres://srpo:…@db.example.nl:5432/srpo (while `npm start` runs, its embedded database is postgres://srpo:srpo-local@127.0.0.1:54320/srpo).',
    ]);
  }
  return DATABASE_URL;
}
