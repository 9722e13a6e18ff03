import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@srpo/api/testing';
import { axeViolations, launchChromium, startViteApp, type RunningApp } from '@srpo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('portal in Chromium', () => {
  let api: TestApi | undefined;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;

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

  async function open(path: string): Promise<Page> {
    if (!browser || !app) throw new Error('not started');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}${path}`);
    return page;
  }

  it('goes from the dashboard to the theme catalogue and shows the eight themes', async () => {
    const page = await open('/');
    await page.getByRole('heading', { level: 1, name: 'Welkom in het portaal' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Thema’s' }).click();

    await page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await page.getByTestId('theme').count()).toBe(8);
    await expectVisible(page, 'Persoonlijk leiderschap');
    expect(await page.locator('[data-wildcard]').getByText('Vrij thema').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

async function expectVisible(page: Page, themeName: string): Promise<void> {
  expect(await page.getByRole('heading', { level: 2, name: themeName }).isVisible()).toBe(true);
}
