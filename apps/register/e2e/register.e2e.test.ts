import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@srpo/api/testing';
import { axeViolations, launchChromium, startViteApp, type RunningApp } from '@srpo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, MAX_BULK_LOOKUP, PAGE_SIZE, QUERY_LIMITS, RATE_LIMIT_HEADERS } from '../src/api-docs/apiFacts';
import { API_EXAMPLES, QUICK_START, quickStartAnswer, type CostReport } from '../src/api-docs/examples';

const THEME_NAMES = [
  'Persoonlijk leiderschap',
  'Regie & strategie',
  'In relatie staan tot de omgeving',
  'Kennis- en kwaliteitsontwikkeling',
  'Omgaan met verschillen',
  'Leiding geven aan verandering',
  'Toekomstgericht onderwijs',
  'Wildcard',
];

/** The plain-Dutch sentence the entry page gives per status. */
const EXPLANATIONS: Record<string, RegExp> = {
  ACTIVE: /^(De registratie is geldig|De schoolleider staat als aspirant ingeschreven)/,
  CONDITIONAL:
    /^(De herregistratie had op \d{1,2} \p{L}+ \d{4} rond moeten zijn; de registratie blijft zes maanden onder voorwaarden geldig, tot|De aspirantperiode liep tot en met \d{1,2} \p{L}+ \d{4} en er is nog geen volledige registratie; de inschrijving als aspirant blijft onder voorwaarden geldig tot) \d{1,2} \p{L}+ \d{4}\.$/u,
  EXPIRED:
    /^(De herregistratie had op \d{1,2} \p{L}+ \d{4} rond moeten zijn en is niet binnen zes maanden gelukt; de registratie|De aspirantperiode liep tot en met \d{1,2} \p{L}+ \d{4} en is niet binnen zes maanden gevolgd door een volledige registratie; de inschrijving als aspirant) is sinds \d{1,2} \p{L}+ \d{4} verlopen\.$/u,
};

describe('public register in Chromium', () => {
  let api: TestApi | undefined;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    api = await startTestApi();
    app = await startViteApp(fileURLToPath(new URL('..', import.meta.url)), api.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await api?.stop();
  });

  let consoleErrors: string[] = [];

  async function open(path: string, width = 1280): Promise<Page> {
    if (!browser || !app) throw new Error('not started');
    page = await browser.newPage({ viewport: { width, height: 800 } });
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${app.url}${path}`);
    return page;
  }

  /** Asks the real API directly, to pick test subjects without assuming the demo data. */
  async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!api) throw new Error('not started');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  interface Subject {
    registerNumber: string;
    displayName: string;
    registeredOn: string;
  }

  async function someEntry(status: string): Promise<Subject> {
    const data = await graphql<{ searchRegister: { edges: { node: Subject }[] } }>(
      `query ($status: [RegistrationStatus!]) { searchRegister(status: $status, first: 1) { edges { node { registerNumber displayName registeredOn } } } }`,
      { status: [status] },
    );
    const subject = data.searchRegister.edges[0]?.node;
    if (!subject) throw new Error(`The demo register has no ${status} entry.`);
    return subject;
  }

  /** Waits for the search's live region to report a finished search; returns its text. */
  async function searchDone(): Promise<string> {
    const status = page.getByTestId('search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/gevonden/);
    return (await status.textContent()) ?? '';
  }

  async function resultNames(): Promise<string[]> {
    return page.getByTestId('search-result').getByRole('heading', { level: 2 }).allTextContents();
  }

  it('shows the eight themes of the catalogue, the wildcard marked', async () => {
    await open('/themas');
    await page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();

    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(THEME_NAMES);
    expect(await page.getByTestId('theme').and(page.locator('[data-wildcard]')).getByText('Vrij thema').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.title()).toBe('Professionaliseringsthema’s | Schoolleidersregister PO');
    await page.close();
  });

  it('meets WCAG 2.1 AA (axe-core) on the home page and the catalogue', async () => {
    await open('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Bekijk de professionaliseringsthema’s' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('works on a 360 px wide screen without horizontal scrolling', async () => {
    await open('/themas', 360);
    await page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to English and remembers the choice', async () => {
    await open('/themas');
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Professional-development themes' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Professional-development themes' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches "dijk" accent-insensitively, opens an entry with its status in plain Dutch, and goes back', async () => {
    await open('/');
    await page.getByRole('search').getByRole('searchbox', { name: 'Naam of registernummer' }).fill('dijk');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();

    await page.waitForURL(/\/zoeken\?q=dijk$/);
    expect(await searchDone()).toMatch(/^\d+ schoolleiders gevonden/);
    const found = () => resultNames().then((names) => [names.some((name) => / van Dijk$/.test(name)), names.some((name) => / Dïjkman$/.test(name))]);
    // Sorted by surname: page on until both kinds of "dijk" are shown (or the results end).
    while ((await found()).includes(false) && (await page.getByRole('button', { name: 'Meer resultaten' }).count()) > 0) {
      const shown = (await resultNames()).length;
      await page.getByRole('button', { name: 'Meer resultaten' }).click();
      await expect.poll(async () => (await resultNames()).length).toBeGreaterThan(shown);
    }
    expect(await found()).toEqual([true, true]);
    for (const name of await resultNames()) expect(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain('dijk');

    const first = page.getByTestId('search-result').filter({ has: page.getByRole('link', { name: / van Dijk$/ }) }).first();
    const name = (await first.getByRole('link').textContent()) ?? '';
    const status = (await first.getAttribute('data-status')) ?? '';
    const chipText = (await first.locator('[data-status]').textContent()) ?? '';
    await first.getByRole('link').click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/register\/\d{6}$/);
    expect(await page.getByTestId('entry-status').locator('[data-status]').textContent()).toBe(chipText);
    expect(await page.getByTestId('status-explanation').textContent()).toMatch(EXPLANATIONS[status] ?? /^$/);
    expect(await page.title()).toBe(`${name} | Schoolleidersregister PO`);

    await page.goBack();
    await page.waitForURL(/\/zoeken\?q=dijk$/);
    expect(await page.getByRole('searchbox', { name: 'Naam of registernummer' }).inputValue()).toBe('dijk');
    await searchDone();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters on "Onder voorwaarden": only that status, in a shareable URL', async () => {
    await open('/zoeken');
    await page.getByRole('checkbox', { name: 'Onder voorwaarden' }).check();

    await page.waitForURL(/\/zoeken\?status=CONDITIONAL$/);
    expect(await searchDone()).toMatch(/^\d+ schoolleiders? gevonden/);
    const statuses = await page.getByTestId('search-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['CONDITIONAL']));
    expect(new Set(await page.getByTestId('search-result').locator('.MuiChip-root').allTextContents())).toEqual(new Set(['Onder voorwaarden']));
    const names = await resultNames();

    await page.reload();
    await searchDone();
    expect(await page.getByRole('checkbox', { name: 'Onder voorwaarden' }).isChecked()).toBe(true);
    expect(await resultNames()).toEqual(names);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('search-result').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: names[0] }).waitFor();
    expect(await page.getByTestId('status-explanation').textContent()).toMatch(EXPLANATIONS.CONDITIONAL as RegExp);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows an entry on a 360 px wide screen without horizontal scrolling or console errors, and meets WCAG 2.1 AA', async () => {
    const subject = await someEntry('EXPIRED');
    await open(`/register/${subject.registerNumber}`, 360);
    await page.getByRole('heading', { level: 1, name: subject.displayName }).waitFor();

    expect(await page.getByTestId('status-explanation').textContent()).toMatch(EXPLANATIONS.EXPIRED as RegExp);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    await open('/zoeken?q=dijk', 360);
    await searchDone();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('meets WCAG 2.1 AA on the search page with results and on an entry page', async () => {
    await open('/zoeken?q=dijk&titel=RDO');
    await searchDone();
    expect(await axeViolations(page)).toEqual([]);

    const subject = await someEntry('ACTIVE');
    await open(`/register/${subject.registerNumber}`);
    await page.getByRole('heading', { level: 1, name: subject.displayName }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('checks an entry on a past date through ?peildatum=, and says it was not registered before the registration', async () => {
    const subject = await someEntry('ACTIVE');
    await open(`/register/${subject.registerNumber}`);
    await page.getByRole('heading', { level: 1, name: subject.displayName }).waitFor();

    await page.getByLabel('Peildatum').fill(subject.registeredOn);
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await page.waitForURL(new RegExp(`/register/${subject.registerNumber}\\?peildatum=${subject.registeredOn}$`));
    await page.getByText(/^U ziet de registratie zoals die was op \d{1,2} \p{L}+ \d{4}\.$/u).waitFor();
    await page.getByRole('heading', { level: 1, name: subject.displayName }).waitFor();

    await page.goto(`${app?.url}/register/${subject.registerNumber}?peildatum=2000-01-01`);
    await page.getByRole('heading', { level: 1, name: `Registernummer ${subject.registerNumber}` }).waitFor();
    // The sentence can render a moment after the heading: wait for it, then check it stands once.
    const notRegistered = page.getByText(`Registernummer ${subject.registerNumber} was op 1 januari 2000 niet geregistreerd.`);
    await notRegistered.first().waitFor();
    expect(await notRegistered.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${app?.url}/register/000000`);
    await page.getByRole('heading', { level: 1, name: 'Registratie niet gevonden' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  /** Waits for the catalogue's live region to report a finished search; returns its text. */
  async function offeringsDone(): Promise<string> {
    const status = page.getByTestId('offerings-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^(\d+ result(aat|aten)|Geen gecertificeerd aanbod gevonden)/);
    return (await status.textContent()) ?? '';
  }

  /** The shown offerings with the theme and subtheme codes they are certified for. */
  async function shownOfferings(): Promise<{ title: string; themes: string[]; subthemes: string[] }[]> {
    return page.getByTestId('offering').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')?.textContent ?? '',
        themes: (item.getAttribute('data-theme-codes') ?? '').split(' ').filter(Boolean),
        subthemes: (item.getAttribute('data-subtheme-codes') ?? '').split(' ').filter(Boolean),
      })),
    );
  }

  async function apiOfferingTitles(themeCode: string | null): Promise<string[]> {
    const data = await graphql<{ certifiedOfferings: { edges: { node: { title: string } }[] } }>(
      `query ($themeCode: String) { certifiedOfferings(themeCode: $themeCode, first: 100) { edges { node { title } } } }`,
      { themeCode },
    );
    return data.certifiedOfferings.edges.map((edge) => edge.node.title);
  }

  it('lists the certified offerings with kind, provider, themes, period and upcoming executions', async () => {
    const expected = await apiOfferingTitles(null);
    expect(expected.length).toBeGreaterThan(0);
    await open('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' }).click();

    await page.waitForURL(/\/aanbod$/);
    expect(await offeringsDone()).toBe(`${expected.length} resultaten`);
    expect((await shownOfferings()).map((offering) => offering.title)).toEqual(expected.slice(0, 20));
    expect(await page.title()).toBe('Gecertificeerd aanbod | Schoolleidersregister PO');

    const course = page.getByTestId('offering').filter({ has: page.getByTestId('offering-credits') }).first();
    expect(await course.getByTestId('offering-kind').textContent()).toMatch(/^(Cursus|Schoolleidersopleiding|Opleiding vakbekwaam|Master|Assessment|EVC-procedure)\b/);
    expect(await course.getByTestId('offering-credits').getByRole('listitem').first().textContent()).toMatch(/^(Thema \d+|Deelthema \d+\.\d+): \S/);
    expect(await course.getByText(/^\d{1,2} \p{L}+ \d{4} tot en met \d{1,2} \p{L}+ \d{4}$/u).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('offering-execution').first().textContent()).toMatch(/^\d{1,2} \p{L}+ \d{4}( tot en met \d{1,2} \p{L}+ \d{4})?: (online|\p{L}.*)/u);
    expect(await page.getByRole('link', { name: /\(website\)$/ }).first().getAttribute('href')).toMatch(/^https?:\/\//);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters the catalogue on a theme from the themes page and from the select, only offerings certified for it, in a shareable URL', async () => {
    await open('/themas');
    await page.getByRole('link', { name: 'Gecertificeerd aanbod voor Kennis- en kwaliteitsontwikkeling' }).click();

    await page.waitForURL(/\/aanbod\?thema=4$/);
    await offeringsDone();
    const forFour = await shownOfferings();
    expect(forFour.map((offering) => offering.title)).toEqual(await apiOfferingTitles('4'));
    expect(forFour.length).toBeGreaterThan(0);
    for (const offering of forFour) expect(offering.themes.includes('4') || offering.subthemes.some((code) => code.startsWith('4.'))).toBe(true);
    const select = page.getByRole('combobox', { name: 'Thema' });
    expect(await select.inputValue()).toBe('4');

    await select.selectOption({ label: 'Thema 6: Leiding geven aan verandering' });
    await page.waitForURL(/\/aanbod\?thema=6$/);
    await expect.poll(async () => (await shownOfferings()).map((offering) => offering.title)).toEqual(await apiOfferingTitles('6'));
    const forSix = await shownOfferings();
    expect(forSix.length).toBeGreaterThan(0);
    for (const offering of forSix) expect(offering.themes.includes('6') || offering.subthemes.some((code) => code.startsWith('6.'))).toBe(true);

    await page.reload();
    await offeringsDone();
    expect(await page.getByRole('combobox', { name: 'Thema' }).inputValue()).toBe('6');
    expect((await shownOfferings()).map((offering) => offering.title)).toEqual(forSix.map((offering) => offering.title));

    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('geen-aanbod-heet-zo');
    await page.getByRole('search', { name: 'Aanbod zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/aanbod\?thema=6&q=geen-aanbod-heet-zo$/);
    await expect.poll(() => page.getByTestId('offerings-status').textContent(), { timeout: 15_000 }).toBe('Geen gecertificeerd aanbod gevonden');
    expect(await page.getByTestId('offering').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('meets WCAG 2.1 AA on the catalogue at desktop width and at 360 px without horizontal scrolling', async () => {
    await open('/aanbod');
    await offeringsDone();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    await open('/aanbod?thema=4', 360);
    await offeringsDone();
    expect(await page.getByTestId('offering').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await open('/aanbod', 360);
    await offeringsDone();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the themes credited to a leader through certified completions, also at 360 px', async () => {
    type Completion = { theme: { code: string; name: string }; completedOn: string; route: string };
    const candidates = await graphql<{ searchRegister: { edges: { node: { registerNumber: string } }[] } }>(
      `query { searchRegister(status: [ACTIVE], first: 100) { edges { node { registerNumber } } } }`,
    );
    const entries = await graphql<{ publicRegistrations: ({ registerNumber: string; displayName: string; completedThemes: Completion[] } | null)[] }>(
      `query ($numbers: [String!]!) { publicRegistrations(registerNumbers: $numbers) { registerNumber displayName completedThemes { theme { code name } completedOn route } } }`,
      { numbers: candidates.searchRegister.edges.map((edge) => edge.node.registerNumber) },
    );
    const subject = entries.publicRegistrations.find((entry) => entry && entry.completedThemes.length >= 2) ?? entries.publicRegistrations.find((entry) => entry && entry.completedThemes.length > 0);
    if (!subject) throw new Error('The demo register has no leader with credited themes among the first 100 active entries.');

    for (const width of [1280, 360]) {
      await open(`/register/${subject.registerNumber}`, width);
      await page.getByRole('heading', { level: 1, name: subject.displayName }).waitFor();
      const items = await page.getByTestId('completed-themes').getByRole('listitem').allTextContents();
      expect(items).toHaveLength(subject.completedThemes.length);
      for (const [index, completion] of subject.completedThemes.entries()) {
        const route = completion.route === 'FORMAL' ? 'formeel leren' : 'informeel leren';
        expect(items[index]).toMatch(new RegExp(`^${completion.theme.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(thema ${completion.theme.code}\\): afgerond op \\d{1,2} \\p{L}+ \\d{4} via ${route}$`, 'u'));
      }
      expect(await page.getByText('Nog geen afgeronde thema’s in deze registratieperiode.').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('runs every example of the API page against the real API, the next page through the first page’s endCursor', async () => {
    let endCursor: string | null = null;
    for (const example of API_EXAMPLES) {
      const variables: Record<string, unknown> = example.id === 'searchNextPage' ? { ...example.variables, after: endCursor } : example.variables;
      const data: Record<string, unknown> = await graphql<Record<string, unknown>>(example.query, variables);
      expect(Object.keys(data)).toHaveLength(1);
      if (example.id === 'search') endCursor = (data as { searchRegister: { pageInfo: { endCursor: string | null } } }).searchRegister.pageInfo.endCursor;
    }

    // The quick start's answer has the shape the page shows: cost in extensions.cost, quota in RateLimit-* headers.
    const answer = await fetch(`${api?.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUICK_START) });
    const shown = JSON.parse(quickStartAnswer(QUERY_LIMITS.maxCost, DEFAULT_RATE_LIMITS.anonymousPoints, DEFAULT_RATE_LIMITS.windowSeconds)) as { extensions: { cost: CostReport } };
    const real = ((await answer.json()) as { extensions?: { cost?: CostReport } }).extensions?.cost;
    // (The test API runs with its own budgets, so the quota is compared with its headers, not with the production figure.)
    expect(real && { requested: real.requested, limit: real.limit }).toEqual({ requested: shown.extensions.cost.requested, limit: shown.extensions.cost.limit });
    expect(String(real?.quota?.limit)).toBe(answer.headers.get('RateLimit-Limit'));
    for (const header of RATE_LIMIT_HEADERS.filter((name) => name !== 'Retry-After')) expect(answer.headers.get(header)).toMatch(/^\d+$/);

    // The page's figures for the bulk check and page size hold: one more is refused.
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${api?.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      return body.errors?.[0]?.extensions?.code;
    };
    const numbers = Array.from({ length: MAX_BULK_LOOKUP + 1 }, (_, index) => String(100_000 + index));
    expect(await refusal('query ($n: [String!]!) { publicRegistrations(registerNumbers: $n) { registerNumber } }', { n: numbers })).toBe('BAD_USER_INPUT');
    expect(await refusal('query ($first: Int) { searchRegister(first: $first) { totalCount } }', { first: PAGE_SIZE.max + 1 })).toBe('BAD_USER_INPUT');
  });

  it('shows the API page from the menu, meets WCAG 2.1 AA and scrolls code only inside its box at 360 px', async () => {
    await open('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'API' }).click();
    await page.waitForURL(/\/api$/);
    await page.getByRole('heading', { level: 1, name: 'De API van het register' }).waitFor();
    expect(await page.title()).toBe('API voor systemen | Schoolleidersregister PO');
    expect(await page.getByTestId('api-example').count()).toBe(API_EXAMPLES.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    await open('/api', 360);
    await page.getByRole('heading', { level: 1, name: 'De API van het register' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const query = page.getByTestId('api-example').first().getByRole('region').first();
    expect(await query.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the not-found page for an unknown address', async () => {
    await open('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.close();
  });
});
