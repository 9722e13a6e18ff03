import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { logIn, usePortalRig } from './portal';

describe('API keys in Chromium: staff issue a key that works at once, and revoke it', () => {
  const rig = usePortalRig();

  /** A third party's request with the key: the first error's code, or null when it succeeded. */
  async function withKey(secret: string): Promise<string | null> {
    const response = await fetch(`${rig.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'query ($n: [String!]!) { publicRegistrations(registerNumbers: $n) { registerNumber } }', variables: { n: ['100001'] } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? null;
  }

  it('issues a key shown once, which a third party can use at once, and revokes it after confirmation (axe on each step)', async () => {
    const page = await rig.open('/');
    await logIn(page, 'medewerker@demo.srpo.nl');
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto(`${rig.portal.url}/medewerker`);
    await page.getByRole('navigation', { name: 'Registerbureau' }).getByRole('link', { name: 'API-sleutels' }).click();
    await page.getByRole('heading', { level: 2, name: 'API-sleutels' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const organisation = `Bestuur Test ${Date.now()}`;
    await page.getByRole('button', { name: 'Sleutel uitgeven' }).click();
    const form = page.getByRole('dialog', { name: 'API-sleutel uitgeven' });
    await form.getByRole('textbox', { name: 'Organisatie' }).fill(organisation);
    await form.getByRole('textbox', { name: 'Naam contactpersoon' }).fill('Anna de Wit');
    await form.getByRole('textbox', { name: 'E-mailadres contactpersoon' }).fill('a.dewit@bestuur.example.nl');
    await form.getByRole('textbox', { name: 'Doel' }).fill('Controle registratie bij aanstelling');
    await form.getByRole('checkbox', { name: /Bulkcontrole/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Sleutel uitgeven' }).click();

    const shown = page.getByRole('dialog', { name: `De sleutel voor ${organisation}` });
    const secret = await shown.getByRole('textbox', { name: 'API-sleutel' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await shown.getByText(/U ziet hem hierna nooit meer/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await withKey(secret)).toBeNull();

    await shown.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    await page.getByText(`De sleutel voor ${organisation} is uitgegeven.`).waitFor();
    const card = page.getByTestId('api-key').filter({ has: page.getByRole('heading', { level: 3, name: organisation }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('ToegangOpenbaar raadplegen, Bulkcontrole');
    expect(await page.content()).not.toContain(secret);

    await card.getByRole('button', { name: `Sleutel van ${organisation} intrekken` }).click();
    const confirm = page.getByRole('dialog', { name: 'Sleutel intrekken?' });
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Sleutel intrekken' }).click();
    await page.getByText(`De sleutel van ${organisation} is ingetrokken.`).waitFor();
    expect(await withKey(secret)).toBe('UNAUTHENTICATED');

    await page.getByRole('switch', { name: 'Ook ingetrokken sleutels tonen' }).check();
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('revoked');
    await page.close();
  });

  it('fits a 360 px wide screen without horizontal scrolling, and passes axe', async () => {
    const page = await rig.open('/medewerker/api-sleutels', { width: 360 });
    await logIn(page, 'medewerker@demo.srpo.nl');
    await page.getByRole('heading', { level: 2, name: 'API-sleutels' }).waitFor();
    await page.getByRole('switch', { name: 'Ook ingetrokken sleutels tonen' }).check();
    await page.getByTestId('api-key').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sleutel uitgeven' }).click();
    await page.getByRole('dialog', { name: 'API-sleutel uitgeven' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
