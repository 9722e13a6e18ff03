import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '@srpo/testing';
import pg from 'pg';
import type { APIResponse, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_DIR,
  ensureDebianPackage,
  ROOT,
  runApiCli,
  startApiInstance,
  startNginx,
  startPostgres,
  type ApiInstance,
  type Nginx,
  type Postgres,
} from './rig';

/**
 * The register as the office runs it (DESIGN §4.1, issue 9): `npm run build`, the production install
 * started with plain node, migrated once, two API instances on one PostgreSQL 15 behind nginx with
 * deploy/nginx's configuration and TLS, driven through nginx by Chromium.
 */

const STAFF = { email: 'beheer@register.example', password: 'deploy-test-staff-password-8317', name: 'Bea Beheer' };
/** Public facts only: one registered leader (production has no demo data; the test seeds what it reads). */
const LEADER = { firstName: 'Jolien', lastName: 'Vermeulen', sortName: 'Vermeulen, Jolien' };
/** A minimal, valid PDF (its magic bytes are what an upload is checked by). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let dir: string;
let postgres: Postgres | undefined;
let instances: ApiInstance[] = [];
let nginx: Nginx | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let registerNumber: string;
let documentId: string;

beforeAll(async () => {
  ensureDebianPackage('postgresql', '/usr/lib/postgresql/15/bin/postgres');
  ensureDebianPackage('nginx', '/usr/sbin/nginx');
  // DEPLOY_TEST_REUSE_BUILD=1 reuses dist/ while working on this test; CI always builds.
  if (!(process.env.DEPLOY_TEST_REUSE_BUILD === '1' && existsSync(path.join(API_DIR, 'dist', 'main.js')))) {
    execFileSync('npx', ['--yes', 'pnpm@10.34.9', 'run', 'build:dist'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  // Traversable by the postgres user and nginx's workers.
  dir = mkdtempSync(path.join(tmpdir(), 'srpo-deploy-'));
  chmodSync(dir, 0o755);
  postgres = await startPostgres(dir);
  await withDatabase(postgres.url.replace(/\/srpo$/, '/postgres'), (admin) => admin.query('CREATE DATABASE srpo'));

  // The release step, once; then the first staff account.
  runApiCli('migrate.cli', postgres.url);
  await createStaffAccount(postgres.url);
  registerNumber = await seedPublicEntry(postgres.url);

  instances = await Promise.all([startApiInstance(dir, postgres.url), startApiInstance(dir, postgres.url)]);
  nginx = await startNginx(dir, [instances[0]!.port, instances[1]!.port]);
  browser = await launchChromium();
  context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: nginx.origin });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  nginx?.stop();
  for (const instance of instances) instance.process.kill('SIGKILL');
  postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The first staff account, as an operator makes it: the built `create-admin` command, password from ADMIN_PASSWORD. */
async function createStaffAccount(databaseUrl: string): Promise<void> {
  runApiCli('create-admin.cli', databaseUrl, ['--email', STAFF.email, '--name', STAFF.name], { ADMIN_PASSWORD: STAFF.password });
}

async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A leader registered a year ago as RDO (vakbekwaam), active: the facts the public register shows. */
async function seedPublicEntry(databaseUrl: string): Promise<string> {
  const { rows } = await withDatabase(databaseUrl, (client) =>
    client.query<{ register_number: string }>(
      `WITH leader AS (
         INSERT INTO school_leader (initials, first_name, last_name, sort_name, enrolled_on) VALUES ('J.', $1, $2, $3, current_date - 400)
         RETURNING id, register_number),
       registered AS (
         INSERT INTO registration (leader_id, registered_on, first_registered_on, aspirant, title, level, status, due_date, status_as_of)
         SELECT id, current_date - 365, current_date - 365, false, 'RDO', 'VAKBEKWAAM', 'ACTIVE', current_date - 365 + interval '4 years', current_date FROM leader
         RETURNING id, registered_on)
       INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
       SELECT id, registered_on, 'RDO', 'VAKBEKWAAM', false FROM registered
       RETURNING (SELECT register_number FROM leader)`,
      [LEADER.firstName, LEADER.lastName, LEADER.sortName],
    ),
  );
  return rows[0]!.register_number;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ response: APIResponse; data: T }> {
  const response = await context.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok() || body.errors || !body.data) throw new Error(`GraphQL ${response.status()}: ${JSON.stringify(body.errors)}`);
  return { response, data: body.data };
}

describe('deployment: two API instances behind nginx', () => {
  it('sends plain HTTP to HTTPS', async () => {
    const response = await fetch(`http://127.0.0.1:${nginx!.httpPort}/register/${registerNumber}?peildatum=2026-01-01`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${nginx!.origin}/register/${registerNumber}?peildatum=2026-01-01`);
  });

  it('lets a visitor search the register and open an entry; a deep link opens the same page', async () => {
    await page.goto('/');
    await page.getByRole('search').getByRole('searchbox', { name: 'Naam of registernummer' }).fill(LEADER.lastName);
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    const name = `${LEADER.firstName} ${LEADER.lastName}`;
    await page.getByTestId('search-result').getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/register/${registerNumber}`);

    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('lets staff sign in on /portaal/ and download a document uploaded through nginx', async () => {
    // The register's link to the portal, then a deep link into it.
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/portaal\//);
    await page.goto('/portaal/medewerker');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(STAFF.email);
    await page.getByLabel('Wachtwoord').fill(STAFF.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('grid', { name: 'Aanvragen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portaal/medewerker');
    expect(await page.getByRole('banner').getByRole('link', { name: 'Openbaar register' }).getAttribute('href')).toBe('/');

    // The browser's session: the context's requests carry its cookie.
    const upload = await context.request.post('/documents', { data: PDF, headers: { 'content-type': 'application/pdf', 'x-file-name': 'verklaring.pdf' } });
    expect(upload.status(), await upload.text()).toBe(201);
    documentId = ((await upload.json()) as { id: string }).id;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((href) => {
        const link = Object.assign(document.createElement('a'), { href, download: '' });
        document.body.append(link);
        link.click();
      }, `/documents/${documentId}`),
    ]);
    const file = await download.path();
    expect(readFileSync(file)).toEqual(PDF);
  });

  it('keeps answering when one API instance is killed', async () => {
    const [killed, survivor] = instances.map((instance) => `127.0.0.1:${instance.port}`) as [string, string];
    const before = nginx!.accessLog().length;
    instances[0]!.process.kill('SIGKILL');
    await new Promise((resolve) => instances[0]!.process.once('exit', resolve));

    for (let round = 0; round < 6; round += 1) {
      const { data } = await graphql<{ searchRegister: { totalCount: number } }>('query($q: String) { searchRegister(query: $q, first: 5) { totalCount } }', { q: LEADER.lastName });
      expect(data.searchRegister.totalCount).toBe(1);
      const file = await context.request.get(`/documents/${documentId}`);
      expect(file.status()).toBe(200);
      expect(await file.body()).toEqual(PDF);
    }
    await page.goto(`/register/${registerNumber}`);
    await page.getByRole('heading', { level: 1, name: `${LEADER.firstName} ${LEADER.lastName}` }).waitFor();

    // Through nginx: nothing failed, and a request did reach for the dead instance and was passed on.
    const after = nginx!.accessLog().slice(before);
    expect(after.filter((line) => !/^(200|304) /.test(line))).toEqual([]);
    expect(after.some((line) => line.includes(`${killed}, ${survivor}`))).toBe(true);
  });
});
