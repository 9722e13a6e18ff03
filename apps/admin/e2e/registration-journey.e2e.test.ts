import { addMonths, addYears, calendarDate, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { choose, dutchDate, logIn, logOut, usePortalRig } from './portal';

describe('registration journey: portal and public register in Chromium', () => {
  const rig = usePortalRig({ withRegister: true });

  it('takes an applicant from application to a public RDO registration, due four years after today', async () => {
    const today = todayInAmsterdam(new Date());

    // 1. The applicant (enrolled, not registered) applies for RDO as director via a certified vakbekwaam programme.
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'aanvrager@demo.srpo.nl');
    await leader.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    const registerNumber = (await leader.getByTestId('register-number').first().textContent())?.trim() ?? '';
    expect(registerNumber).toMatch(/^\d+$/);
    await leader.getByText('U hebt nog geen aanvragen.').waitFor();
    await leader.getByRole('checkbox', { name: '1. Persoonlijk leiderschap' }).waitFor();
    expect(await axeViolations(leader)).toEqual([]);

    await leader.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await choose(leader, 'Functie', 'Directeur');
    await choose(leader, 'Kwalificatieroute', 'Gecertificeerde schoolleidersopleiding');
    await choose(leader, 'Niveau van de opleiding', 'vakbekwaam');
    await leader.getByLabel('Opleiding en instelling').fill('Schoolleidersopleiding Vakbekwaam, Academie voor Schoolleiders');
    await leader.getByLabel('Certificering van de opleiding geldig vanaf').fill(addYears(today, -3));
    await leader.getByLabel('Diplomadatum').fill(addYears(today, -1));
    expect(await axeViolations(leader)).toEqual([]);

    // Saved as a draft first, so a diploma can go with it.
    await leader.getByRole('button', { name: 'Opslaan als concept' }).click();
    await leader.getByText('Het concept is opgeslagen.').waitFor();
    expect(new URL(leader.url()).pathname).toMatch(/^\/mijn-registratie\/aanvragen\/[0-9a-f-]{36}$/);
    await leader.getByLabel('Bestand').setInputFiles({ name: 'diploma vakbekwaam.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%demo\n') });
    await leader.getByRole('button', { name: 'Bestand toevoegen' }).click();
    await leader.getByText('diploma vakbekwaam.pdf is toegevoegd.').waitFor();
    const documentLink = leader.getByTestId('documents').getByRole('link', { name: /diploma vakbekwaam\.pdf/ });
    expect(await documentLink.getAttribute('href')).toMatch(/^\/documents\//);
    expect(await documentLink.getAttribute('download')).toBe('');

    await leader.getByRole('button', { name: 'Indienen' }).click();
    await leader.getByText('Uw aanvraag is ingediend.', { exact: false }).waitFor();
    expect(new URL(leader.url()).pathname).toBe('/mijn-registratie');
    await leader.getByRole('heading', { level: 3, name: 'Registratie: Ingediend' }).waitFor();
    await logOut(leader);
    await leader.close();

    // 2. Staff: complete, plan a meeting for today, schedule the application on it.
    const staff = await rig.open('/medewerker');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 2, name: 'Aanvragen' }).waitFor();
    await staff.getByTestId('status-filter').getByRole('button', { name: /^Ingediend/ }).click();
    const row = staff.getByRole('row').filter({ hasText: registerNumber });
    await row.getByRole('link').click();
    await staff.getByRole('heading', { level: 1, name: /^Aanvraag van / }).waitFor();
    expect(await staff.getByTestId('documents').getByRole('link').count()).toBe(1);
    expect(await axeViolations(staff)).toEqual([]);
    const applicationPath = new URL(staff.url()).pathname;

    await staff.getByRole('button', { name: 'Compleet' }).click();
    await staff.getByRole('button', { name: 'Agenderen' }).waitFor();
    expect(await staff.getByTestId('staff-actions').getByRole('button').allTextContents()).toEqual(['Terugsturen voor informatie', 'Agenderen']);

    await staff.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Registerbureau' }).click();
    await staff.getByRole('navigation', { name: 'Registerbureau' }).getByRole('link', { name: 'Vergaderingen' }).click();
    await staff.getByTestId('meetings').waitFor();
    await staff.getByLabel('Datum').fill(today);
    await staff.getByLabel('Locatie').fill('Utrecht, registerbureau');
    await staff.getByRole('button', { name: 'Vergadering plannen' }).click();
    await staff.getByText(`De vergadering van ${dutchDate(today)} is gepland.`).waitFor();
    expect(await axeViolations(staff)).toEqual([]);

    await staff.goto(`${rig.portal.url}${applicationPath}`);
    await staff.getByRole('button', { name: 'Agenderen' }).click();
    await choose(staff, 'Vergadering', `${dutchDate(today)}, Utrecht, registerbureau`);
    await staff.getByRole('dialog').getByRole('button', { name: 'Agenderen' }).click();
    await staff.getByRole('dialog').waitFor({ state: 'detached' });
    await staff.getByText('Geagendeerd', { exact: true }).waitFor();
    await logOut(staff);
    await staff.close();

    // 3. The committee opens today's meeting and approves.
    const committee = await rig.open('/commissie');
    await logIn(committee, 'commissie@demo.srpo.nl');
    await committee.getByRole('link', { name: dutchDate(today) }).click();
    await committee.getByRole('heading', { level: 1, name: `Agenda van ${dutchDate(today)}` }).waitFor();
    const item = committee.getByTestId('agenda-item').filter({ hasText: registerNumber });
    await item.getByRole('radio', { name: 'Goedkeuren' }).check();
    expect(await axeViolations(committee)).toEqual([]);
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByTestId('decision').waitFor();
    expect(await item.getByTestId('decision').textContent()).toContain('Goedgekeurd');
    await logOut(committee);
    await committee.close();

    // 4. The public register shows the new registration.
    const entry = await rig.open(`/register/${registerNumber}`, { app: 'register' });
    const status = entry.getByTestId('entry-status');
    await status.waitFor();
    expect(await status.locator('[data-status]').textContent()).toBe('Geregistreerd');
    const facts = entry.locator('dl');
    expect(await facts.getByText('RDO (Registerdirecteur Onderwijs)').isVisible()).toBe(true);
    const due = dutchDate(addYears(today, 4));
    expect(await facts.locator('dt', { hasText: 'Herregistratie uiterlijk' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe(due);
    await entry.close();
  });

  it('shows a CONDITIONAL entry as "Onder voorwaarden" on its due date, and does not present its expiry six months later (after today) as fact', async () => {
    const data = await rig.graphql<{ searchRegister: { edges: { node: { registerNumber: string; reRegistrationDue: string | null } }[] } }>(
      `query { searchRegister(status: [CONDITIONAL], first: 1) { edges { node { registerNumber reRegistrationDue } } } }`,
    );
    const subject = data.searchRegister.edges[0]?.node;
    if (!subject?.reRegistrationDue) throw new Error('The demo register has no CONDITIONAL entry with a due date.');
    const due = calendarDate(subject.reRegistrationDue);

    const page = await rig.open(`/register/${subject.registerNumber}?peildatum=${due}`, { app: 'register' });
    await page.getByTestId('entry-status').waitFor();
    expect(await page.getByTestId('entry-status').locator('[data-status]').textContent()).toBe('Onder voorwaarden');

    // Still conditional today, so six months after the due date lies ahead: refused, today's entry shown.
    const sixMonthsOn = addMonths(due, 6);
    expect(sixMonthsOn > todayInAmsterdam(new Date())).toBe(true);
    await page.goto(`${rig.register.url}/register/${subject.registerNumber}?peildatum=${sixMonthsOn}`);
    await page.getByText(/ligt na vandaag/).waitFor();
    expect(await page.getByTestId('entry-status').locator('[data-status]').textContent()).toBe('Onder voorwaarden');
    expect(await page.getByText(/zoals die was op/).count()).toBe(0);
    await page.close();
  });
});
