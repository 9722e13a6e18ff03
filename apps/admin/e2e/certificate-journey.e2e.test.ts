import { addDays, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import { describe, expect, it } from 'vitest';
import { logIn, usePortalRig } from './portal';

const CERTIFICATE_BYTES = Buffer.from('%PDF-1.4\n% certificaat van de cursus\n');

describe('certificate journey: a leader submits a certificate with its file, staff open the file and verify it, in Chromium', () => {
  const rig = usePortalRig();

  it('shows the certificate as awaiting verification, lets staff approve it and the leader see it verified; both pages pass axe', async () => {
    const today = todayInAmsterdam(new Date());
    const title = `Certificaatcursus ${Date.now()}`;

    // Setup through the API: a certified course of the demo provider with an execution that has not ended.
    const provider = await rig.signedIn('aanbieder@demo.srpo.nl');
    const staffApi = await rig.signedIn('medewerker@demo.srpo.nl');
    const { createOffering } = await provider<{ createOffering: { id: string; version: number } }>(
      `mutation ($input: OfferingInput!) { createOffering(input: $input) { id version } }`,
      { input: { kind: 'COURSE', title, description: 'Een cursus om een certificaat van in te dienen.', hours: 8, themeCodes: ['1'], subthemeCodes: [] } },
    );
    const { submitOffering } = await provider<{ submitOffering: { version: number } }>(
      `mutation ($id: ID!, $version: Int!) { submitOffering(id: $id, version: $version) { version } }`,
      createOffering,
    );
    await staffApi(`mutation ($id: ID!, $version: Int!) { decideCertification(id: $id, version: $version, input: { outcome: CERTIFIED }) { id } }`, {
      id: createOffering.id,
      version: submitOffering.version,
    });
    await provider(`mutation ($id: ID!, $input: ExecutionInput!) { publishExecution(offeringId: $id, input: $input) { id } }`, {
      id: createOffering.id,
      input: { startsOn: today, endsOn: addDays(today, 30), location: 'Utrecht', online: false },
    });

    // 1. The leader adds the certificate.
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, 'schoolleider@demo.srpo.nl');
    await leader.getByRole('heading', { level: 2, name: 'Mijn registratie' }).waitFor();
    const registerNumber = (await leader.getByTestId('register-number').first().textContent())?.trim() ?? '';
    expect(registerNumber).toMatch(/^\d+$/);
    const section = leader.getByRole('region', { name: 'Mijn certificaten' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Certificaat toevoegen' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Certificaat toevoegen' });
    await dialog.getByRole('combobox', { name: 'Gecertificeerd aanbod' }).click();
    await leader.getByRole('option', { name: new RegExp(title) }).click();
    await dialog.getByRole('combobox', { name: 'Uitvoering' }).click();
    await leader.getByRole('option', { name: /Utrecht/ }).first().click();
    await dialog.getByLabel('Datum van afronding').fill(today);
    await dialog.getByLabel('Certificaat (bestand)').setInputFiles({ name: 'certificaat.pdf', mimeType: 'application/pdf', buffer: CERTIFICATE_BYTES });
    expect(await axeViolations(leader)).toEqual([]);
    await dialog.getByRole('button', { name: 'Certificaat indienen' }).click();
    await leader.getByText('Uw certificaat is ingediend.', { exact: false }).waitFor();
    await dialog.waitFor({ state: 'hidden' }); // axe measures contrast: not while the dialog fades out
    const row = leader.getByTestId('my-certificate').filter({ hasText: title });
    await row.getByText('Wacht op controle').waitFor();
    expect(await row.locator('td').nth(1).textContent()).not.toBe('—');
    expect(await axeViolations(leader)).toEqual([]);

    // 2. Staff verify it from the staff navigation.
    const staff = await rig.open('/medewerker');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('navigation', { name: 'Registerbureau' }).getByRole('link', { name: 'Certificaten controleren' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Certificaten controleren' }).waitFor();
    const toVerify = staff.getByTestId('certificate-to-verify').filter({ hasText: title });
    await toVerify.waitFor();
    expect(await toVerify.textContent()).toContain(`(${registerNumber})`);
    const name = (await toVerify.getByRole('link').first().textContent())?.trim() ?? '';
    expect(await axeViolations(staff)).toEqual([]);
    // Staff open the certificate's file before deciding: the link, followed in their session, downloads the bytes the leader uploaded.
    const fileLink = toVerify.getByRole('link', { name: /^certificaat\.pdf/ });
    // The API sends it as an attachment: the link downloads instead of opening a tab.
    expect(await fileLink.getAttribute('download')).toBe('');
    const file = await staff.request.get(new URL((await fileLink.getAttribute('href'))!, staff.url()).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toContain('certificaat.pdf');
    expect((await file.body()).equals(CERTIFICATE_BYTES)).toBe(true);
    await toVerify.getByRole('button', { name: `Certificaat van ${name} goedkeuren` }).click();
    await staff.getByText(`Het certificaat van ${name} is goedgekeurd.`).waitFor();
    await staff.close();

    // 3. The leader sees it verified.
    await leader.reload();
    const verified = leader.getByTestId('my-certificate').filter({ hasText: title });
    await verified.getByText('Gecontroleerd').waitFor();
    expect(await verified.getAttribute('data-status')).toBe('VERIFIED');
    await leader.close();
  });
});
