import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@srpo/api/testing';
import { axeViolations, launchChromium, startViteApp, type RunningApp } from '@srpo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

  async function open(path: string, width = 1280): Promise<Page> {
    if (!browser || !app) throw new Error('not started');
    page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${app.url}${path}`);
    return page;
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

  it('shows the not-found page for an unknown address', async () => {
    await open('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.close();
  });
});
