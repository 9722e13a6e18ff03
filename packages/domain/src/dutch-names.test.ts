import { describe, expect, it } from 'vitest';
import { registrationStatusName, titleNameWithAbbreviation } from './dutch-names';

describe('Dutch names', () => {
  it('word an aspirant’s status without "Geregistreerd" or re-registration', () => {
    expect(registrationStatusName('ACTIVE', false)).toBe('Geregistreerd');
    expect(registrationStatusName('ACTIVE', true)).toBe('Aspirant');
    expect(registrationStatusName('EXPIRED', false)).toBe('Herregistratie verlopen');
    expect(registrationStatusName('EXPIRED', true)).toBe('Aspirantperiode verlopen');
  });

  it('name a title in full with its abbreviation', () => {
    expect(titleNameWithAbbreviation('RADO')).toBe('Registeradjunct-directeur Onderwijs (RADO)');
    expect(titleNameWithAbbreviation('RDO', true)).toBe('Aspirant Registerdirecteur Onderwijs (RDO)');
  });
});
