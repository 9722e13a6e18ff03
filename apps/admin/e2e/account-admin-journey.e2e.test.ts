import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/routes';
import { fitsPhone, logIn, usePortalRig } from './portal';

describe('account administration in Chromium: staff add a provider, an account for it, and deactivate an account', () => {
  const rig = usePortalRig();

  it('creates a provider and an account linked to it, deactivates an account after confirmation, and that person cannot sign in (axe on pages and dialogs, 360 px)', async () => {
    const page = await rig.open(paths.login);
    await logIn(page, 'medewerker@demo.srpo.nl');
    await page.waitForURL((url) => url.pathname !== paths.login);
    // Staff land on the sector dashboard; the office's own navigation is on its workspace.
    await page.goto(`${rig.portal.url}${paths.staff}`);
    const nav = page.getByRole('navigation', { name: 'Registerbureau' });

    // A provider.
    await nav.getByRole('link', { name: 'Aanbieders' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aanbieders' }).waitFor();
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    const providerForm = page.getByRole('dialog', { name: 'Aanbieder toevoegen' });
    await providerForm.getByRole('textbox', { name: 'Naam' }).fill('Academie Leiderschap Noord');
    await providerForm.getByRole('textbox', { name: 'KvK-nummer (acht cijfers)' }).fill('7654321');
    await providerForm.getByRole('textbox', { name: 'E-mailadres voor contact' }).fill('info@leiderschapnoord.nl');
    await providerForm.getByRole('button', { name: 'Aanmaken' }).click();
    await providerForm.getByRole('alert').getByText('Een KvK-nummer bestaat uit acht cijfers.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await providerForm.getByRole('textbox', { name: 'KvK-nummer (acht cijfers)' }).fill('87654321');
    await providerForm.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByText('De aanbieder Academie Leiderschap Noord is toegevoegd.').waitFor();
    await page.getByRole('grid', { name: 'Aanbieders' }).getByText('Academie Leiderschap Noord').waitFor();

    // An account for it: the provider is picked by typing part of its name.
    await nav.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const accountForm = page.getByRole('dialog', { name: 'Account aanmaken' });
    await accountForm.getByRole('textbox', { name: 'E-mailadres' }).fill('j.visser@leiderschapnoord.nl');
    await accountForm.getByRole('textbox', { name: 'Naam' }).fill('Joris Visser');
    await accountForm.getByRole('checkbox', { name: 'Aanbieder' }).check();
    await accountForm.getByRole('combobox', { name: 'Aanbieder' }).fill('leiderschap noord');
    await page.getByRole('option', { name: 'Academie Leiderschap Noord' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await accountForm.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByText('Het account van Joris Visser is aangemaakt.', { exact: false }).waitFor();
    await page.getByRole('search').getByRole('textbox', { name: 'Zoek op naam of e-mailadres' }).fill('visser');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByTestId('account-search-count').getByText('1 account gevonden').waitFor();
    const grid = page.getByRole('grid', { name: 'Accounts' });
    await grid.getByText('Aanbieder Academie Leiderschap Noord').waitFor();

    // Deactivate the demo assessor, after confirmation; then that person cannot sign in.
    await page.getByRole('search').getByRole('textbox', { name: 'Zoek op naam of e-mailadres' }).fill('beoordelaar@demo.srpo.nl');
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: 'Assessor Demo deactiveren' }).click();
    const confirm = page.getByRole('dialog', { name: 'Account deactiveren?' });
    await confirm.getByText(/kan daarna niet meer inloggen/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('Het account van Assessor Demo is gedeactiveerd.').waitFor();
    await grid.getByText('Gedeactiveerd', { exact: true }).waitFor();
    expect(await fitsPhone(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const person = await rig.open(paths.login);
    await logIn(person, 'beoordelaar@demo.srpo.nl');
    await person.getByRole('alert').getByText(/Dit account is gedeactiveerd/).waitFor();
    expect(new URL(person.url()).pathname).toBe(paths.login);
  });
});
