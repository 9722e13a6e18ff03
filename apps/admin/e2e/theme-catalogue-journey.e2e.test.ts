import { addDays, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { dutchDate, logIn, usePortalRig } from './portal';

const THEMES = `query ($activeOn: Date) { themes(activeOn: $activeOn) { code name } }`;

describe('theme catalogue journey: staff add a theme with a future start, the public API shows it from that day, in Chromium', () => {
  const rig = usePortalRig();

  async function publicThemeCodes(activeOn: string): Promise<string[]> {
    const data = await rig.graphql<{ themes: { code: string }[] }>(THEMES, { activeOn });
    return data.themes.map((theme) => theme.code);
  }

  it('adds the theme in a dialog; themes(activeOn) lacks it the day before its start and has it on the start; page and dialog pass axe', async () => {
    const start = addDays(todayInAmsterdam(new Date()), 45);
    const code = String(90 + (Date.now() % 9));
    const name = 'Pedagogisch leiderschap';

    const staff = await rig.open('/themas');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 1, name: 'Professionaliseringsthema’s' }).waitFor();
    await staff.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);

    await staff.getByRole('button', { name: 'Thema toevoegen', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: 'Thema toevoegen' });
    await dialog.getByRole('textbox', { name: 'Code' }).fill(code);
    await dialog.getByRole('textbox', { name: 'Naam' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Omschrijving' }).fill('Leiding geven aan het pedagogisch klimaat van de school.');
    await dialog.getByLabel('Geldig vanaf').fill(start);
    expect(await axeViolations(staff)).toEqual([]);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await staff.getByText(`${name} is opgeslagen.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const card = staff.getByTestId('theme').filter({ has: staff.getByRole('heading', { level: 2, name }) });
    await card.getByText(`Geldig vanaf ${dutchDate(start)}`).waitFor();
    expect(await axeViolations(staff)).toEqual([]);

    expect(await publicThemeCodes(addDays(start, -1))).not.toContain(code);
    expect(await publicThemeCodes(start)).toContain(code);

    // A refusal of the catalogue's rules is shown in the dialog, in Dutch, and the dialog passes axe.
    await card.getByRole('button', { name: `Deelthema toevoegen aan ${name}` }).click();
    const subDialog = staff.getByRole('dialog', { name: `Deelthema toevoegen aan ${name}` });
    await subDialog.getByRole('textbox', { name: 'Code' }).fill(`${code}.1`);
    await subDialog.getByRole('textbox', { name: 'Naam' }).fill('Klimaat in de klas');
    await subDialog.getByLabel('Geldig vanaf').fill(addDays(start, -1));
    await subDialog.getByRole('button', { name: 'Opslaan' }).click();
    await subDialog.getByRole('alert').getByText(/valt buiten de geldigheid van zijn thema/).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await staff.close();
  });

  it('is read-only for a leader and fits 360 px for staff with its dialog open', async () => {
    const leader = await rig.open('/themas', { width: 360 });
    await logIn(leader, 'schoolleider@demo.srpo.nl');
    await leader.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await leader.getByRole('button', { name: 'Thema toevoegen', exact: true }).count()).toBe(0);
    expect(await leader.getByRole('button', { name: /wijzigen$/ }).count()).toBe(0);
    await leader.close();

    const staff = await rig.open('/themas', { width: 360 });
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 2, name: 'Wildcard' }).waitFor();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await staff.getByRole('button', { name: 'Persoonlijk leiderschap wijzigen' }).click();
    await staff.getByRole('dialog', { name: 'Persoonlijk leiderschap wijzigen' }).waitFor();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(staff)).toEqual([]);
    await staff.close();
  });
});
