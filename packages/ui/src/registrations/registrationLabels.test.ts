import { describe, expect, it } from 'vitest';
import { uiEn, uiNl } from '../i18n/uiMessages';
import { REGISTRATION_STATUSES } from './registrationValues';

describe('registration labels', () => {
  it('name every status in plain Dutch', () => {
    expect(REGISTRATION_STATUSES.map((status) => uiNl.registration.status[status])).toEqual([
      'Geregistreerd',
      'Onder voorwaarden',
      'Herregistratie verlopen',
      'Uitgeschreven',
    ]);
  });

  it('have an English text for every status', () => {
    for (const status of REGISTRATION_STATUSES) expect(uiEn.registration.status[status]).toMatch(/\w/);
  });

  it('never call an aspirant "Geregistreerd" or speak of a re-registration', () => {
    expect(REGISTRATION_STATUSES.map((status) => uiNl.registration.aspirantStatus[status])).toEqual([
      'Aspirant',
      'Onder voorwaarden',
      'Aspirantperiode verlopen',
      'Uitgeschreven',
    ]);
  });
});
