import { addMonths, addYears, calendarDate, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { choose, dutchDate, logIn, logOut, usePortalRig } from './portal';

/** The themes the offering claims whole (none of 1 and 2 has subthemes), and their public names. */
const CLAIMED_THEMES = [
  { code: '1', name: 'Persoonlijk leiderschap' },
  { code: '2', name: 'Regie & strategie' },
  { code: '3', name: 'In relatie staan tot de omgeving' },
] as const;

interface PublicEntry {
  registerNumber: string;
  status: string;
  reRegistrationDue: string | null;
  completedThemes: { theme: { code: string } }[];
}

describe('provider journey: certified offering, participants, themes and re-registration in Chromium', () => {
  const rig = usePortalRig({ withRegister: true });

  async function publicEntry(registerNumber: string): Promise<PublicEntry | null> {
    const data = await rig.graphql<{ publicRegistration: PublicEntry | null }>(
      `query ($registerNumber: String!) { publicRegistration(registerNumber: $registerNumber) { registerNumber status reRegistrationDue completedThemes { theme { code } } } }`,
      { registerNumber },
    );
    return data.publicRegistration;
  }

  /** ACTIVE, due more than six months from today, and none of the claimed themes credited yet. */
  function qualifies(entry: PublicEntry | null, today: CalendarDate): entry is PublicEntry & { reRegistrationDue: string } {
    if (!entry || entry.status !== 'ACTIVE' || !entry.reRegistrationDue) return false;
    if (calendarDate(entry.reRegistrationDue) <= addMonths(today, 6)) return false;
    const codes: readonly string[] = CLAIMED_THEMES.map((theme) => theme.code);
    return !entry.completedThemes.some((completion) => codes.includes(completion.theme.code));
  }

  it('credits three participants with the certified themes and re-registers the demo leader on three themes', async () => {
    const today = todayInAmsterdam(new Date());
    const title = `Leiderschap, regie en omgeving ${Date.now()}`;

    // 0. The demo leader's register number, and whether it qualifies for this journey.
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'schoolleider@demo.srpo.nl');
    await leader.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    const leaderNumber = (await leader.getByTestId('register-number').first().textContent())?.trim() ?? '';
    expect(leaderNumber).toMatch(/^\d+$/);
    const leaderEntry = await publicEntry(leaderNumber);
    const leaderQualifies = qualifies(leaderEntry, today);
    const previousDue = leaderQualifies ? calendarDate(leaderEntry.reRegistrationDue) : null;

    // Participants: the demo leader (when it qualifies) and other ACTIVE leaders that qualify.
    const search = await rig.graphql<{ searchRegister: { edges: { node: { registerNumber: string } }[] } }>(
      `query { searchRegister(status: [ACTIVE], first: 100) { edges { node { registerNumber } } } }`,
    );
    const participants = leaderQualifies ? [leaderNumber] : [];
    for (const { node } of search.searchRegister.edges) {
      if (participants.length === 3) break;
      if (node.registerNumber === leaderNumber) continue;
      if (qualifies(await publicEntry(node.registerNumber), today)) participants.push(node.registerNumber);
    }
    expect(participants).toHaveLength(3);

    // 1. The provider claims three whole themes and subtheme 4.1, and submits the offering.
    const provider = await rig.open('/aanbieder/aanbod/nieuw');
    await logIn(provider, 'aanbieder@demo.srpo.nl');
    await provider.getByRole('heading', { level: 1, name: 'Nieuw aanbod' }).waitFor();
    const claim = provider.getByTestId('offering-claim');
    await claim.waitFor();
    await provider.getByLabel('Titel').fill(title);
    await provider.getByLabel('Beschrijving').fill('Vier bijeenkomsten over persoonlijk leiderschap, regie en de omgeving van de school.');
    await provider.getByLabel('Studiebelasting (uren)').fill('24');
    for (const theme of CLAIMED_THEMES) await claim.getByRole('checkbox', { name: new RegExp(`^${theme.code}\\. `) }).first().check();
    await claim.getByRole('checkbox', { name: /^4\.1 / }).check();
    await provider.getByRole('button', { name: 'Opslaan' }).click();
    await provider.getByRole('button', { name: 'Indienen voor certificering' }).click();
    await provider.getByText('Het aanbod is ingediend voor certificering.').waitFor();

    // 2. Staff choose to certify, for the whole claim (the scope starts from the claim).
    const staffCertify = await rig.open('/medewerker/certificering');
    await logIn(staffCertify, 'medewerker@demo.srpo.nl');
    const toCertify = staffCertify.getByTestId('offering-to-certify').filter({ hasText: title });
    await toCertify.waitFor();
    // Nothing is preselected: deciding without a choice is refused in the form, not certified.
    expect(await toCertify.getByRole('radio', { name: 'Certificeren' }).isChecked()).toBe(false);
    await toCertify.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await toCertify.getByText('Kies: certificeren of afwijzen.').waitFor();
    expect(await axeViolations(staffCertify)).toEqual([]);
    await toCertify.getByRole('radio', { name: 'Certificeren' }).check();
    for (const theme of CLAIMED_THEMES) expect(await toCertify.getByRole('checkbox', { name: new RegExp(`^${theme.code}\\. `) }).first().isChecked()).toBe(true);
    expect(await toCertify.getByRole('checkbox', { name: /^4\.1 / }).isChecked()).toBe(true);
    await toCertify.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await staffCertify.getByText(`Het besluit over ${title} is vastgelegd.`).waitFor();
    await staffCertify.close();

    // 3. The provider publishes an execution for today and records the three participants in one pasted-rows action.
    await provider.goto(`${rig.portal.url}/aanbieder`);
    await provider.getByTestId('my-offerings').getByRole('link', { name: title }).click();
    await provider.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await provider.getByTestId('current-certification').textContent()).toMatch(/^Gecertificeerd van /);
    await provider.getByLabel('Begindatum').fill(today);
    await provider.getByLabel('Einddatum').fill(today);
    await provider.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Utrecht');
    await provider.getByRole('button', { name: 'Uitvoering publiceren' }).click();
    await provider.getByText('De uitvoering is gepubliceerd.').waitFor();
    await provider.getByTestId('execution').first().getByRole('link').click();
    await provider.getByRole('heading', { level: 1, name: `Deelnemers van ${title}` }).waitFor();
    await provider.getByRole('textbox', { name: /Deelnemers: één per regel/ }).fill(participants.map((number) => `${number};${today}`).join('\n'));
    await provider.getByRole('button', { name: 'Controleren', exact: true }).click();
    // The check names whom each number credits before anything is recorded.
    await provider.locator('[data-testid="completion-report"][data-dry-run="true"]').waitFor();
    expect(await provider.getByTestId('report-counts').textContent()).toBe('3 regels: 3 vast te leggen, 0 al eerder geregistreerd, 0 afgewezen.');
    expect(await provider.getByTestId('report-leader').count()).toBe(3);
    await provider.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await provider.locator('[data-testid="completion-report"][data-dry-run="false"]').waitFor();
    expect(await provider.getByTestId('report-counts').textContent()).toBe('3 regels: 3 geregistreerd, 0 al eerder geregistreerd, 0 afgewezen.');
    await provider.close();

    // 4. Each participant's public entry shows the certified themes as completed.
    for (const number of participants) {
      const entry = await rig.open(`/register/${number}`, { app: 'register' });
      const themes = entry.getByTestId('completed-themes');
      await themes.waitFor();
      const text = (await themes.textContent()) ?? '';
      for (const theme of CLAIMED_THEMES) expect(text).toContain(theme.name);
      await entry.close();
    }

    if (!leaderQualifies || !previousDue) {
      // The demo leader's own progress and re-registration need it to qualify (ACTIVE, due > 6 months, themes open).
      await leader.close();
      throw new Error(`The demo leader ${leaderNumber} does not qualify (${JSON.stringify(leaderEntry)}); the portal part was not run.`);
    }

    // 5. The demo leader's portal shows the three themes completed.
    await leader.reload();
    const progress = leader.getByTestId('theme-tiles');
    await progress.waitFor();
    for (const theme of CLAIMED_THEMES) {
      const row = progress.getByTestId('theme-tile').filter({ hasText: `${theme.code}. ${theme.name}` });
      expect(await row.getAttribute('data-theme-state')).toBe('completed');
    }

    // 6. The leader applies for re-registration on three themes.
    await leader.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await leader.getByRole('radio', { name: 'Herregistratie' }).check();
    await choose(leader, 'Route voor herregistratie', 'Drie thema’s afgerond');
    await leader.getByTestId('re-registration-themes').getByText('Afgerond in deze periode: 3 van de 3 thema’s.').waitFor();
    expect(await axeViolations(leader)).toEqual([]);
    await leader.getByRole('button', { name: 'Indienen' }).click();
    await leader.getByText('Uw aanvraag is ingediend.', { exact: false }).waitFor();
    await logOut(leader);
    await leader.close();

    // 7. Staff: complete, plan a meeting for today, schedule the application on it.
    const staff = await rig.open('/medewerker');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 2, name: 'Aanvragen' }).waitFor();
    await staff.getByTestId('status-filter').getByRole('button', { name: /^Ingediend/ }).click();
    await staff.getByRole('row').filter({ hasText: leaderNumber }).filter({ hasText: 'Herregistratie' }).getByRole('link').first().click();
    await staff.getByRole('heading', { level: 1, name: /^Aanvraag van / }).waitFor();
    const applicationPath = new URL(staff.url()).pathname;
    await staff.getByRole('button', { name: 'Compleet' }).click();
    await staff.getByRole('button', { name: 'Agenderen' }).waitFor();

    await staff.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Registerbureau' }).click();
    await staff.getByRole('navigation', { name: 'Registerbureau' }).getByRole('link', { name: 'Vergaderingen' }).click();
    const meetings = staff.getByTestId('meetings');
    await meetings.waitFor();
    const location = 'Utrecht, registerbureau';
    if ((await meetings.getByText(dutchDate(today)).count()) === 0) {
      await staff.getByLabel('Datum').fill(today);
      await staff.getByLabel('Locatie').fill(location);
      await staff.getByRole('button', { name: 'Vergadering plannen' }).click();
      await staff.getByText(`De vergadering van ${dutchDate(today)} is gepland.`).waitFor();
    }

    await staff.goto(`${rig.portal.url}${applicationPath}`);
    await staff.getByRole('button', { name: 'Agenderen' }).click();
    await staff.getByRole('combobox', { name: 'Vergadering' }).click();
    await staff.getByRole('option', { name: new RegExp(`^${dutchDate(today)}`) }).first().click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Agenderen' }).click();
    await staff.getByRole('dialog').waitFor({ state: 'detached' });
    await staff.getByText('Geagendeerd', { exact: true }).waitFor();
    await logOut(staff);
    await staff.close();

    // 8. The committee approves on today's meeting.
    const committee = await rig.open('/commissie');
    await logIn(committee, 'commissie@demo.srpo.nl');
    await committee.getByRole('link', { name: dutchDate(today) }).first().click();
    await committee.getByRole('heading', { level: 1, name: `Agenda van ${dutchDate(today)}` }).waitFor();
    const item = committee.getByTestId('agenda-item').filter({ hasText: leaderNumber });
    await item.getByRole('radio', { name: 'Goedkeuren' }).check();
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByTestId('decision').waitFor();
    expect(await item.getByTestId('decision').textContent()).toContain('Goedgekeurd');
    await logOut(committee);
    await committee.close();

    // 9. The public entry: the next re-registration is due four years after the previous due date.
    const entry = await rig.open(`/register/${leaderNumber}`, { app: 'register' });
    const facts = entry.locator('dl');
    const due = facts.locator('dt', { hasText: 'Herregistratie uiterlijk' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => due.textContent()).toBe(dutchDate(addYears(previousDue, 4)));
    await entry.close();
  });
});
