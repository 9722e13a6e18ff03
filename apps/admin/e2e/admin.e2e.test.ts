import { addDays, addMonths, calendarDate, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dutchDate, logIn, usePortalRig } from './portal';

/** The ISO date of a Dutch long date as the portal shows it ("1 juli 2027" → "2027-07-01"). */
function isoOf(dutch: string): string {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [day, month, year] = dutch.trim().split(' ');
  return `${year}-${String(months.indexOf(month ?? '') + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('portal in Chromium', () => {
  const rig = usePortalRig();

  function pathOf(page: Page): string {
    return new URL(page.url()).pathname;
  }

  it('sends an anonymous visitor to the login page, which passes axe', async () => {
    const page = await rig.open('/');

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(pathOf(page)).toBe('/inloggen');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the API’s Dutch message for a wrong password, in an error summary that passes axe', async () => {
    const page = await rig.open('/inloggen');

    await logIn(page, 'commissie@demo.srpo.nl', 'niet-het-wachtwoord');

    const summary = page.getByRole('alert');
    await summary.getByText('E-mailadres of wachtwoord is onjuist.').waitFor();
    expect(await summary.getByRole('heading', { level: 2, name: 'Er is een probleem' }).isVisible()).toBe(true);
    expect(pathOf(page)).toBe('/inloggen');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets staff log in, open their workspace and the theme catalogue, and log out', async () => {
    const page = await rig.open('/');
    await logIn(page, 'medewerker@demo.srpo.nl');

    // Back where the visitor came from: the overview, with a card for the staff role only.
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Medewerker' }).waitFor();
    expect(pathOf(page)).toBe('/');
    const cards = page.getByTestId('workspace-card');
    expect(await cards.allTextContents()).toHaveLength(1);
    expect(await cards.getByRole('heading', { level: 2 }).textContent()).toBe('Medewerker');
    expect(await page.getByRole('button', { name: /Sanne de Medewerker/ }).textContent()).toContain('Medewerker');
    expect(await axeViolations(page)).toEqual([]);

    await cards.getByRole('link', { name: 'Medewerker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registerbureau' }).waitFor();
    expect(pathOf(page)).toBe('/medewerker');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Thema’s' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await page.getByTestId('theme').count()).toBe(8);
    expect(await page.getByRole('heading', { level: 2, name: 'Persoonlijk leiderschap' }).isVisible()).toBe(true);
    expect(await page.locator('[data-wildcard]').getByText('Vrij thema').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Sanne de Medewerker/ }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(pathOf(page)).toBe('/inloggen');

    // The session is gone on the server too: a fresh load of the overview is guarded again.
    await page.goto(`${rig.portal.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(pathOf(page)).toBe('/inloggen');
    await page.close();
  });

  it('gives staff a queue, application detail, meetings and outbox that pass axe', async () => {
    const page = await rig.open('/medewerker');
    await logIn(page, 'medewerker@demo.srpo.nl');

    const grid = page.getByRole('grid', { name: 'Aanvragen' });
    await grid.getByRole('link').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The "Teruggestuurd" chip shows its count and filters the grid on the server.
    const returned = page.getByTestId('status-filter').getByRole('button', { name: /^Teruggestuurd \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec((await returned.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await returned.click();
    await expect.poll(() => grid.getByRole('link').count()).toBe(count);
    await grid.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Aanvraag van / }).waitFor();
    expect(await page.getByText('Stuur een kopie van uw diploma mee; de bijlage ontbreekt.').isVisible()).toBe(true);
    expect(await page.getByText('In deze status zijn er geen stappen voor het registerbureau.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const staffNav = page.getByRole('navigation', { name: 'Registerbureau' });
    await page.goto(`${rig.portal.url}/medewerker/vergaderingen`);
    await page.getByTestId('meetings').waitFor();
    expect(await page.getByTestId('meetings').getByRole('row').count()).toBeGreaterThanOrEqual(3); // header + held + planned
    expect(await axeViolations(page)).toEqual([]);

    await staffNav.getByRole('link', { name: 'Uitgaande post' }).click();
    const outbox = page.getByRole('grid', { name: 'Uitgaande post' });
    await outbox.getByRole('row').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('gives the committee the held meeting’s agenda with its decisions, passing axe', async () => {
    const page = await rig.open('/commissie');
    await logIn(page, 'commissie@demo.srpo.nl');

    const meetings = page.getByTestId('meetings');
    await meetings.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await meetings.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Agenda van / }).waitFor();
    const decisions = page.getByTestId('decision');
    await decisions.first().waitFor();
    expect(await decisions.count()).toBe(3);
    expect(await decisions.first().textContent()).toContain('Bezwaar mogelijk tot en met');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a registered leader their registration, plan and letters, passing axe', async () => {
    const page = await rig.open('/mijn-registratie');
    await logIn(page, 'schoolleider@demo.srpo.nl');

    await page.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    expect(await page.locator('[data-status]').first().textContent()).toMatch(/^(Geregistreerd|Onder voorwaarden|Herregistratie verlopen)$/);
    await page.getByRole('checkbox').first().waitFor();
    await page.getByText(/U hebt nog geen (aanvragen|brieven)|Registratie:/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a board only its own leaders, and with "Onder voorwaarden" only conditional ones', async () => {
    const page = await rig.open('/bestuur');
    await logIn(page, 'bestuur@demo.srpo.nl');

    const grid = page.getByRole('grid', { name: 'Schoolleiders van het bestuur' });
    await grid.getByRole('row').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // What the API gives this board account, asked with its own session.
    const session = await page.context().request.post(`${rig.portal.url}/graphql`, {
      data: { query: 'query { boardLeaders(status: [CONDITIONAL], first: 100) { totalCount edges { node { registerNumber } } } }' },
    });
    const body = (await session.json()) as { data: { boardLeaders: { totalCount: number; edges: { node: { registerNumber: string } }[] } } };
    const expected = body.data.boardLeaders.edges.map((edge) => edge.node.registerNumber).sort();
    expect(expected.length).toBeGreaterThan(0);

    await page.getByTestId('board-filter').getByRole('button', { name: 'Onder voorwaarden' }).click();
    await expect.poll(async () => (await grid.locator('[data-field="registerNumber"][role="gridcell"]').allTextContents()).sort()).toEqual(expected.slice(0, 25));
    const chips = await grid.locator('[data-status]').allTextContents();
    expect(new Set(chips)).toEqual(new Set(['Onder voorwaarden']));

    // A conditional leader of another board is not in this list.
    const others = await fetch(`${rig.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { searchRegister(status: [CONDITIONAL], first: 100) { edges { node { registerNumber } } } }' }),
    });
    const all = ((await others.json()) as { data: { searchRegister: { edges: { node: { registerNumber: string } }[] } } }).data.searchRegister.edges.map(
      (edge) => edge.node.registerNumber,
    );
    const outsider = all.find((number) => !expected.includes(number));
    if (outsider) expect(await grid.getByText(outsider, { exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets a leader request a deferral that staff grant, after which the leader sees the new due date (axe on every page)', async () => {
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'schoolleider@demo.srpo.nl');
    await leader.getByRole('heading', { level: 2, name: 'Thema’s en herregistratie' }).waitFor();
    await leader.getByTestId('progress-glance').waitFor();
    await leader.getByRole('button', { name: 'Wat als ik nog aanbod afrond?' }).click();
    await leader.getByTestId('what-if-offerings').waitFor();
    const registerNumber = (await leader.getByTestId('register-number').textContent())?.trim() ?? '';
    const due = calendarDate(isoOf((await leader.getByTestId('re-registration-due').textContent()) ?? ''));
    const requested = addMonths(due, 6);
    expect(await axeViolations(leader)).toEqual([]);

    // Wat als? with the first certified offering.
    await leader.getByTestId('what-if-offerings').getByRole('checkbox').first().check();
    await leader.getByRole('button', { name: 'Bereken' }).click();
    await leader.getByTestId('what-if-result').waitFor();

    await leader.getByRole('button', { name: 'Uitstel aanvragen' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Uitstel aanvragen' });
    await dialog.getByRole('combobox', { name: 'Reden' }).click();
    await leader.getByRole('option', { name: 'Gegronde reden (bijv. langdurige ziekte)' }).click();
    await dialog.getByLabel('Gevraagde nieuwe uiterste datum').fill(requested);
    await dialog.getByRole('textbox', { name: 'Motivering' }).fill('Langdurig ziek geweest; re-integratie loopt nog.');
    expect(await axeViolations(leader)).toEqual([]);
    await dialog.getByRole('button', { name: 'Uitstel aanvragen' }).click();
    await leader.getByText('Uw verzoek om uitstel is ingediend.').waitFor();
    await leader.getByTestId('my-deferral').filter({ hasText: 'In behandeling' }).waitFor();
    await leader.close();

    const staff = await rig.open('/medewerker/uitstel');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 1, name: 'Uitstelverzoeken' }).waitFor();
    const row = staff.getByTestId('deferral-request').filter({ hasText: registerNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(dutchDate(requested));
    expect(await axeViolations(staff)).toEqual([]);
    await row.getByRole('button', { name: /^Besluiten over het verzoek van / }).click();
    const decide = staff.getByRole('dialog', { name: 'Besluiten over uitstel' });
    await decide.getByRole('radio', { name: 'Toekennen', exact: true }).check();
    expect(await axeViolations(staff)).toEqual([]);
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await staff.getByText(/^Het besluit over het verzoek van .* is vastgelegd\.$/).waitFor();
    // The decided request leaves the list once it has been reloaded.
    await staff.getByTestId('deferral-request').filter({ hasText: registerNumber }).waitFor({ state: 'detached' });

    // The staff's leader page (with "Uitschrijven") passes axe too.
    await staff.getByRole('checkbox', { name: 'Ook besliste verzoeken tonen' }).check();
    await staff.getByTestId('deferral-request').filter({ hasText: registerNumber }).getByRole('link').click();
    await staff.getByRole('heading', { level: 2, name: 'Registratie' }).waitFor();
    expect(await staff.getByTestId('re-registration-due').textContent()).toBe(dutchDate(requested));
    await staff.getByRole('button', { name: 'Uitschrijven' }).click();
    await staff.getByRole('dialog', { name: 'Uitschrijven uit het register' }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    await staff.close();

    const again = await rig.open('/mijn-registratie');
    await logIn(again, 'schoolleider@demo.srpo.nl');
    await again.getByTestId('granted-due-date').waitFor();
    expect(await again.getByTestId('granted-due-date').textContent()).toContain(dutchDate(requested));
    expect(await again.getByTestId('re-registration-due').textContent()).toBe(dutchDate(requested));
    await again.close();
  });

  it('lets a provider record completions for an execution (pasted and CSV) and see the per-row report, passing axe', async () => {
    const search = await fetch(`${rig.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { searchRegister(status: [ACTIVE], first: 2) { edges { node { registerNumber } } } }' }),
    });
    const numbers = ((await search.json()) as { data: { searchRegister: { edges: { node: { registerNumber: string } }[] } } }).data.searchRegister.edges.map(
      (edge) => edge.node.registerNumber,
    );
    expect(numbers).toHaveLength(2);
    const yesterday = addDays(todayInAmsterdam(new Date()), -1);

    const page = await rig.open('/aanbieder');
    await logIn(page, 'aanbieder@demo.srpo.nl');
    const offerings = page.getByTestId('my-offerings');
    await offerings.waitFor();
    expect(await offerings.getByTestId('my-offering').filter({ hasText: 'Gecertificeerd' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await offerings.getByRole('link', { name: 'Persoonlijk leiderschap en regie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Persoonlijk leiderschap en regie' }).waitFor();
    await page.getByTestId('executions').waitFor();
    expect(await page.getByTestId('current-certification').textContent()).toMatch(/^Gecertificeerd van /);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('execution').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Deelnemers van Persoonlijk leiderschap en regie' }).waitFor();
    await page.getByText(/Er zijn nog geen deelnemers geregistreerd\.|Geregistreerde deelnemers/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const rows = `${numbers[0]};${yesterday}\n${numbers[1]};${yesterday}\nX0;${yesterday}`;
    await page.getByRole('textbox', { name: /Deelnemers: één per regel/ }).fill(rows);
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    await page.locator('[data-testid="completion-report"][data-dry-run="true"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    const report = page.locator('[data-testid="completion-report"][data-dry-run="false"]');
    await report.waitFor();
    expect(await report.getByTestId('report-row').count()).toBe(3);
    const last = report.getByTestId('report-row').nth(2);
    expect(await last.getAttribute('data-status')).toBe('REJECTED');
    expect(await last.textContent()).toContain('Dit registernummer is onbekend.');
    // The list is fetched again after the upload: wait for it rather than count at once.
    await page.getByTestId('completions').getByText(numbers[0]!, { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The same group again as CSV: nothing new, the two known ones are already recorded.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'deelnemers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`registernummer;datum\n${numbers[0]};${yesterday}\n${numbers[1]};${yesterday}\nX0;${yesterday}\n`),
    });
    await page.getByRole('button', { name: 'CSV controleren' }).click();
    await expect
      .poll(() => page.getByTestId('report-counts').textContent())
      .toBe('3 regels: 0 vast te leggen, 2 al eerder geregistreerd, 1 afgewezen.');
    // Nothing new to record, so nothing to confirm.
    expect(await page.getByRole('button', { name: 'Vastleggen' }).count()).toBe(0);
    await page.close();
  });

  it('lets a provider draft and submit an offering that staff then certify, passing axe', async () => {
    const provider = await rig.open('/aanbieder/aanbod/nieuw');
    await logIn(provider, 'aanbieder@demo.srpo.nl');
    await provider.getByRole('heading', { level: 1, name: 'Nieuw aanbod' }).waitFor();
    await provider.getByTestId('offering-claim').waitFor();
    await provider.getByLabel('Titel').fill('Leiding geven aan verschillen');
    await provider.getByLabel('Beschrijving').fill('Drie bijeenkomsten over inclusie.');
    await provider.getByLabel('Studiebelasting (uren)').fill('12');
    await provider.getByTestId('offering-claim').getByRole('checkbox', { name: /^5\. / }).first().check();
    expect(await axeViolations(provider)).toEqual([]);
    await provider.getByRole('button', { name: 'Opslaan' }).click();
    await provider.getByRole('button', { name: 'Indienen voor certificering' }).click();
    await provider.getByText('Het aanbod is ingediend voor certificering.').waitFor();
    await provider.close();

    const staff = await rig.open('/medewerker/certificering');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    const item = staff.getByTestId('offering-to-certify').filter({ hasText: 'Leiding geven aan verschillen' });
    await item.waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await item.getByRole('radio', { name: 'Certificeren' }).check();
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await staff.getByText('Het besluit over Leiding geven aan verschillen is vastgelegd.').waitFor();
    await staff.close();
  });

  it('refuses the staff workspace to a school leader', async () => {
    const page = await rig.open('/medewerker');
    await logIn(page, 'schoolleider@demo.srpo.nl');

    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(pathOf(page)).toBe('/medewerker');
    expect(await page.getByRole('main').getByRole('heading', { name: 'Registerbureau' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    // The demo seed gives the leader account the name of the registered leader it belongs to.
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    expect(await page.getByTestId('workspace-card').getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Schoolleider']);
    await page.close();
  });
});
