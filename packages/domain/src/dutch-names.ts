import type { QualificationLevel, RegistrationStatus, RegistrationTitle } from './enums';

// The register's Dutch words for titles, levels and statuses. Texts the server writes (letters, files, page heads,
// credentials) and the apps' Dutch strings use these, so the register calls a status the same everywhere.

/** Full names of the titles, without the abbreviation. */
export const TITLE_NAMES: Readonly<Record<RegistrationTitle, string>> = {
  RDO: 'Registerdirecteur Onderwijs',
  RADO: 'Registeradjunct-directeur Onderwijs',
};

/** The level as a Dutch word, lower case as it stands in a sentence. */
export const LEVEL_NAMES: Readonly<Record<QualificationLevel, string>> = {
  BASISBEKWAAM: 'basisbekwaam',
  VAKBEKWAAM: 'vakbekwaam',
  MASTER: 'master',
};

/** Plain-language status of a full registration. */
export const REGISTRATION_STATUS_NAMES: Readonly<Record<RegistrationStatus, string>> = {
  ACTIVE: 'Geregistreerd',
  CONDITIONAL: 'Onder voorwaarden',
  EXPIRED: 'Herregistratie verlopen',
  DEREGISTERED: 'Uitgeschreven',
};

/** The same statuses for an aspirant: not yet a full registration, so no "Geregistreerd" and no re-registration. */
export const ASPIRANT_STATUS_NAMES: Readonly<Record<RegistrationStatus, string>> = {
  ACTIVE: 'Aspirant',
  CONDITIONAL: 'Onder voorwaarden',
  EXPIRED: 'Aspirantperiode verlopen',
  DEREGISTERED: 'Uitgeschreven',
};

/** "Geregistreerd", or for an aspirant "Aspirant", as the public register shows the status. */
export function registrationStatusName(status: RegistrationStatus, aspirant: boolean): string {
  return (aspirant ? ASPIRANT_STATUS_NAMES : REGISTRATION_STATUS_NAMES)[status];
}

/** "Registerdirecteur Onderwijs (RDO)", or "Aspirant Registerdirecteur Onderwijs (RDO)". */
export function titleNameWithAbbreviation(title: RegistrationTitle, aspirant = false): string {
  return `${aspirant ? 'Aspirant ' : ''}${TITLE_NAMES[title]} (${title})`;
}
