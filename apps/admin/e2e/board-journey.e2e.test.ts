import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fitsPhone, logIn, usePortalRig } from './portal';

describe('board view in Chromium', () => {
  const rig = usePortalRig();

  async function boardPage(width: number): Promise<Page> {
    const page = await rig.open('/bestuur', { width, acceptDownloads: true });
    await logIn(page, 'bestuur@demo.srpo.nl');
    await page.getByRole('heading', { level: 1, name: 'Bestuur' }).waitFor();
    return page;
  }

  /** The board's counts as the API gives them to this board account, asked with its own session. */
  async function apiOverview(page: Page) {
    const response = await page.context().request.post(`${rig.portal.url}/graphql`, {
      data: { query: 'query { boardOverview { leaders byStatus { status count } dueWithin { months count } } }' },
    });
    type Overview = { leaders: number; byStatus: { status: string; count: number }[]; dueWithin: { months: number; count: number }[] };
    return ((await response.json()) as { data: { boardOverview: Overview } }).data.boardOverview;
  }

  it('counts per status and due window, filters by a count, exports the leaders as CSV and opens a leader’s progress', async () => {
    const page = await boardPage(1280);
    const overview = await apiOverview(page);
    const counts = page.getByTestId('board-filter');
    await counts.getByRole('button', { name: `${overview.leaders} Alle schoolleiders` }).waitFor();
    const expired = overview.byStatus.find((row) => row.status === 'EXPIRED')!.count;
    expect(await page.getByTestId('board-count-EXPIRED').textContent()).toBe(String(expired));
    const dueSoon = overview.dueWithin.find((window) => window.months === 6)!.count;
    expect(await page.getByTestId('board-count-DUE_6').textContent()).toBe(String(dueSoon));

    const grid = page.getByRole('grid', { name: 'Schoolleiders van het bestuur' });
    await grid.getByRole('columnheader', { name: 'Thema’s afgerond' }).waitFor();
    await counts.getByRole('button', { name: 'Herregistratie binnen 6 maanden' }).click();
    await expect.poll(() => grid.locator('[data-field="registerNumber"][role="gridcell"]').count()).toBe(Math.min(dueSoon, 25));
    await counts.getByRole('button', { name: 'Alle schoolleiders' }).click();
    await grid.getByRole('row').nth(1).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Naam;Registernummer;Functie en school;Titel;Niveau;Status;Herregistratie uiterlijk;Thema’s afgerond');
    expect(lines).toHaveLength(overview.leaders + 1);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(await page.getByRole('link', { name: 'Download als Excel (XLSX)' }).getAttribute('href')).toBe('/boards/leaders.xlsx');
    expect(await axeViolations(page)).toEqual([]);

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
    expect(await first.getByText('Thema’s afgerond').isVisible()).toBe(true);
    await page.getByTestId('board-count-DUE_12').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('adds a webhook whose secret, shown once, signs the test message a local receiver gets, and lists that delivery', async () => {
    const received: { signature: string; body: string }[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ signature: String(request.headers['schoolleidersregister-signature']), body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/register`;
    try {
      const page = await boardPage(1280);
      await page.getByRole('navigation', { name: 'Bestuur' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
      const form = page.getByRole('dialog', { name: 'Webhook toevoegen' });
      await form.getByRole('textbox', { name: 'Adres (URL)' }).fill(url);
      expect(await axeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Webhook toevoegen' }).click();
      const shown = page.getByRole('dialog', { name: 'Het geheim van uw webhook' });
      const secret = await shown.getByRole('textbox', { name: 'Ondertekeningsgeheim' }).inputValue();
      await shown.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();

      const card = page.getByTestId('webhook').filter({ hasText: url });
      await card.getByRole('button', { name: 'Testbericht sturen' }).click();
      // The test message goes out through the job queue, so it arrives shortly after the click.
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
      const [{ signature, body }] = received as [{ signature: string; body: string }];
      const [, time, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
      expect(v1).toBe(createHmac('sha256', secret).update(`${time}.${body}`).digest('hex'));
      expect(JSON.parse(body)).toMatchObject({ test: true });

      // The log is read once it is opened: open it after the queue recorded the answer.
      const recorded = async () => {
        const response = await page.context().request.post(`${rig.portal.url}/graphql`, {
          data: { query: '{ webhookSubscriptions { url deliveries(first: 1) { nodes { status } } } }' },
        });
        const { data } = (await response.json()) as { data: { webhookSubscriptions: { url: string; deliveries: { nodes: { status: string }[] } }[] } };
        return data.webhookSubscriptions.find((each) => each.url === url)?.deliveries.nodes[0]?.status;
      };
      await expect.poll(recorded, { timeout: 30_000 }).toBe('DELIVERED');
      await card.getByRole('button', { name: 'Berichten tonen' }).click();
      await card.getByTestId('webhook-delivery').first().waitFor();
      expect(await card.getByTestId('webhook-delivery').first().getAttribute('data-status')).toBe('DELIVERED');
      expect(await card.getByTestId('webhook-delivery').first().textContent()).toContain('Afgeleverd');
      expect(await axeViolations(page)).toEqual([]);
      expect(await fitsPhone(page)).toBe(true);
      await page.close();
    } finally {
      receiver.close();
    }
  });
});
