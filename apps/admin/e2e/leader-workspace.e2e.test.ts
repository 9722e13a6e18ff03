import { addYears, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, logIn, usePortalRig } from './portal';

interface Progress {
  evaluation: { eligible: boolean; themesCompleted: number; themesRequired: number };
  themes: { theme: { code: string }; completed: boolean; coveredSubthemes: { code: string }[] }[];
  completions: { offeringTitle: string; counts: boolean }[];
  informalValidations: { theme: { code: string; name: string }; counts: boolean }[];
}

const PROGRESS = `{ myThemeProgress { evaluation { eligible themesCompleted themesRequired }
  themes { theme { code } completed coveredSubthemes { code } } completions { offeringTitle counts }
  informalValidations { theme { code name } counts } } }`;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('leader workspace in Chromium: the state at a glance, checked applications, read-only submitted ones', () => {
  const rig = usePortalRig();

  /** A GraphQL call with the page's session (the portal proxies /graphql to the API). */
  async function asLeader<T>(page: Page, query: string): Promise<T> {
    const response = await page.request.post(`${rig.portal.url}/graphql`, { data: { query }, headers: { 'content-type': 'application/json' } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('shows the demo leader’s themes at a glance, refuses an empty application without storing it, and opens a submitted one read-only', async () => {
    const today = todayInAmsterdam(new Date());
    const page = await rig.open('/mijn-registratie');
    await logIn(page, 'schoolleider@demo.srpo.nl');
    const glance = page.getByTestId('progress-glance');
    await glance.waitFor();

    // 1. The meter, the tiles and the completions say what the API's domain evaluation says.
    const { myThemeProgress: progress } = await asLeader<{ myThemeProgress: Progress }>(page, PROGRESS);
    const { themesCompleted, themesRequired, eligible } = progress.evaluation;
    expect(await page.getByTestId('theme-meter-count').textContent()).toBe(`${themesCompleted} van ${themesRequired}`);
    const meter = page.getByRole('progressbar', { name: 'Afgeronde thema’s voor herregistratie' });
    expect(await meter.getAttribute('aria-valuetext')).toBe(`${themesCompleted} van de ${themesRequired} thema’s afgerond`);
    const tiles = page.getByTestId('theme-tile');
    expect(await tiles.count()).toBe(8);
    const expectedStates = progress.themes.map((item) => (item.completed ? 'completed' : item.coveredSubthemes.length ? 'partly' : 'open'));
    expect(await tiles.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-theme-state')))).toEqual(expectedStates);
    expect(await page.locator('[data-theme-state="completed"]').count()).toBe(themesCompleted);
    const completions = page.getByTestId('completion');
    expect(await completions.count()).toBe(progress.completions.length);
    for (const [index, completion] of progress.completions.entries()) {
      const text = (await completions.nth(index).textContent()) ?? '';
      expect(text).toContain(completion.offeringTitle);
      expect(text).toContain(completion.counts ? 'Telt mee voor:' : 'Telt niet mee, want ');
    }
    // The demo leader's peer validation (issue 10) is listed with the theme it counts for.
    const validations = page.getByTestId('validation');
    expect(progress.informalValidations.length).toBeGreaterThan(0);
    expect(await validations.count()).toBe(progress.informalValidations.length);
    for (const [index, validation] of progress.informalValidations.entries()) {
      const text = (await validations.nth(index).textContent()) ?? '';
      expect(text).toContain(validation.counts ? `Telt mee voor: ${validation.theme.code}. ${validation.theme.name}` : 'Telt niet mee, want ');
    }
    const verdict = (await page.getByTestId('verdict').textContent()) ?? '';
    expect(verdict).toContain(`${themesCompleted} van de ${themesRequired} thema’s afgerond`);
    const apply = glance.getByRole('button', { name: 'Herregistratie aanvragen' }).or(glance.getByRole('link', { name: 'Herregistratie aanvragen' }));
    expect(await apply.isEnabled()).toBe(eligible);
    expect((await page.locator('main').innerText()).match(ISO_DATE)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: 'Wat als ik nog aanbod afrond?' }).click();
    await page.getByTestId('what-if-offerings').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 2. An empty submit shows what is missing and stores nothing; the kind stays choosable.
    const applications = async () => (await asLeader<{ myApplications: { status: string }[] }>(page, '{ myApplications { status } }')).myApplications;
    const before = (await applications()).length;
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await page.getByText('Wij hebben alvast ingevuld wat het register van u weet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Indienen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByRole('link', { name: 'Kies “Kwalificatieroute”.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/mijn-registratie/aanvragen/nieuw');
    expect((await applications()).length).toBe(before);
    await page.getByRole('radio', { name: 'Niveauwijziging' }).check();

    // 3. A level change by an NVAO master, submitted in one step, then opened read-only.
    await choose(page, 'Kwalificatieroute', 'NVAO-geaccrediteerde master');
    await page.getByLabel('Masteropleiding en instelling').fill('Master Educational Leadership, Universiteit Utrecht');
    await page.getByLabel('De master is door de NVAO geaccrediteerd').check();
    await page.getByLabel('De master sluit aan bij de beroepsstandaard').check();
    await page.getByLabel('Diplomadatum').fill(addYears(today, -1));
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Uw aanvraag is ingediend.', { exact: false }).waitFor();
    expect((await applications()).map((application) => application.status)).toEqual(['SUBMITTED']);
    const blocked = page.getByTestId('new-application-blocked');
    expect(await blocked.textContent()).toMatch(/^U hebt al een lopende aanvraag\./);
    expect(await page.getByRole('button', { name: 'Nieuwe aanvraag' }).isDisabled()).toBe(true);

    const item = page.getByTestId('my-application').filter({ hasText: 'Niveauwijziging: Ingediend' });
    await item.getByRole('link', { name: /^Bekijken/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvraag: Niveauwijziging' }).waitFor();
    const view = page.getByTestId('application-view');
    expect(await view.textContent()).toContain('Ingediend');
    expect(await view.textContent()).toContain('Master Educational Leadership, Universiteit Utrecht');
    await view.getByRole('heading', { name: 'Bewijsstukken' }).waitFor();
    await view.getByRole('heading', { name: 'Brieven over deze aanvraag' }).waitFor();
    expect(await page.getByRole('button', { name: 'Indienen' }).count()).toBe(0);
    expect((await page.locator('main').innerText()).match(ISO_DATE)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await noSidewaysScroll(page);
    await page.close();
  });
});
