import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addYears, todayInAmsterdam } from '@srpo/domain';
import { startTestApi, type TestApi } from '@srpo/api/testing';
import { axeViolations, launchChromium, startViteApp, type RunningApp } from '@srpo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const PHONE = 360;

interface Subject {
  registerNumber: string;
  displayName: string;
  registeredOn: string;
  status: string;
  aspirant: boolean;
}

/**
 * Every route of the public register, in each state an entry can be in, on a 360 px wide phone: no
 * sideways scrolling, no ISO date in the text people read, and axe-core finds nothing.
 */
describe('every register page at 360 px', () => {
  let api: TestApi | undefined;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const subjects = new Map<string, Subject>();

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<T> {
    const response = await fetch(`${api!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  beforeAll(async () => {
    api = await startTestApi();
    app = await startViteApp(fileURLToPath(new URL('..', import.meta.url)), api.url);
    browser = await launchChromium();
    // Test subjects from the demo register: one entry per status, and aspirants (in and past their programme).
    for (const status of ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED']) {
      let after: string | null = null;
      do {
        const data: { searchRegister: { edges: { node: Subject }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await graphql(
          `query ($status: [RegistrationStatus!], $after: String) { searchRegister(status: $status, first: 100, after: $after) {
             edges { node { registerNumber displayName registeredOn status aspirant } } pageInfo { endCursor hasNextPage } } }`,
          { status: [status], after },
        );
        for (const { node } of data.searchRegister.edges) {
          const key = node.aspirant ? (node.status === 'ACTIVE' ? 'ASPIRANT' : 'ASPIRANT_ENDED') : node.status;
          if (!subjects.has(key)) subjects.set(key, node);
        }
        after = data.searchRegister.pageInfo.hasNextPage && !(subjects.has(status) && subjects.has('ASPIRANT')) ? data.searchRegister.pageInfo.endCursor : null;
      } while (after);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await api?.stop();
  });

  /** Opens `path` at 360 px, waits for `ready`, and checks width, dates, axe and the console. */
  async function check(path: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: PHONE, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app!.url}${path}`);
    await page.locator('main h1').first().waitFor();
    await ready(page);
    await page.waitForFunction(() => document.querySelector('main [role="progressbar"]') === null);

    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(PHONE);
    // Code samples on the API page show the API's own date format; everything else is read by people.
    const text = await page.evaluate(() => {
      const code = [...document.querySelectorAll<HTMLElement>('pre, code')];
      for (const element of code) element.style.display = 'none';
      const shown = document.body.innerText;
      for (const element of code) element.style.display = '';
      return shown;
    });
    expect(text.match(ISO_DATE)?.[0] ?? null, `${path} shows an ISO date`).toBeNull();
    expect(await axeViolations(page), `${path} axe`).toEqual([]);
    expect(errors, `${path} console`).toEqual([]);
    return page;
  }

  const searchDone = (page: Page) => expect.poll(() => page.getByTestId('search-status').textContent(), { timeout: 15_000 }).toMatch(/gevonden/);
  const entryShown = (page: Page) => page.getByTestId('status-explanation').or(page.getByTestId('entry-not-found')).first().waitFor();

  it('home, search results, themes, offerings, API page and an unknown address', async () => {
    await (await check('/', (page) => page.getByRole('search').waitFor())).close();
    await (await check('/zoeken?q=dijk', searchDone)).close();
    await (await check('/zoeken?status=DEREGISTERED', searchDone)).close();
    await (await check('/themas', (page) => page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor())).close();
    await (
      await check('/aanbod', (page) => expect.poll(() => page.getByTestId('offerings-status').textContent(), { timeout: 15_000 }).toMatch(/result/))
    ).close();
    await (await check('/api', (page) => page.getByTestId('api-example').first().waitFor())).close();
    await (await check('/bestaat-niet', async () => undefined)).close();
  });

  it('statistics: every chart drawn with the API’s figures, its table open, at 360 px', async () => {
    const { registerStatistics: stats } = await graphql<{ registerStatistics: { enrolledLeaders: number; registeredLeaders: number } }>(
      '{ registerStatistics { enrolledLeaders registeredLeaders } }',
    );
    expect(stats.registeredLeaders, 'demo register has registrations').toBeGreaterThan(0);
    // Every table opened before the checks, so axe and the width check see the tables too.
    const page = await check('/statistieken', async (page) => {
      await page.getByTestId('key-figures').waitFor();
      const show = page.getByRole('button', { name: 'Toon als tabel' });
      while ((await show.count()) > 0) await show.first().click();
    });
    const number = new Intl.NumberFormat('nl');
    expect(await page.getByTestId('key-figure-enrolledLeaders').textContent()).toBe(`${number.format(stats.enrolledLeaders)} ingeschreven schoolleiders`);
    // Drawn, not just mounted: bars with a height, lines with a path, in every figure.
    const drawn = await page.locator('figure').evaluateAll((figures) =>
      figures.map((figure) => {
        const bars = [...figure.querySelectorAll('svg .MuiBarChart-element')].filter((bar) => bar.getBoundingClientRect().height * bar.getBoundingClientRect().width > 0);
        const lines = [...figure.querySelectorAll('svg .MuiLineChart-line')].filter((line) => (line.getAttribute('d') ?? '').length > 10);
        return { title: figure.querySelector('h2')?.textContent, marks: bars.length + lines.length, tables: figure.querySelectorAll('table caption').length };
      }),
    );
    expect(drawn.map((figure) => figure.title)).toEqual([
      'Registraties per titel',
      'Registraties per status',
      'Afgeronde thema’s per thema',
      'Nieuwe registraties per maand',
      'Geregistreerde schoolleiders door de tijd',
    ]);
    expect(
      drawn.filter((figure) => figure.marks === 0 || figure.tables !== 1),
      'figures without bars/lines or without their table',
    ).toEqual([]);
    // The CSV as Chromium saves it: a byte order mark, semicolons, Dutch headers, one row per title.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^registraties-per-titel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['\uFEFFTitel;Schoolleiders', expect.stringMatching(/^RDO;\d+$/), expect.stringMatching(/^RADO;\d+$/)]);
    await page.close();
  });

  it('an entry in every status, aspirants included', async () => {
    for (const key of ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED', 'ASPIRANT']) expect(subjects.has(key), `demo has ${key}`).toBe(true);
    for (const [key, subject] of subjects) {
      const page = await check(`/register/${subject.registerNumber}`, entryShown);
      const chip = (await page.getByTestId('entry-status').locator('[data-status]').textContent()) ?? '';
      if (key.startsWith('ASPIRANT')) expect(chip).not.toBe('Geregistreerd');
      if (key === 'ASPIRANT') expect(await page.getByRole('term').filter({ hasText: 'Aspirant tot en met' }).count()).toBe(1);
      if (key === 'DEREGISTERED') expect(await page.getByRole('term').filter({ hasText: 'Uitgeschreven op' }).count()).toBe(1);
      await page.close();
    }
  });

  it('an entry on a date: earlier, before the registration, in the future, typed the Dutch way, unreadable', async () => {
    const subject = subjects.get('ACTIVE')!;
    const entry = `/register/${subject.registerNumber}`;
    const [year, month, day] = subject.registeredOn.split('-');

    let page = await check(`${entry}?peildatum=${subject.registeredOn}`, entryShown);
    expect(await page.getByText(/^U ziet de registratie zoals die was op \d{1,2} \p{L}+ \d{4}\.$/u).count()).toBe(1);
    await page.close();

    page = await check(`${entry}?peildatum=${day}-${month}-${year}`, entryShown);
    expect(await page.getByText(/^U ziet de registratie zoals die was op/).count()).toBe(1);
    await page.close();

    // Before the registration: one message, not also "not found" and "as it was on".
    page = await check(`${entry}?peildatum=01-01-2000`, entryShown);
    expect(await page.getByTestId('entry-not-found').textContent()).toBe(`Registernummer ${subject.registerNumber} was op 1 januari 2000 niet geregistreerd.`);
    expect(await page.getByText(/niet gevonden|zoals die was op/).count()).toBe(0);
    await page.close();

    // The future is not presented as fact.
    page = await check(`${entry}?peildatum=${addYears(todayInAmsterdam(new Date()), 5)}`, entryShown);
    expect(await page.getByText(/ligt na vandaag/).count()).toBe(1);
    expect(await page.getByText(/zoals die was op/).count()).toBe(0);
    await page.close();

    page = await check(`${entry}?peildatum=2023-02-30`, entryShown);
    expect(await page.getByText('De peildatum in het adres is geen bestaande datum; u ziet de registratie van vandaag.').count()).toBe(1);
    await page.close();
  });

  it('verification: the demo leader’s proof as its QR code opens it, an unknown proof, and the downloaded file checked', async () => {
    // The demo leader's credentials and session cookie, as its portal page gets them.
    const login = await fetch(`${api!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "schoolleider@demo.srpo.nl", password: "demo-wachtwoord") { id } }' }),
    });
    const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
    const { myCredentials } = await graphql<{ myCredentials: { id: string; downloadUrl: string }[] }>('{ myCredentials { id downloadUrl } }', {}, cookie);
    const credential = myCredentials[0]!;
    const verdict = (page: Page) => page.getByTestId('verification-verdict').waitFor();

    let page = await check(`/verificatie/${credential.id}`, verdict);
    expect(await page.getByTestId('verification-verdict').textContent()).toMatch(/^Dit bewijs is echt/);
    expect(await page.getByRole('link', { name: /bekijk de registratie$/ }).getAttribute('href')).toMatch(/^\/register\/\d+$/);
    await page.close();

    page = await check('/verificatie/00000000-0000-4000-8000-000000000000', (page) => page.getByTestId('verification-not-found').waitFor());
    await page.close();

    // The file the leader downloads, pasted by a verifier: the same answer, and the page still passes the checks.
    const file = await (await fetch(new URL(credential.downloadUrl, api!.url), { headers: { cookie } })).text();
    page = await check('/verificatie', (page) => page.getByRole('button', { name: 'Controleren' }).waitFor());
    await page.getByRole('textbox', { name: 'Inhoud van het bewijs' }).fill(file);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await verdict(page);
    expect(await page.getByTestId('verification-verdict').textContent()).toMatch(/^Dit bewijs is echt/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
