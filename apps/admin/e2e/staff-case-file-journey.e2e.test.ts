import { addMonths, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, fitsPhone, logIn, usePortalRig } from './portal';

describe('staff case file journey: find a leader, read the case file, weigh earlier deferrals, evidence and mail, in Chromium', () => {
  const rig = usePortalRig();

  async function wide(page: Page): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('shows the work to do, finds the leader by name and opens a whole case file; the dialogs warn and explain', async () => {
    const today = todayInAmsterdam(new Date());
    // The start-up run of the daily job (reminders for the demo's old-register leaders) ends first, so this test's mail is the newest in the outbox.
    await expect.poll(async () => (await rig.api.sql('SELECT 1 FROM daily_job_run')).length, { timeout: 60_000 }).toBeGreaterThan(0);

    // Setup through the API: the demo leader asks for deferral twice (the first granted); a new leader submits without evidence.
    const leaderApi = await rig.signedIn('schoolleider@demo.srpo.nl');
    const staffApi = await rig.signedIn('medewerker@demo.srpo.nl');
    const { myProfile } = await leaderApi<{ myProfile: { displayName: string; registerNumber: string; registration: { reRegistrationDue: string } } }>(
      `{ myProfile { displayName registerNumber registration { reRegistrationDue } } }`,
    );
    const name = myProfile.displayName;
    const due = myProfile.registration.reRegistrationDue as CalendarDate;
    const ask = (months: number) =>
      leaderApi<{ requestDeferral: { id: string; version: number } }>(
        `mutation ($date: Date!) { requestDeferral(kind: RE_REGISTRATION, reason: GROUNDED_REASON, requestedDueDate: $date, motivation: "Langdurig ziek.") { id version } }`,
        { date: addMonths(due, months) },
      );
    const first = (await ask(6)).requestDeferral;
    await staffApi(`mutation ($id: ID!, $v: Int!, $date: Date) { decideDeferral(id: $id, version: $v, outcome: GRANTED, newDueDate: $date) { id } }`, {
      id: first.id,
      v: first.version,
      date: addMonths(due, 6),
    });
    await ask(12);
    const applicant = await rig.signedIn('aanvrager@demo.srpo.nl');
    const { createApplication } = await applicant<{ createApplication: { id: string; version: number } }>(
      `mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { id version } }`,
      {
        input: {
          leaderFunction: 'DIRECTOR',
          requestedTitle: 'RDO',
          qualificationRoute: 'CERTIFIED_PROGRAMME',
          claimedLevel: 'VAKBEKWAAM',
          evidenceDate: addMonths(today, -12),
          institution: 'Academie voor Schoolleiders',
          certificationValidFrom: addMonths(today, -36),
        },
      },
    );
    await applicant(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { id } }`, { id: createApplication.id, v: createApplication.version });

    // 1. The start page: the work per queue, with Dutch plurals, each a link to its queue.
    const page = await rig.open('/');
    await logIn(page, 'medewerker@demo.srpo.nl');
    await page.getByRole('heading', { level: 2, name: 'Werk te doen' }).waitFor();
    const work = page.getByTestId('staff-work');
    await work.getByRole('link', { name: /te controleren/ }).first().waitFor();
    expect(await work.getByRole('link', { name: '1 verzoek om uitstel' }).count()).toBe(1);
    expect(await work.getByRole('link', { name: /e-mails? in de uitgaande post/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);

    // 2. Find the leader by name: the result count gets focus, the result opens the case file.
    await page.getByRole('link', { name: 'Schoolleider zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schoolleiders' }).waitFor();
    await page.getByRole('textbox', { name: 'Naam, registernummer of e-mailadres' }).fill(name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // The unfiltered list shows a count too: the search's answer is the one that gets the focus.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'leader-search-count');
    expect(await page.getByTestId('leader-search-count').textContent()).toMatch(/^\d+ schoolleiders? gevonden$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);
    // Namesakes are told apart by their register number.
    const result = page.getByTestId('leader-search-results').getByRole('listitem').filter({ hasText: `Registernummer ${myProfile.registerNumber}` });
    await result.getByRole('link', { name }).click();

    // 3. The case file: registration at a glance, then progress, applications, deferrals, letters and audit trail.
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const tabs = page.getByRole('tablist', { name: 'Dossier van de schoolleider' });
    await page.getByTestId('case-file-panel-overview').getByRole('heading', { name: 'Registratie' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);

    await tabs.getByRole('tab', { name: 'Voortgang' }).click();
    await page.getByTestId('case-file-evaluation').waitFor();
    expect(await page.getByTestId('theme-tiles').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await tabs.getByRole('tab', { name: 'Aanvragen' }).click();
    await page.getByTestId('case-file-panel-applications').getByRole('heading', { level: 2, name: 'Aanvragen' }).waitFor();

    await tabs.getByRole('tab', { name: 'Uitstel' }).click();
    await page.getByTestId('case-file-deferral').first().waitFor();
    expect(await page.getByTestId('case-file-deferral').count()).toBe(2);
    expect(await page.getByTestId('case-file-deferral').first().getAttribute('data-status')).toBe('REQUESTED');
    expect(await axeViolations(page)).toEqual([]);

    await tabs.getByRole('tab', { name: 'Brieven' }).click();
    await page.getByTestId('case-file-letters').getByRole('link', { name: /Uw verzoek om uitstel is toegekend/ }).waitFor();

    await tabs.getByRole('tab', { name: 'Logboek' }).click();
    const audit = page.getByTestId('case-file-audit');
    await audit.getByText(/Uitstelverzoek – Toegekend \(/).waitFor();
    expect(await audit.getByText(/Uitstelverzoek – Aangevraagd/).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);

    // "Geschiedenis" opens the audit trail narrowed to the leader's whole case, each change in words.
    await page.getByTestId('leader-history').click();
    await page.getByTestId('audit-leader-case').getByRole('link', { name: `Dossier van ${name}: de schoolleider en al zijn of haar gegevens` }).waitFor();
    const entries = page.getByTestId('audit-entries');
    await entries.getByRole('heading', { level: 3, name: 'Uitstelverzoek: Toegekend' }).waitFor();
    expect(await entries.getByRole('heading', { level: 3, name: 'Uitstelverzoek: Aangevraagd' }).count()).toBe(2);
    // Narrowed further in the form: only the deferral requests of the case stay, and stay put (the address is the filter).
    await choose(page, 'Soort gegeven', 'Uitstelverzoek');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/soort=deferral_request/);
    const headings = () => entries.getByRole('heading', { level: 3 }).allInnerTexts();
    await expect.poll(async () => (await headings()).every((text) => text.startsWith('Uitstelverzoek: '))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect((await headings()).every((text) => text.startsWith('Uitstelverzoek: '))).toBe(true);
    expect(await headings()).toContain('Uitstelverzoek: Toegekend');
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);

    // 4. The deferral dialog shows the earlier deferral, warns, and says what the rules allow.
    await page.goto(`${rig.portal.url}/medewerker/uitstel`);
    await page.getByRole('button', { name: `Besluiten over het verzoek van ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('deferral-warning').getByText('Let op: deze schoolleider kreeg al 1 keer uitstel.').waitFor();
    expect(await dialog.getByTestId('earlier-deferral').count()).toBe(1);
    expect(await dialog.getByTestId('deferral-check').getAttribute('data-allowed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();

    // 5. An application without evidence cannot be marked complete; why is said beside the disabled button.
    await page.goto(`${rig.portal.url}/medewerker/aanvragen/${createApplication.id}`);
    await page.getByTestId('complete-blocked').waitFor();
    expect(await page.getByRole('button', { name: 'Compleet' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('evidence-checklist').textContent()).toContain('ontbreekt');
    expect(await page.getByTestId('verdict').getAttribute('data-eligible')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await wide(page);

    // 6. The outbox: why mail waits, and the message itself.
    await page.goto(`${rig.portal.url}/medewerker/uitgaande-post`);
    await page.getByText('Geen SMTP ingesteld: blijft in de uitgaande post.').first().waitFor();
    await page.getByRole('button', { name: /Bericht tonen: Uw verzoek om uitstel is toegekend/ }).click();
    const message = page.getByRole('dialog');
    expect(await message.getByTestId('outbox-body').textContent()).toMatch(/uitstel/);
    expect(await message.getByTestId('outbox-reason').textContent()).toBe('Geen SMTP ingesteld: blijft in de uitgaande post.');
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await page.close();
  });
});
