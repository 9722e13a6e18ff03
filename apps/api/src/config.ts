import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RateLimitSettings } from '@srpo/domain';
import { loadRateLimitSettings, loadTrustedProxies } from './http/rate-limit';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ApiConfig {
  /** HTTP port of the API (0 = any free port). */
  port: number;
  host: string;
  /** External PostgreSQL; when absent the API starts an embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (git-ignored, reused between starts). */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Folder of uploaded documents (git-ignored in development). */
  documentsDir: string;
  /** Seed demo data into an empty database on start. */
  seedDemoData: boolean;
  logLevel: string;
  /** Origins of the apps allowed to call the API with credentials. */
  corsOrigins: string[];
  /** Budgets per caller (RATE_LIMIT_*), or false when RATE_LIMITS=off. */
  rateLimits: RateLimitSettings | false;
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); default none. */
  trustedProxies: string[];
  /** Built apps (dist/apps) the API serves itself: the register at `/`, the portal at `/portaal/` (APPS_DIR); default none. */
  appsDir: string | undefined;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(): ApiConfig {
  return {
    port: intFromEnv('PORT', 4000),
    host: process.env.HOST ?? '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedDataDir: process.env.EMBEDDED_PG_DIR ?? path.join(apiRoot, '.data', 'postgres'),
    embeddedPort: intFromEnv('EMBEDDED_PG_PORT', 54320),
    documentsDir: process.env.DOCUMENTS_DIR ?? path.join(apiRoot, '.data', 'documents'),
    seedDemoData: process.env.SEED_DEMO_DATA !== 'false',
    logLevel: process.env.LOG_LEVEL ?? 'info',
    corsOrigins: (process.env.CORS_ORIGINS ?? 'http://localhost:5173,http://localhost:5174')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    rateLimits: loadRateLimitSettings(),
    trustedProxies: loadTrustedProxies(),
    appsDir: process.env.APPS_DIR || undefined,
  };
}
