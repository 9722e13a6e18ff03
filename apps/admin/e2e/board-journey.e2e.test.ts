import { readFileSync } from 'node:fs';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, usePortalRig } from './portal';

describe('board view in Chromium', () => {
  const rig = usePortalRig();

  async function boardPage(width: number): Promise<Page> {
    const page = await rig.open('/bestuur', { width, acceptDownloads: true });
    await logIn(page, 'bestuur@demo.srpo.nl');
    await page.getByRole('heading', { level: 1, name: 'Bestuur' }).waitFor();
    return page;
  }

  /** What the API gives this board account for a filter, asked with its own session. */
  async function apiCount(page: Page, args: string): Promise<number> {
    const response = await page.context().request.post(`${rig.portal.url}/graphql`, { data: { query: `query { boardLeaders(${args}first: 1) { totalCount } }` } });
    return ((await response.json()) as { data: { boardLeaders: { totalCount: number } } }).data.boardLeaders.totalCount;
  }

  it('counts per filter, exports the leaders as CSV and opens a leader’s progress', async () => {
    const page = await boardPage(1280);
    const filters = page.getByTestId('board-filter');
    const all = await apiCount(page, '');
    const expired = await apiCount(page, 'status: [EXPIRED], ');
    await filters.getByRole('button', { name: `Alle schoolleiders (${all})` }).waitFor();
    await filters.getByRole('button', { name: `Verlopen (${expired})` }).waitFor();

    const grid = page.getByRole('grid', { name: 'Schoolleiders van het bestuur' });
    await grid.getByRole('row').nth(1).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Naam;Registernummer;Functie en school;Titel;Status;Herregistratie uiterlijk');
    expect(lines).toHaveLength(all + 1);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    const firstName = (await grid.getByRole('link').first().textContent()) ?? '';
    await grid.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: firstName }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Thema’s en herregistratie' }).waitFor();
    await page.getByTestId('theme-tiles').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows every leader’s status and due date at 360 px, without sideways scrolling', async () => {
    const page = await boardPage(360);
    const list = page.getByRole('list', { name: 'Schoolleiders van het bestuur' });
    await list.getByRole('listitem').first().waitFor();
    const first = list.getByRole('listitem').first();
    expect(await first.getByText('Status').isVisible()).toBe(true);
    expect(await first.getByText('Herregistratie uiterlijk').isVisible()).toBe(true);
    expect(await first.locator('[data-status]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
