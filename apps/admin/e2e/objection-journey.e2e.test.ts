import { addYears, objectionDeadline, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dutchDate, logIn, logOut, usePortalRig } from './portal';

/** No sideways scrolling at a phone's width. */
async function expectNoOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('objection journey: a leader objects to a rejection, the committee upholds it, the application is decided again, in Chromium', () => {
  const rig = usePortalRig();

  /** Uploads a diploma to the application with the client's session. */
  async function upload(client: Awaited<ReturnType<typeof rig.signedIn>>, applicationId: string) {
    const response = await fetch(`${rig.api.url}/applications/${applicationId}/documents`, {
      method: 'POST',
      headers: { cookie: client.cookie(), 'content-type': 'application/pdf', 'x-file-name': 'diploma.pdf' },
      body: Buffer.from('%PDF-1.4\n%demo\n'),
    });
    if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  }

  const APP = 'id version status';

  it('reopens the application on an upheld objection and shows the leader the new decision; screen and dialogs pass axe and fit 360 px', async () => {
    const today = todayInAmsterdam(new Date());

    // Setup through the API: the applicant's application, rejected by the committee at today's meeting.
    const applicant = await rig.signedIn('aanvrager@demo.srpo.nl');
    const staffApi = await rig.signedIn('medewerker@demo.srpo.nl');
    const committeeApi = await rig.signedIn('commissie@demo.srpo.nl');
    const { createApplication: draft } = await applicant<{ createApplication: { id: string; version: number } }>(
      `mutation ($input: ApplicationInput!) { createApplication(kind: INITIAL, input: $input) { ${APP} } }`,
      {
        input: {
          leaderFunction: 'DIRECTOR',
          requestedTitle: 'RDO',
          qualificationRoute: 'CERTIFIED_PROGRAMME',
          claimedLevel: 'VAKBEKWAAM',
          evidenceDate: addYears(today, -1),
          institution: 'Schoolleidersopleiding Vakbekwaam, Academie voor Schoolleiders',
          certificationValidFrom: addYears(today, -3),
        },
      },
    );
    await upload(applicant, draft.id);
    const versionOf = async () =>
      (await staffApi<{ application: { version: number } }>(`query ($id: ID!) { application(id: $id) { version } }`, { id: draft.id })).application.version;
    await applicant(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${APP} } }`, { id: draft.id, v: await versionOf() });
    await staffApi(`mutation ($id: ID!, $v: Int!) { markApplicationComplete(id: $id, version: $v) { ${APP} } }`, { id: draft.id, v: await versionOf() });
    const { planCommitteeMeeting: meeting } = await staffApi<{ planCommitteeMeeting: { id: string } }>(
      `mutation ($d: Date!) { planCommitteeMeeting(meetingDate: $d, location: "Utrecht") { id } }`,
      { d: today },
    );
    const schedule = async () =>
      staffApi(`mutation ($id: ID!, $v: Int!, $m: ID!) { scheduleApplication(id: $id, version: $v, meetingId: $m) { ${APP} } }`, {
        id: draft.id,
        v: await versionOf(),
        m: meeting.id,
      });
    await schedule();
    await committeeApi(`mutation ($input: DecisionInput!) { decideApplication(input: $input) { id } }`, {
      input: { applicationId: draft.id, version: await versionOf(), outcome: 'REJECTED', reasons: 'Het diploma is niet van een gecertificeerde opleiding.' },
    });

    // 1. The leader objects to the rejection.
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'aanvrager@demo.srpo.nl');
    const application = leader.getByTestId('my-application');
    await application.getByRole('heading', { level: 3, name: 'Registratie: Afgewezen' }).waitFor();
    await application.getByRole('button', { name: 'Bezwaar maken' }).click();
    const fileDialog = leader.getByRole('dialog', { name: `Bezwaar tegen het besluit van ${dutchDate(today)}` });
    await fileDialog.getByText(`U kunt tot en met ${dutchDate(objectionDeadline(today))} bezwaar maken.`, { exact: false }).waitFor();
    await fileDialog.getByRole('button', { name: 'Bezwaar indienen' }).click();
    await fileDialog.getByText('minstens 10 tekens', { exact: false }).waitFor();
    await fileDialog.getByRole('textbox', { name: 'Gronden van het bezwaar' }).fill('De opleiding was gecertificeerd op de diplomadatum; zie het bijgevoegde diploma.');
    expect(await axeViolations(leader)).toEqual([]);
    await fileDialog.getByRole('button', { name: 'Bezwaar indienen' }).click();
    await application.getByText('Uw bezwaar is ingediend.', { exact: false }).waitFor();
    await fileDialog.waitFor({ state: 'hidden' });
    await application.getByText(`Bezwaar van ${dutchDate(today)}: in behandeling`).waitFor();
    await logOut(leader);

    // 2. The objections screen and its decide dialog at 360 px: no sideways scrolling, axe-clean.
    const phone = await rig.open('/commissie/bezwaren', { width: 360 });
    await logIn(phone, 'commissie@demo.srpo.nl');
    await phone.getByTestId('open-objection').waitFor();
    await expectNoOverflow(phone);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Beslissen' }).click();
    const phoneDialog = phone.getByRole('dialog');
    await phoneDialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await phoneDialog.getByText('Kies gegrond of ongegrond.').waitFor();
    await expectNoOverflow(phone);
    expect(await axeViolations(phone)).toEqual([]);
    await phoneDialog.getByRole('button', { name: 'Annuleren' }).click();
    await phoneDialog.waitFor({ state: 'detached' });
    await phone.close();

    // 3. The committee finds it on its objections screen (desktop) and upholds it.
    const committee = await rig.open('/commissie');
    await logIn(committee, 'commissie@demo.srpo.nl');
    await committee.getByRole('navigation', { name: 'Commissie' }).getByRole('link', { name: 'Bezwaren' }).click();
    await committee.getByTestId('open-objection-count').getByText('1 open bezwaar').waitFor();
    const objection = committee.getByTestId('open-objection');
    await objection.getByRole('heading', { level: 2, name: /^Aanvraag: / }).waitFor();
    const applicantName = ((await objection.getByRole('heading', { level: 2 }).textContent()) ?? '').replace('Aanvraag: ', '');
    expect(await objection.textContent()).toContain(`Besluit van ${dutchDate(today)}: afgewezen.`);
    expect(await committee.getByRole('button', { name: 'Certificering (0)' }).isVisible()).toBe(true);
    expect(await axeViolations(committee)).toEqual([]);
    await objection.getByRole('button', { name: 'Beslissen' }).click();
    const decideDialog = committee.getByRole('dialog', { name: /^Beslissen over het bezwaar van / });
    await decideDialog.getByText('De opleiding was gecertificeerd', { exact: false }).waitFor();
    expect(await decideDialog.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await axeViolations(committee)).toEqual([]);
    await decideDialog.getByRole('radio', { name: /^Gegrond/ }).check();
    await decideDialog.getByRole('textbox', { name: 'Motivering' }).fill('De opleiding stond op de diplomadatum in het register van gecertificeerde opleidingen.');
    await decideDialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await committee.getByText(/is gegrond verklaard\.$/).waitFor();
    await decideDialog.waitFor({ state: 'detached' });
    await committee.getByText('Er zijn geen bezwaren om over te beslissen.').waitFor();
    await committee.getByTestId('open-objection-count').getByText('0 open bezwaren').waitFor();

    // 4. The application is reopened: complete again, no decision standing.
    await leader.goto(`${rig.portal.url}/mijn-registratie`);
    await logIn(leader, 'aanvrager@demo.srpo.nl');
    await application.getByRole('heading', { level: 3, name: 'Registratie: Compleet' }).waitFor();
    expect(await application.getByTestId('decision').count()).toBe(0);

    // 5. Staff place it on today's meeting again; the committee decides again on the agenda.
    await schedule();
    await committee.getByRole('navigation', { name: 'Commissie' }).getByRole('link', { name: 'Vergaderingen' }).click();
    await committee.getByRole('link', { name: dutchDate(today) }).click();
    await committee.getByRole('heading', { level: 1, name: `Agenda van ${dutchDate(today)}` }).waitFor();
    const item = committee.getByTestId('agenda-item').filter({ hasText: applicantName });
    await item.getByRole('radio', { name: 'Goedkeuren' }).check();
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByTestId('decision').waitFor();
    expect(await item.getByTestId('decision').textContent()).toContain('Goedgekeurd');

    // 6. The leader sees the new decision, with a new objection period.
    await leader.reload();
    await application.getByRole('heading', { level: 3, name: 'Registratie: Goedgekeurd' }).waitFor();
    const decision = application.getByTestId('decision');
    expect(await decision.textContent()).toContain('Goedgekeurd');
    expect(await decision.textContent()).not.toContain('Bezwaar van');
    await application.getByRole('button', { name: 'Bezwaar maken' }).waitFor();
    await leader.close();

    await committee.close();
  });
});
