import { describe, expect, it } from 'vitest';
import { LEGACY_IMPORT_COLUMNS, legacyKindOf, missingLegacyColumns, readLegacyRow } from './legacy-import';

const codes = (result: { ok: boolean; reasons?: readonly { code: string }[] }) => (result.ok ? [] : result.reasons!.map((r) => r.code));

describe('legacy import rows (issue 11, contract 2)', () => {
  it('knows a kind by its file or sheet name and lists the required columns a header lacks', () => {
    expect(legacyKindOf('Schoolleiders.csv')).toBe('schoolleiders');
    expect(legacyKindOf('afrondingen')).toBe('afrondingen');
    expect(legacyKindOf('leraren.csv')).toBeNull();
    expect(missingLegacyColumns('besturen', ['naam', 'plaats'])).toEqual(['bestuursnummer']);
    expect(LEGACY_IMPORT_COLUMNS.schoolleiders.filter((column) => !column.required).map((column) => column.name)).toEqual(['tussenvoegsel', 'geboortedatum', 'email']);
  });

  it('reads a leader with Dutch or ISO dates and refuses impossible dates and bad e-mail addresses', () => {
    const leader = readLegacyRow('schoolleiders', { registratienummer: '123', voornaam: 'Jan', achternaam: 'Dijk', tussenvoegsel: 'van', ingeschreven_op: '1-3-2018', email: 'Jan@Example.nl' });
    expect(leader).toEqual({
      ok: true,
      value: { registerNumber: '123', firstName: 'Jan', infix: 'van', lastName: 'Dijk', birthDate: null, email: 'jan@example.nl', enrolledOn: '2018-03-01' },
    });
    expect(codes(readLegacyRow('schoolleiders', { registratienummer: '12 3', voornaam: '', achternaam: 'X', ingeschreven_op: '31-2-2018', email: 'nee' }))).toEqual([
      'LEGACY_REGISTER_NUMBER_INVALID',
      'LEGACY_VALUE_REQUIRED',
      'LEGACY_EMAIL_INVALID',
      'LEGACY_DATE_INVALID',
    ]);
  });

  it('holds registrations to the title rules: a full RDO is at least vakbekwaam, an aspirant has an end date', () => {
    const base = { registratienummer: '1', titel: 'RDO', aspirant: 'nee', geregistreerd_op: '2016-01-01' };
    expect(readLegacyRow('registraties', { ...base, niveau: 'vakbekwaam' }).ok).toBe(true);
    expect(codes(readLegacyRow('registraties', { ...base, niveau: 'basisbekwaam' }))).toEqual(['RDO_NEEDS_VAKBEKWAAM']);
    expect(codes(readLegacyRow('registraties', { ...base, titel: 'RADO', niveau: '' }))).toEqual(['DEPUTY_NEEDS_BASISBEKWAAM']);
    expect(codes(readLegacyRow('registraties', { ...base, aspirant: 'ja' }))).toEqual(['LEGACY_ASPIRANT_NEEDS_END_DATE']);
    expect(readLegacyRow('registraties', { ...base, aspirant: 'ja', aspirant_tot: '2018-01-01' }).ok).toBe(true);
    expect(codes(readLegacyRow('registraties', { ...base, niveau: 'master', uitgeschreven_op: '2015-01-01' }))).toEqual(['LEGACY_DATE_ORDER']);
    expect(codes(readLegacyRow('registraties', { ...base, titel: 'RDX', niveau: 'master' }))).toEqual(['LEGACY_VALUE_INVALID']);
  });

  it('holds deferrals to the reasons of their kind and to a date for a grant', () => {
    const base = { registratienummer: '1', soort: 'herregistratie', reden: 'gegronde_reden', aangevraagd_op: '2019-01-01', gevraagde_datum: '2020-01-01' };
    expect(readLegacyRow('uitstel', base)).toMatchObject({ ok: true, value: { kind: 'RE_REGISTRATION', reason: 'GROUNDED_REASON', outcome: null } });
    expect(codes(readLegacyRow('uitstel', { ...base, soort: 'registratie' }))).toEqual(['DEFERRAL_REASON_NOT_FOR_KIND']);
    expect(codes(readLegacyRow('uitstel', { ...base, besluit: 'toegekend', besloten_op: '2019-02-01' }))).toEqual(['DEFERRAL_GRANT_NEEDS_DATE']);
    expect(codes(readLegacyRow('uitstel', { ...base, besluit: 'afgewezen', besloten_op: '2019-02-01', nieuwe_datum: '2020-01-01' }))).toEqual([
      'LEGACY_DEFERRAL_REJECTED_WITH_DATE',
    ]);
    expect(codes(readLegacyRow('uitstel', { ...base, besloten_op: '2019-02-01' }))).toEqual(['LEGACY_DEFERRAL_DECISION_MISSING']);
  });

  it('refuses hostile cells instead of storing them', () => {
    expect(codes(readLegacyRow('besturen', { bestuursnummer: '12345', naam: 'Stichting\u0000' }))).toEqual(['LEGACY_TEXT_INVALID']);
    expect(codes(readLegacyRow('afrondingen', { registratienummer: '1', thema: '1', leerroute: 'formeel', datum: '2016-01-01', omschrijving: 'x'.repeat(1_001) }))).toEqual([
      'LEGACY_TEXT_INVALID',
    ]);
  });
});
