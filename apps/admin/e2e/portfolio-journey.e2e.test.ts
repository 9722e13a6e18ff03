import { addDays, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, dutchDate, fitsPhone, logIn, usePortalRig } from './portal';

const ORGANISATION = 'Portfolio Validatie Nederland';
const ASSESSORS = ['beoordelaar@demo.srpo.nl', 'beoordelaar2@demo.srpo.nl'] as const;
const PDF = Buffer.from('%PDF-1.4\n%portfolio\n');

interface Theme {
  id: string;
  code: string;
  name: string;
  isWildcard: boolean;
}

/** Axe-clean and no sideways scrolling at 360 px; back to the laptop width after. */
async function checkPage(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await fitsPhone(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Fills one theme's checklist so that every requirement is met, after showing an unmet one inline. */
async function recordSufficientChecklist(form: Locator) {
  for (const label of ['Volgt de vaste inrichting', 'Laat de ontwikkeling op het thema zien', 'Heldere formulering, zinsbouw en spelling', 'Geschreven vanuit de eigen rol als schoolleider']) {
    await form.getByRole('checkbox', { name: label }).check();
  }
  await form.getByRole('textbox', { name: 'Collega’s met feedback' }).fill('3');
  await form.getByRole('textbox', { name: 'Aantal bronnen' }).fill('5');
  await form.getByRole('textbox', { name: 'Waarvan literatuur' }).fill('1');
  await form.getByRole('textbox', { name: 'Aantal bewijsstukken' }).fill('7');
  await form.getByRole('textbox', { name: 'Aantal woorden (zonder bijlagen)' }).fill('2800');
  await form.getByText('Minimaal 2 bronnen moeten literatuur zijn (nu 1).').waitFor();
  await form.getByRole('textbox', { name: 'Waarvan literatuur' }).fill('2');
  await form.getByText('Het portfolio voldoet aan alle eisen: voldoende.').waitFor();
  await form.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
  await form.waitFor({ state: 'detached' });
}

/** Both themes validated, with grounds. */
async function recordValidated(page: Page, themes: readonly Theme[]) {
  const form = page.getByTestId('outcome-form');
  for (const theme of themes) {
    const item = form.getByTestId('outcome-theme').filter({ hasText: `${theme.code}. ${theme.name}` });
    await item.getByRole('radio', { name: 'Gevalideerd', exact: true }).check();
    await item.getByRole('textbox', { name: `Motivering voor ${theme.code}. ${theme.name}` }).fill('Het portfolio en het gesprek tonen de ontwikkeling op dit thema overtuigend aan.');
  }
  await form.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('portfolio journey: a leader has two themes validated by an assessor organisation, in Chromium', () => {
  const rig = usePortalRig({ withRegister: true });

  it('opens, submits, assesses, interviews and validates two themes that then count as informal learning', async () => {
    const today = todayInAmsterdam(new Date());

    // The demo leader's register number and two themes it has not completed yet.
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'schoolleider@demo.srpo.nl');
    const registerNumber = ((await leader.getByTestId('register-number').first().textContent()) ?? '').trim();
    const { publicRegistration, themes: catalogue } = await rig.graphql<{
      publicRegistration: { completedThemes: { theme: { code: string } }[] };
      themes: Theme[];
    }>(`query ($n: String!, $d: Date!) { publicRegistration(registerNumber: $n) { completedThemes { theme { code } } } themes(activeOn: $d) { id code name isWildcard } }`, {
      n: registerNumber,
      d: today,
    });
    const done = new Set(publicRegistration.completedThemes.map((item) => item.theme.code));
    const themes = catalogue.filter((theme) => !theme.isWildcard && !done.has(theme.code)).slice(0, 2);
    expect(themes).toHaveLength(2);
    const themeLabels = themes.map((theme) => `${theme.code}. ${theme.name}`);

    // 1. The leader opens a case for two themes at the certified organisation, seeing its fees.
    await leader.getByRole('link', { name: 'Portfolio laten valideren' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Portfolio laten valideren' }).waitFor();
    await leader.getByRole('radio', { name: new RegExp(`^${ORGANISATION}`) }).check();
    for (const label of themeLabels) await leader.getByRole('checkbox', { name: label }).check();
    expect(await leader.getByTestId('fee-expected').textContent()).toMatch(/^Voor 2 thema’s, met het valideringsgesprek: €\s[\d.]+,\d\d\.$/);
    await checkPage(leader);
    await leader.getByRole('button', { name: 'Dossier openen' }).click();
    await leader.getByRole('heading', { level: 1, name: /^Portfolio: / }).waitFor();
    const casePath = new URL(leader.url()).pathname;
    const caseId = casePath.split('/').pop() ?? '';

    // 2. It uploads the portfolio per theme (removing a wrong file first) and submits.
    const firstTheme = leader.getByTestId('portfolio-theme').filter({ hasText: `Portfolio voor ${themeLabels[0]}` });
    await firstTheme.getByLabel(`Bestand voor ${themeLabels[0]}`).setInputFiles({ name: 'verkeerd.pdf', mimeType: 'application/pdf', buffer: PDF });
    await firstTheme.getByRole('button', { name: 'Bestand toevoegen' }).click();
    await firstTheme.getByRole('button', { name: 'Verwijderen verkeerd.pdf' }).click();
    await firstTheme.getByText('Er zijn geen bewijsstukken toegevoegd.').waitFor();
    for (const label of themeLabels) {
      const section = leader.getByTestId('portfolio-theme').filter({ hasText: `Portfolio voor ${label}` });
      await section.getByLabel(`Bestand voor ${label}`).setInputFiles({ name: 'portfolio.pdf', mimeType: 'application/pdf', buffer: PDF });
      await section.getByRole('button', { name: 'Bestand toevoegen' }).click();
      await section.getByText('portfolio.pdf is toegevoegd.').waitFor();
    }
    await leader.getByRole('button', { name: 'Portfolio indienen' }).click();
    await leader.getByText('Uw portfolio is ingediend.').waitFor();
    expect(await leader.getByTestId('portfolio-state').textContent()).toBe('Ingediend');
    await checkPage(leader);

    // 3. The first assessor finds the case among the submitted ones and assigns both assessors.
    const first = await rig.open('/beoordelaar');
    await logIn(first, ASSESSORS[0]);
    await first.getByRole('heading', { level: 1, name: 'Beoordelaar' }).waitFor();
    await choose(first, 'Stand', 'Ingediend');
    const row = first.getByTestId('assessor-case').filter({ hasText: themeLabels[0] });
    await row.waitFor();
    await checkPage(first);
    await row.getByRole('link').click();
    await first.getByRole('heading', { level: 1, name: /^Portfolio van / }).waitFor();
    await choose(first, 'Eerste beoordelaar', 'Assessor Demo');
    await choose(first, 'Tweede beoordelaar', 'Bram Tweede Beoordelaar');
    await first.getByRole('button', { name: 'Toewijzen' }).click();
    await expect.poll(() => first.getByTestId('checklist-form').count()).toBe(2);
    await checkPage(first);

    // 4. Both assessors record a sufficient checklist for both themes.
    for (const label of themeLabels) await recordSufficientChecklist(first.getByTestId('checklist-form').filter({ hasText: `Checklist voor ${label}` }));
    const second = await rig.open(casePath.replace('/mijn-registratie/portfolio/', '/beoordelaar/dossiers/'));
    await logIn(second, ASSESSORS[1]);
    // The poll's one second starts once the case page is there, not while the login is still on its way (a loaded machine).
    await second.getByRole('heading', { level: 1, name: /^Portfolio van / }).waitFor();
    await expect.poll(() => second.getByTestId('checklist-form').count()).toBe(2);
    for (const label of themeLabels) await recordSufficientChecklist(second.getByTestId('checklist-form').filter({ hasText: `Checklist voor ${label}` }));
    await second.getByTestId('portfolio-state').getByText('Voldoende beoordeeld').waitFor();

    // 5. The interview (75 minutes for two themes, from the domain) is planned, and held.
    await first.reload();
    await first.getByTestId('interview-minutes').getByText('Het gesprek duurt ongeveer 75 minuten.').waitFor();
    await first.locator('#interview-date').fill(addDays(today, 1));
    await first.locator('#interview-time').fill('09:00');
    await first.getByRole('textbox', { name: 'Plaats' }).fill('Utrecht, kantoor Portfolio Validatie Nederland');
    await checkPage(first);
    await first.getByRole('button', { name: 'Gesprek plannen' }).click();
    await first.getByTestId('portfolio-state').getByText('Gesprek gepland').waitFor();

    await first.getByText('U legt de uitkomst vast zodra het gesprek is begonnen.').waitFor();

    // 6. The interview has been held (its start moved into the past, as time would); both record the outcome: both themes validated.
    await rig.api.sql(`UPDATE portfolio_case SET interview_starts_at = now() - interval '1 hour' WHERE id = $1`, [caseId]);
    await first.reload();
    await recordValidated(first, themes);
    await second.reload();
    await recordValidated(second, themes);
    await second.getByTestId('portfolio-state').getByText('Gevalideerd').waitFor();

    // 7. The organisation marks the fees paid.
    await second.getByRole('button', { name: 'Betaling ontvangen' }).click();
    await second.getByText('Alles is betaald.').waitFor();
    await checkPage(second);
    await second.close();
    await first.close();

    // 8. The leader reads the outcome (with the objection route) and sees both themes completed as informal learning.
    await leader.reload();
    await leader.getByTestId('portfolio-state').getByText('Gevalideerd').waitFor();
    for (const theme of themes) {
      expect(await leader.getByTestId('theme-outcome').filter({ hasText: `${theme.code}. ${theme.name}` }).getAttribute('data-outcome')).toBe('VALIDATED');
    }
    await leader.getByRole('button', { name: 'Bezwaar maken' }).waitFor();
    expect(await leader.getByTestId('invoice-link').getAttribute('href')).toContain(caseId);
    await checkPage(leader);
    await leader.goto(`${rig.portal.url}/mijn-registratie`);
    const tiles = leader.getByTestId('theme-tiles');
    await tiles.waitFor();
    for (const label of themeLabels) {
      const tile = tiles.getByTestId('theme-tile').filter({ hasText: label });
      expect(await tile.getAttribute('data-theme-state')).toBe('completed');
      expect(await tile.textContent()).toContain(`Afgerond op ${dutchDate(today)} (informeel leren, portfolio gevalideerd door ${ORGANISATION})`);
    }
    await leader.close();

    // 9. The public entry shows them as informal learning.
    const entry = await rig.open(`/register/${registerNumber}`, { app: 'register' });
    const completed = entry.getByTestId('completed-themes');
    await completed.waitFor();
    const text = (await completed.textContent()) ?? '';
    for (const theme of themes) expect(text).toContain(`${theme.name} (thema ${theme.code}): afgerond op ${dutchDate(today)} via informeel leren`);
    await entry.close();
  });
});
