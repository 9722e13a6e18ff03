import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { fitsPhone, logIn, logOut, usePortalRig } from './portal';

const EMAIL = 'nieuwe.leider@school.nl';
const PASSWORD = 'paarse olifant fietst naar Zwolle';
const NEW_PASSWORD = 'zeven zingende zeehonden op het ijs';

describe('self-service accounts in Chromium', () => {
  const rig = usePortalRig();

  /** The token of the portal link `page` in the newest e-mail to `address` (read from the outbox). */
  async function linkFromOutbox(address: string, page: string): Promise<string> {
    const mails = await rig.api.emailsTo(address);
    const token = new RegExp(`${page}#token=([\\w-]+)`).exec(mails.at(-1) ?? '')?.[1];
    if (!token) throw new Error(`no ${page} link in the e-mail to ${address}`);
    return `${page}#token=${token}`;
  }

  it('enrols, confirms the address, signs in, and sets a new password after forgetting it', async () => {
    const page = await rig.open('/inloggen');
    await page.getByRole('link', { name: 'Nog geen account? Account aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account aanmaken' }).waitFor();

    // Left empty: every problem is named at once, next to its field and in the summary.
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('alert').getByText('Kies het bestuur waarvoor u werkt.').waitFor();
    expect(await page.getByText('Vul uw achternaam in.').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Voornaam').fill('Noor');
    await page.getByLabel('Tussenvoegsel').fill('van');
    await page.getByLabel('Achternaam').fill('Dalen');
    await page.getByRole('radio', { name: 'Directeur', exact: true }).check();
    await page.getByRole('combobox', { name: 'Bestuur' }).fill('Amsterdam');
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: 'School' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(EMAIL);
    await page.locator('#enrol-password').fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    expect(await fitsPhone(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('status').getByText(`Wij hebben een e-mail gestuurd naar ${EMAIL}`).waitFor();

    // Before confirming, signing in is refused with a clear reason.
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await logIn(page, EMAIL, PASSWORD);
    await page.getByText('Uw e-mailadres is nog niet bevestigd.').waitFor();

    await page.goto(`${rig.portal.url}${await linkFromOutbox(EMAIL, '/account-bevestigen')}`);
    await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
    await page.getByRole('status').getByText('Uw e-mailadres is bevestigd').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await logIn(page, EMAIL, PASSWORD);
    await page.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    await page.getByText('U hebt nog geen aanvragen.').waitFor();
    await logOut(page);

    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(EMAIL);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByRole('status').getByText(`Als er een account is met het e-mailadres ${EMAIL}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const resetLink = `${rig.portal.url}${await linkFromOutbox(EMAIL, '/wachtwoord-herstellen')}`;
    await page.goto(resetLink);
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
    expect(await fitsPhone(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByRole('status').getByText('Uw nieuwe wachtwoord is ingesteld.').waitFor();

    // The link works once (opened anew, as from the e-mail: the same URL with only a fragment would not reload).
    await page.goto('about:blank');
    await page.goto(resetLink);
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByRole('alert').getByText('Deze link is al gebruikt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Een nieuwe link aanvragen' }).waitFor();
    await page.goto(`${rig.portal.url}/inloggen`);
    await logIn(page, EMAIL, NEW_PASSWORD);
    await page.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    await page.close();
  });
});
