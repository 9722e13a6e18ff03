/**
 * Every column of every table, classified (AVG art. 30: what personal data the register holds, of
 * whom, and what happens to it). The schema-walking test fails when a migration adds a column that is
 * not here, so personal data cannot be added silently; the export and the anonymisation are driven by
 * this catalogue, so they follow it.
 *
 * SQL in here runs with `$1` = the leader's id, `$2` = the leader's account id (or null), `$3` = the
 * leader's e-mail addresses (text[]), `$4` = the anonymisation date, `$5` = the register number as it
 * was before anonymisation; `t` is the table's alias.
 */

/** What anonymisation does with a leader's column (rows of a `delete` table simply go). */
export type Anonymise =
  /** Kept: the row stays as an anonymous key the statistics count; without name and contact data nobody is found by it. */
  | 'keep'
  | 'null'
  /** A generated column: follows the columns it is computed from. */
  | 'derived'
  /** The row is deleted (the table's `onAnonymise` is `delete`). */
  | 'row'
  /** Replaced by a neutral value (SQL expression). */
  | { neutral: string };

/** A column with personal data of the leader the row belongs to. */
export interface LeaderColumn {
  kind: 'leader';
  /** Dutch label in the export. */
  label: string;
  anonymise: Anonymise;
  /**
   * How the export shows it: the value (default), `presence` for secrets (a hash is the leader's, but
   * giving it out would weaken it), or an SQL expression (a file is referenced by its download path).
   */
  exportAs?: 'presence' | { sql: string; note: string };
}

/** Personal data of someone else (staff, contacts of organisations) or of many people at once. */
export interface OthersColumn {
  kind: 'others';
  /** Dutch: whose data it is. */
  whose: string;
  /** Dutch: what happens to it (kept, deleted when, by whom). */
  handling: string;
}

/** Not personal data: keys, codes, counters, the register's own texts. */
export interface NotPersonalColumn {
  kind: 'none';
}

export type ColumnClass = LeaderColumn | OthersColumn | NotPersonalColumn;

export interface CatalogueTable {
  table: string;
  /** Dutch section title in the export. */
  label: string;
  /**
   * SQL condition on `t` selecting the leader's rows, or null when no row belongs to one leader.
   * Each leader's column must be reachable this way (the export uses it).
   */
  rowsOf: string | null;
  /** Export order of a leader's rows. */
  orderBy?: string;
  /**
   * What anonymisation does with the leader's rows: change the columns as classified, delete the rows,
   * leave them (`unchanged`: the note says why), a statement of its own, or nothing here because
   * another table's statement deletes them.
   */
  onAnonymise?: 'update' | 'delete' | 'unchanged' | { sql: string } | { deletedWith: string };
  /** Dutch: why the rows stay (kept tables), or how other people's data in the table is handled. */
  note?: string;
  /** More assignments of an `update` anonymisation (SQL), e.g. marking the row anonymised. */
  alsoSet?: string[];
  columns: Record<string, ColumnClass>;
}

const none: NotPersonalColumn = { kind: 'none' };
const leader = (label: string, anonymise: Anonymise, exportAs?: LeaderColumn['exportAs']): LeaderColumn =>
  exportAs ? { kind: 'leader', label, anonymise, exportAs } : { kind: 'leader', label, anonymise };
const others = (whose: string, handling: string): OthersColumn => ({ kind: 'others', whose, handling });
const GONE = `'Geanonimiseerd'`;

const STAFF_DECIDED = others('De medewerker die besliste', 'Blijft: verantwoording van het besluit (Awb); de medewerker ziet het eigen account in het portaal');
const STAFF_ACCOUNT = others('Een medewerker (account)', 'Blijft zolang het account bestaat');
const ASSESSOR = others('De beoordelaar (account)', 'Blijft: verantwoording van de beoordeling');
const ORGANISATION_CONTACT = others(
  'De contactpersoon van de organisatie',
  'Blijft zolang de organisatie in het register staat; de organisatie of een medewerker wijzigt het',
);
const timestamps = { created_at: none, updated_at: none, version: none } as const;

const OWN_REGISTRATIONS = `(SELECT r.id FROM registration r WHERE r.leader_id = $1)`;
const OWN_APPLICATIONS = `(SELECT a.id FROM registration_application a WHERE a.leader_id = $1)`;
const OWN_CASES = `(SELECT c.id FROM portfolio_case c WHERE c.leader_id = $1)`;
/** E-mails to the leader: carrying the leader's letters, or to one of the leader's addresses. */
const OWN_EMAILS = `(t.letter_id IN (SELECT l.id FROM letter l WHERE l.leader_id = $1) OR t.to_address = ANY($3::text[]))`;
const OWN_DECISIONS = `(SELECT d.id FROM decision d WHERE d.application_id IN ${OWN_APPLICATIONS})`;
/** Evidence of the leader (alias `e`): uploaded with an application, a completion or a portfolio case. */
const ownEvidence = (e: string) => `(${e}.application_id IN ${OWN_APPLICATIONS}
   OR ${e}.completion_id IN (SELECT c.id FROM completion c WHERE c.leader_id = $1)
   OR ${e}.portfolio_case_id IN ${OWN_CASES})`;

/**
 * The catalogue, in export order; anonymisation runs the tables in this order too (a table whose
 * rows are found through another's goes before that other is changed or deleted).
 */
export const PERSONAL_DATA_CATALOGUE: readonly CatalogueTable[] = [
  {
    table: 'school_leader',
    label: 'Persoonsgegevens',
    rowsOf: 't.id = $1',
    onAnonymise: 'update',
    alsoSet: ['anonymised_on = $4::date'],
    note: 'De rij blijft als anonieme sleutel: de statistiek telt ingeschreven schoolleiders.',
    columns: {
      id: none,
      register_number: leader('Registernummer', { neutral: `'X' || nextval('register_number_seq')` }),
      initials: leader('Voorletters', { neutral: `'X'` }),
      first_name: leader('Voornaam', { neutral: GONE }),
      infix: leader('Tussenvoegsel', 'null'),
      last_name: leader('Achternaam', { neutral: GONE }),
      sort_name: leader('Naam voor sorteren', { neutral: GONE }),
      sort_key: leader('Sorteersleutel', 'derived'),
      search_text: leader('Zoektekst', 'derived'),
      birth_date: leader('Geboortedatum', 'null'),
      email: leader('E-mailadres', 'null'),
      account_id: leader('Account', 'null'),
      enrolled_on: leader('Ingeschreven op', 'keep'),
      anonymised_on: none,
      ...timestamps,
    },
  },
  {
    table: 'account',
    label: 'Account',
    rowsOf: 't.id = $2',
    // An account that is only the leader's is made unusable and anonymous (other tables keep pointing
    // at it); an account with other roles belongs to a colleague too and only loses the LEADER role.
    onAnonymise: {
      sql: `UPDATE account t SET
              email = CASE WHEN t.roles = ARRAY['LEADER'] THEN 'geanonimiseerd-' || t.id || '@example.invalid' ELSE t.email END,
              display_name = CASE WHEN t.roles = ARRAY['LEADER'] THEN ${GONE} ELSE t.display_name END,
              password_hash = CASE WHEN t.roles = ARRAY['LEADER'] THEN '!' ELSE t.password_hash END,
              email_verified_at = CASE WHEN t.roles = ARRAY['LEADER'] THEN NULL ELSE t.email_verified_at END,
              deactivated_at = CASE WHEN t.roles = ARRAY['LEADER'] THEN coalesce(t.deactivated_at, now()) ELSE t.deactivated_at END,
              roles = CASE WHEN t.roles = ARRAY['LEADER'] THEN t.roles ELSE array_remove(t.roles, 'LEADER') END,
              updated_at = now(), version = t.version + 1
            WHERE t.id = $2`,
    },
    note: 'Accounts van medewerkers, besturen, aanbieders en beoordelaars zijn persoonsgegevens van die gebruikers; zij blijven zolang het account bestaat en een beheerder kan ze deactiveren.',
    columns: {
      id: none,
      email: leader('E-mailadres (inloggen)', { neutral: `'geanonimiseerd-' || t.id || '@example.invalid'` }),
      display_name: leader('Naam (account)', { neutral: GONE }),
      password_hash: leader('Wachtwoord (versleuteld)', { neutral: `'!'` }, 'presence'),
      roles: none,
      email_verified_at: leader('E-mailadres bevestigd op', 'null'),
      deactivated_at: leader('Gedeactiveerd op', { neutral: 'now()' }),
      search_text: leader('Zoektekst (account)', 'derived'),
      sort_key: leader('Sorteersleutel (account)', 'derived'),
      board_id: none,
      provider_id: none,
      assessor_organisation_id: none,
      ...timestamps,
    },
  },
  {
    table: 'session',
    label: 'Inlogsessies',
    rowsOf: 't.account_id = $2',
    orderBy: 't.created_at',
    onAnonymise: 'delete',
    columns: {
      id: none,
      account_id: none,
      token_hash: leader('Sessiesleutel (versleuteld)', 'row', 'presence'),
      created_at: leader('Ingelogd op', 'row'),
      expires_at: leader('Verloopt op', 'row'),
      revoked_at: leader('Uitgelogd op', 'row'),
    },
  },
  {
    table: 'account_token',
    label: 'Links per e-mail',
    rowsOf: 't.account_id = $2',
    orderBy: 't.created_at',
    onAnonymise: 'delete',
    columns: {
      id: none,
      account_id: none,
      purpose: leader('Soort link', 'row'),
      token_hash: leader('Sleutel (versleuteld)', 'row', 'presence'),
      enrolment: leader('Gegevens bij de inschrijving', 'row'),
      created_at: leader('Verstuurd op', 'row'),
      expires_at: leader('Verloopt op', 'row'),
      used_at: leader('Gebruikt op', 'row'),
    },
  },
  {
    table: 'employment',
    label: 'Dienstverbanden',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.starts_on, t.id',
    onAnonymise: 'update',
    note: 'Bestuur, functie en periode blijven voor de statistiek (aangesloten besturen); de school gaat weg.',
    columns: {
      id: none,
      leader_id: none,
      board_id: leader('Bestuur', 'keep'),
      school_id: leader('School', 'null'),
      function: leader('Functie', 'keep'),
      starts_on: leader('Vanaf', 'keep'),
      ends_on: leader('Tot en met', 'keep'),
      ...timestamps,
    },
  },
  {
    table: 'registration',
    label: 'Registraties',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.registered_on, t.id',
    onAnonymise: 'update',
    note: 'Registratiegegevens blijven voor de statistiek van eerdere datums (tijdlijn van het register).',
    columns: {
      id: none,
      leader_id: none,
      registered_on: leader('Geregistreerd op', 'keep'),
      first_registered_on: leader('Eerste registratie op', 'keep'),
      aspirant: leader('Aspirant', 'keep'),
      aspirant_until: leader('Aspirant tot', 'keep'),
      full_registration_on: leader('Volledige registratie op', 'keep'),
      deregistered_on: leader('Uitgeschreven op', 'keep'),
      deregistration_reason: leader('Reden van uitschrijving', { neutral: GONE }),
      title: leader('Titel', 'keep'),
      level: leader('Niveau', 'keep'),
      status: leader('Status', 'keep'),
      due_date: leader('Herregistratie uiterlijk', 'keep'),
      status_as_of: none,
      status_valid_until: none,
      ...timestamps,
    },
  },
  {
    table: 'registration_title_change',
    label: 'Titelwijzigingen',
    rowsOf: `t.registration_id IN ${OWN_REGISTRATIONS}`,
    orderBy: 't.effective_on, t.id',
    onAnonymise: 'update',
    note: 'Blijft voor de statistiek (titel en niveau op eerdere datums).',
    columns: {
      id: none,
      registration_id: none,
      effective_on: leader('Vanaf', 'keep'),
      title: leader('Titel', 'keep'),
      level: leader('Niveau', 'keep'),
      aspirant: leader('Aspirant', 'keep'),
      created_at: none,
    },
  },
  {
    table: 'registration_deferral',
    label: 'Verleend uitstel',
    rowsOf: `t.registration_id IN ${OWN_REGISTRATIONS}`,
    orderBy: 't.granted_on, t.id',
    onAnonymise: 'update',
    note: 'Blijft: bepaalt de status op eerdere datums.',
    columns: {
      id: none,
      registration_id: none,
      granted_on: leader('Verleend op', 'keep'),
      new_due_date: leader('Nieuwe uiterste datum', 'keep'),
      created_at: none,
    },
  },
  {
    table: 're_registration',
    label: 'Herregistraties',
    rowsOf: `t.registration_id IN ${OWN_REGISTRATIONS}`,
    orderBy: 't.approved_on, t.id',
    onAnonymise: 'update',
    note: 'Blijft voor de statistiek (geherregistreerde schoolleiders).',
    columns: {
      id: none,
      registration_id: none,
      approved_on: leader('Goedgekeurd op', 'keep'),
      route: leader('Route', 'keep'),
      created_at: none,
    },
  },
  {
    table: 'leader_credential',
    label: 'Digitale bewijzen van registratie',
    rowsOf: `t.registration_id IN ${OWN_REGISTRATIONS}`,
    orderBy: 't.period_starts_on, t.id',
    onAnonymise: 'update',
    note: 'De rij blijft, zodat de statuslijst het bewijs ingetrokken blijft tonen (de plaats wordt nooit hergebruikt); het ondertekende bewijs met de naam gaat weg.',
    columns: {
      id: none,
      registration_id: none,
      period_starts_on: leader('Periode vanaf', 'keep'),
      title: leader('Titel', 'keep'),
      aspirant: leader('Aspirant', 'keep'),
      status_list: none,
      status_index: none,
      issued_at: leader('Uitgegeven op', 'keep'),
      key_id: none,
      jwt: leader('Ondertekend bewijs', { neutral: `''` }),
    },
  },
  {
    table: 'reminder_sent',
    label: 'Verstuurde herinneringen',
    rowsOf: `t.registration_id IN ${OWN_REGISTRATIONS}`,
    orderBy: 't.sent_on, t.id',
    onAnonymise: 'delete',
    columns: {
      id: none,
      registration_id: none,
      kind: leader('Soort herinnering', 'row'),
      due_date: leader('Voor de uiterste datum', 'row'),
      sent_on: leader('Verstuurd op', 'row'),
      letter_id: none,
      created_at: none,
    },
  },
  {
    table: 'register_entry',
    label: 'Vermelding in het openbare register',
    rowsOf: 't.leader_id = $1',
    onAnonymise: 'delete',
    columns: {
      leader_id: none,
      registration_id: none,
      register_number: leader('Registernummer', 'row'),
      sort_key: leader('Sorteersleutel', 'row'),
      search_text: leader('Zoektekst', 'row'),
      status: leader('Status', 'row'),
      title: leader('Titel', 'row'),
      level: leader('Niveau', 'row'),
      aspirant: leader('Aspirant', 'row'),
      registered_on: leader('Geregistreerd op', 'row'),
      due_date: leader('Herregistratie uiterlijk', 'row'),
      period_starts_on: leader('Periode vanaf', 'row'),
      valid_until: none,
      computed_on: none,
    },
  },
  {
    table: 'register_entry_pending',
    label: 'Wachtende registervermelding',
    rowsOf: 't.leader_id = $1',
    onAnonymise: 'delete',
    columns: { leader_id: none, due_on: none },
  },
  {
    table: 'register_timeline',
    label: 'Tijdlijn in het register',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.valid_from',
    onAnonymise: 'update',
    note: 'Blijft onder de anonieme sleutel: registerStatistics telt deze rijen voor eerdere datums.',
    columns: {
      leader_id: none,
      registration_id: none,
      valid_from: leader('Vanaf', 'keep'),
      valid_to: leader('Tot', 'keep'),
      status: leader('Status', 'keep'),
      title: leader('Titel', 'keep'),
      level: leader('Niveau', 'keep'),
      aspirant: leader('Aspirant', 'keep'),
      first_entry: none,
      enters_register: none,
      leaves_register: none,
    },
  },
  {
    table: 'leader_theme_completion',
    label: "Afgeronde thema's",
    rowsOf: 't.leader_id = $1',
    orderBy: 't.completed_on, t.route',
    onAnonymise: 'update',
    note: 'Blijft onder de anonieme sleutel: registerStatistics telt deze rijen.',
    columns: {
      leader_id: none,
      theme_id: leader('Thema', 'keep'),
      route: leader('Route', 'keep'),
      completed_on: leader('Afgerond op', 'keep'),
      first_of_route: none,
    },
  },
  { table: 'theme_completion_pending', label: 'Wachtende themaberekening', rowsOf: null, columns: { leader_id: none } },
  {
    table: 'development_plan_theme',
    label: 'Ontwikkelplan',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.added_on',
    onAnonymise: 'delete',
    columns: { leader_id: none, theme_id: leader('Thema', 'row'), added_on: leader('Toegevoegd op', 'row') },
  },
  {
    table: 'registration_application',
    label: 'Aanvragen',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.created_at, t.id',
    onAnonymise: 'update',
    note: 'Soort, status en datums blijven voor de doorlooptijden op het dashboard; teksten en opleidingsgegevens gaan weg.',
    columns: {
      id: none,
      leader_id: none,
      kind: leader('Soort aanvraag', 'keep'),
      status: leader('Status', 'keep'),
      leader_function: leader('Functie', 'keep'),
      requested_title: leader('Gevraagde titel', 'keep'),
      qualification_route: leader('Kwalificatieroute', 'keep'),
      claimed_level: leader('Niveau', 'keep'),
      re_registration_route: leader('Herregistratieroute', 'keep'),
      evidence_date: leader('Datum bewijs', 'null'),
      institution: leader('Instelling', 'null'),
      certification_valid_from: leader('Certificering geldig vanaf', 'null'),
      certification_valid_until: leader('Certificering geldig tot', 'null'),
      enrolled_on: leader('Ingeschreven bij opleiding op', 'null'),
      expected_end_date: leader('Verwachte einddatum opleiding', 'null'),
      nvao_accredited: leader('NVAO-geaccrediteerd', 'null'),
      aligned_with_standard: leader('Sluit aan bij de beroepsstandaard', 'null'),
      leader_note: leader('Toelichting', 'null'),
      staff_message: leader('Bericht van het register', 'null'),
      meeting_id: none,
      submitted_at: leader('Ingediend op', 'keep'),
      ...timestamps,
    },
  },
  {
    table: 'decision',
    label: 'Besluiten op aanvragen',
    rowsOf: `t.application_id IN ${OWN_APPLICATIONS}`,
    orderBy: 't.decided_on, t.id',
    onAnonymise: 'update',
    columns: {
      id: none,
      application_id: none,
      meeting_id: none,
      outcome: leader('Uitkomst', 'keep'),
      reasons: leader('Motivering', { neutral: GONE }), // required for a rejection
      granted_level: leader('Toegekend niveau', 'keep'),
      is_exception: leader('Uitzondering', 'keep'),
      exception_justification: leader('Motivering uitzondering', { neutral: GONE }), // required for an exception
      decided_by: STAFF_DECIDED,
      decided_on: leader('Besloten op', 'keep'),
      reopened_on: leader('Heropend op', 'keep'),
      created_at: none,
    },
  },
  {
    table: 'objection',
    label: 'Bezwaren',
    rowsOf: `(t.leader_id = $1 OR t.filed_by = $2 OR t.decision_id IN ${OWN_DECISIONS})`,
    orderBy: 't.filed_on, t.id',
    onAnonymise: 'update',
    columns: {
      id: none,
      decision_id: none,
      decision_kind: none,
      filed_on: leader('Ingediend op', 'keep'),
      grounds: leader('Gronden', { neutral: GONE }),
      status: leader('Status', 'keep'),
      decided_on: leader('Besloten op', 'keep'),
      decided_by: STAFF_DECIDED,
      outcome_reasons: leader('Motivering beslissing', 'null'),
      filed_by: leader('Ingediend door (account)', 'null'),
      leader_id: none,
      provider_id: none,
      board_id: none,
      ...timestamps,
    },
  },
  {
    table: 'deferral_request',
    label: 'Verzoeken om uitstel',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.requested_on, t.id',
    onAnonymise: 'update',
    note: 'Soort, reden, status en datums blijven voor de statistiek (uitstelverzoeken); de teksten gaan weg.',
    columns: {
      id: none,
      leader_id: none,
      registration_id: none,
      kind: leader('Soort', 'keep'),
      reason: leader('Reden', 'keep'),
      requested_on: leader('Aangevraagd op', 'keep'),
      requested_due_date: leader('Gevraagde datum', 'keep'),
      motivation: leader('Toelichting', 'null'),
      status: leader('Status', 'keep'),
      decided_on: leader('Besloten op', 'keep'),
      decided_by: STAFF_DECIDED,
      granted_due_date: leader('Verleende datum', 'keep'),
      decision_reasons: leader('Motivering', 'null'),
      ...timestamps,
    },
  },
  {
    table: 'data_request',
    label: 'Verzoeken over uw gegevens (AVG)',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.received_on, t.id',
    onAnonymise: 'update',
    note: 'Soort, status en termijnen blijven: het register moet kunnen aantonen hoe het een verzoek behandelde (AVG art. 5 lid 2); de teksten gaan weg.',
    columns: {
      id: none,
      leader_id: none,
      kind: leader('Soort verzoek', 'keep'),
      subject: leader('Onderwerp', 'keep'),
      description: leader('Omschrijving', { neutral: GONE }),
      proposed_value: leader('Juiste gegevens volgens u', 'null'),
      received_on: leader('Ontvangen op', 'keep'),
      deadline: leader('Uiterste beslisdatum', 'keep'),
      extended_on: leader('Verlengd op', 'keep'),
      extension_grounds: leader('Reden van verlenging', 'null'),
      status: leader('Status', 'keep'),
      decided_on: leader('Besloten op', 'keep'),
      decided_by: STAFF_DECIDED,
      decision_grounds: leader('Motivering', 'null'),
      changed_fields: leader('Gewijzigde gegevens', 'keep'),
      ...timestamps,
    },
  },
  {
    table: 'completion',
    label: 'Gevolgde professionalisering',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.completed_on, t.id',
    onAnonymise: 'update',
    note: "Blijft: de afgeronde thema's van de statistiek worden eruit berekend.",
    columns: {
      id: none,
      execution_id: leader('Uitvoering', 'keep'),
      leader_id: none,
      completed_on: leader('Afgerond op', 'keep'),
      source: leader('Bron', 'keep'),
      status: leader('Status', 'keep'),
      recorded_by: others('De aanbieder of medewerker die vastlegde', 'Blijft: verantwoording van de registratie'),
      handled_by: STAFF_DECIDED,
      handled_on: leader('Behandeld op', 'keep'),
      handling_note: leader('Toelichting behandeling', 'null'),
      ...timestamps,
    },
  },
  {
    table: 'informal_validation',
    label: 'Validaties informeel leren',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.validated_on, t.id',
    onAnonymise: 'update',
    note: "Blijft: de afgeronde thema's van de statistiek worden eruit berekend.",
    columns: {
      id: none,
      leader_id: none,
      theme_id: leader('Thema', 'keep'),
      validated_on: leader('Gevalideerd op', 'keep'),
      method: leader('Methode', 'keep'),
      assessor_organisation_id: none,
      portfolio_case_id: none,
      peer_group_id: none,
      created_at: none,
    },
  },
  {
    table: 'portfolio_case',
    label: 'Portfoliotrajecten',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.opened_on, t.id',
    onAnonymise: 'update',
    columns: {
      id: none,
      leader_id: none,
      assessor_organisation_id: leader('Beoordelaarsorganisatie', 'keep'),
      state: leader('Stand', 'keep'),
      opened_on: leader('Geopend op', 'keep'),
      submitted_on: leader('Ingediend op', 'keep'),
      resubmissions: leader('Herkansingen', 'keep'),
      first_assessor_id: ASSESSOR,
      second_assessor_id: ASSESSOR,
      assessed_on: leader('Beoordeeld op', 'keep'),
      interview_starts_at: leader('Criteriumgericht interview', 'null'),
      interview_minutes: leader('Duur interview (minuten)', 'null'),
      interview_location: leader('Plaats interview', 'null'),
      decided_on: leader('Besloten op', 'keep'),
      ...timestamps,
    },
  },
  {
    table: 'portfolio_case_theme',
    label: "Thema's in portfoliotrajecten",
    rowsOf: `t.portfolio_case_id IN ${OWN_CASES}`,
    onAnonymise: 'update',
    columns: { portfolio_case_id: none, theme_id: leader('Thema', 'keep'), outcome: leader('Uitkomst', 'keep'), grounds: leader('Motivering', { neutral: GONE }) }, // required with an outcome
  },
  {
    table: 'portfolio_assessment',
    label: 'Beoordelingen van portfolio’s',
    rowsOf: `t.portfolio_case_id IN ${OWN_CASES}`,
    orderBy: 't.recorded_at, t.id',
    onAnonymise: 'update',
    columns: {
      id: none,
      portfolio_case_id: none,
      theme_id: leader('Thema', 'keep'),
      assessor_id: ASSESSOR,
      round: leader('Ronde', 'keep'),
      follows_fixed_structure: leader('Vaste opbouw gevolgd', 'keep'),
      shows_development: leader('Laat ontwikkeling zien', 'keep'),
      colleague_feedback_count: leader('Feedback van collega’s', 'keep'),
      source_count: leader('Bronnen', 'keep'),
      literature_source_count: leader('Literatuurbronnen', 'keep'),
      evidence_count: leader('Bewijsstukken', 'keep'),
      word_count: leader('Woorden', 'keep'),
      clear_writing: leader('Helder geschreven', 'keep'),
      own_role_central: leader('Eigen rol centraal', 'keep'),
      sufficient: leader('Voldoende', 'keep'),
      feedback: leader('Feedback', { neutral: GONE }), // required when insufficient
      recorded_at: leader('Vastgelegd op', 'keep'),
    },
  },
  {
    table: 'portfolio_outcome_proposal',
    label: 'Voorstellen van beoordelaars',
    rowsOf: `t.portfolio_case_id IN ${OWN_CASES}`,
    orderBy: 't.recorded_at',
    onAnonymise: 'update',
    columns: {
      portfolio_case_id: none,
      theme_id: leader('Thema', 'keep'),
      assessor_id: ASSESSOR,
      validated: leader('Gevalideerd', 'keep'),
      grounds: leader('Motivering', { neutral: GONE }),
      recorded_at: leader('Vastgelegd op', 'keep'),
    },
  },
  {
    table: 'portfolio_fee_line',
    label: 'Kosten van portfoliotrajecten',
    rowsOf: `t.portfolio_case_id IN ${OWN_CASES}`,
    orderBy: 't.charged_on, t.id',
    onAnonymise: 'update',
    note: 'Blijft: factuurgegevens van de beoordelaarsorganisatie (fiscale bewaarplicht, 7 jaar); zonder naam niet herleidbaar.',
    columns: {
      id: none,
      portfolio_case_id: none,
      kind: leader('Soort', 'keep'),
      quantity: leader('Aantal', 'keep'),
      unit_cents: leader('Prijs per stuk (cent)', 'keep'),
      amount_cents: leader('Bedrag (cent)', 'keep'),
      charged_on: leader('In rekening gebracht op', 'keep'),
      paid_on: leader('Betaald op', 'keep'),
      created_at: none,
    },
  },
  {
    table: 'peer_sign_up',
    label: 'Aanmeldingen intervisie',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.created_at',
    onAnonymise: 'update',
    note: 'Blijft: de validaties van de statistiek verwijzen naar de intervisiegroep.',
    columns: { id: none, session_id: leader('Bijeenkomst', 'keep'), leader_id: none, theme_id: leader('Thema', 'keep'), created_at: leader('Aangemeld op', 'keep') },
  },
  {
    table: 'peer_group_member',
    label: 'Deelname aan intervisiegroepen',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.created_at',
    onAnonymise: 'update',
    columns: {
      id: none,
      group_id: none,
      sign_up_id: none,
      leader_id: none,
      position: none,
      outcome: leader('Uitkomst', 'keep'),
      outcome_reasons: leader('Redenen', 'null'),
      ...timestamps,
    },
  },
  {
    table: 'peer_reflection',
    label: 'Reflecties in intervisie',
    rowsOf: '(t.author_leader_id = $1 OR t.subject_leader_id = $1)',
    orderBy: 't.submitted_at',
    onAnonymise: 'delete',
    note: 'Een reflectie gaat over een collega en is van de schrijver: beide krijgen haar in hun export, en zij verdwijnt met een van beiden.',
    columns: {
      id: none,
      group_id: none,
      author_leader_id: none,
      subject_leader_id: none,
      text: leader('Reflectie', 'row'),
      submitted_at: leader('Ingediend op', 'row'),
    },
  },
  {
    table: 'peer_group',
    label: 'Intervisiegroepen',
    rowsOf: null,
    columns: { id: none, session_id: none, facilitator_account_id: STAFF_ACCOUNT, confirmed_on: none, confirmed_by: STAFF_ACCOUNT, ...timestamps },
  },
  {
    table: 'peer_session',
    label: 'Intervisiebijeenkomsten',
    rowsOf: null,
    columns: {
      id: none,
      starts_at: none,
      ends_at: none,
      location: none,
      facilitator_account_id: STAFF_ACCOUNT,
      capacity: none,
      state: none,
      created_by: STAFF_ACCOUNT,
      ...timestamps,
    },
  },
  {
    table: 'webhook_delivery',
    label: 'Berichten over u aan besturen en API-gebruikers (webhooks)',
    rowsOf: `(t.register_number = $5 OR t.status_event_id IN (SELECT e.id FROM leader_status_event e WHERE e.leader_id = $1))`,
    orderBy: 't.created_at, t.id',
    onAnonymise: 'delete',
    columns: {
      id: none,
      subscription_id: none,
      event_id: none,
      status_event_id: none,
      event: leader('Gebeurtenis', 'row'),
      register_number: leader('Registernummer', 'row'),
      occurred_on: leader('Datum', 'row'),
      test: none,
      replay_of: none,
      body: leader('Bericht', 'row'),
      status: none,
      attempts: none,
      next_attempt_at: none,
      lease_until: none,
      last_attempt_at: none,
      response_status: none,
      last_error: none,
      created_at: leader('Aangemaakt op', 'row'),
    },
  },
  {
    table: 'leader_status_event',
    label: 'Wijzigingen van uw status (voor webhooks)',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.occurred_on, t.id',
    onAnonymise: 'delete',
    columns: {
      id: none,
      leader_id: none,
      register_number: leader('Registernummer', 'row'),
      event: leader('Gebeurtenis', 'row'),
      occurred_on: leader('Datum', 'row'),
      body: leader('Bericht', 'row'),
      created_at: none,
    },
  },
  {
    table: 'webhook_subscription_leader',
    label: 'Abonnementen op uw registratie',
    rowsOf: 't.register_number = $5',
    onAnonymise: 'delete',
    note: 'Een API-gebruiker volgt een schoolleider op registernummer; na anonimisering bestaat dat nummer niet meer.',
    columns: { subscription_id: none, register_number: leader('Gevolgd registernummer', 'row') },
  },
  {
    table: 'webhook_subscription',
    label: 'Webhook-abonnementen',
    rowsOf: null,
    columns: {
      id: none,
      board_id: none,
      api_key_id: none,
      url: none,
      events: none,
      description: none,
      secret_ciphertext: none,
      active: none,
      disabled_at: none,
      disabled_reason: none,
      consecutive_failures: none,
      created_by: others('Het account dat het abonnement aanmaakte (bestuur of medewerker)', 'Blijft zolang het abonnement bestaat; gaat weg met het account'),
      ...timestamps,
    },
  },
  {
    table: 'email_outbox',
    label: 'E-mails aan u',
    rowsOf: OWN_EMAILS,
    orderBy: 't.created_at, t.id',
    // An e-mail still to be sent (e.g. the letter granting the erasure) goes out first; the retention job deletes it once sent.
    onAnonymise: { sql: `DELETE FROM email_outbox t WHERE ${OWN_EMAILS} AND t.status <> 'PENDING'` },
    note: 'E-mails aan andere gebruikers zijn hun persoonsgegevens; alle verzonden e-mails gaan na de bewaartermijn weg. Een e-mail die nog verstuurd moet worden (zoals de brief over het verwijderverzoek) gaat eerst de deur uit; de bewaartermijntaak verwijdert haar daarna.',
    columns: {
      id: none,
      to_address: leader('Aan', 'row'),
      subject: leader('Onderwerp', 'row'),
      text_body: leader('Tekst', 'row'),
      letter_id: none,
      status: leader('Status', 'row'),
      attempts: none,
      last_error: none,
      created_at: leader('Aangemaakt op', 'row'),
      sent_at: leader('Verzonden op', 'row'),
      last_attempt_at: none,
      next_attempt_at: none,
      confidential: none,
    },
  },
  {
    table: 'letter',
    label: 'Brieven',
    rowsOf: 't.leader_id = $1',
    orderBy: 't.dated_on, t.created_at',
    // A letter whose e-mail is still to be sent stays until it is (see email_outbox).
    onAnonymise: { sql: `DELETE FROM letter t WHERE t.leader_id = $1 AND NOT EXISTS (SELECT 1 FROM email_outbox o WHERE o.letter_id = t.id)` },
    note: 'De PDF van een brief wordt bij het downloaden uit deze tekst gemaakt en nergens bewaard. Brieven aan besturen en aanbieders zijn geen gegevens van een schoolleider.',
    columns: {
      id: none,
      leader_id: none,
      provider_id: none,
      board_id: none,
      kind: leader('Soort brief', 'row'),
      subject: leader('Onderwerp', 'row'),
      body: leader('Tekst', 'row'),
      dated_on: leader('Datum', 'row'),
      related_entity: none,
      related_id: none,
      created_at: none,
    },
  },
  {
    table: 'evidence_document',
    label: 'Bewijsstukken',
    rowsOf: ownEvidence('t'),
    orderBy: 't.uploaded_at, t.id',
    // The contents go with the last document that uses them (contents are shared by hash).
    onAnonymise: {
      sql: `WITH gone AS (DELETE FROM evidence_document t WHERE ${ownEvidence('t')} RETURNING t.id, t.sha256)
            DELETE FROM document_content c WHERE c.sha256 IN (SELECT sha256 FROM gone)
              AND NOT EXISTS (SELECT 1 FROM evidence_document e WHERE e.sha256 = c.sha256 AND e.id NOT IN (SELECT id FROM gone))`,
    },
    note: 'Bewijsstukken van aanbieders bij hun aanbod zijn geen gegevens van een schoolleider.',
    columns: {
      id: none,
      application_id: none,
      completion_id: none,
      portfolio_case_id: none,
      portfolio_theme_id: none,
      offering_id: none,
      file_name: leader('Bestandsnaam', 'row'),
      content_type: leader('Soort bestand', 'row'),
      size_bytes: leader('Grootte (bytes)', 'row'),
      sha256: leader('Vingerafdruk (SHA-256)', 'row'),
      uploaded_by: leader('Geüpload door (account)', 'row'),
      uploaded_at: leader('Geüpload op', 'row'),
    },
  },
  {
    table: 'document_content',
    label: 'Inhoud van bewijsstukken',
    rowsOf: `t.sha256 IN (SELECT e.sha256 FROM evidence_document e WHERE ${ownEvidence('e')})`,
    orderBy: 't.created_at',
    onAnonymise: { deletedWith: 'evidence_document' },
    note: 'Inhoud van aanbod-documenten is geen gegeven van een schoolleider.',
    columns: {
      sha256: none,
      content: leader('Bestand', 'row', {
        sql: `(SELECT '/documents/' || e.id FROM evidence_document e WHERE e.sha256 = t.sha256 AND ${ownEvidence('e')} ORDER BY e.uploaded_at, e.id LIMIT 1)`,
        note: 'Te downloaden via dit pad (niet in de export zelf: bestanden kunnen groot zijn)',
      }),
      size_bytes: leader('Grootte (bytes)', 'row'),
      created_at: none,
    },
  },
  {
    table: 'legacy_record',
    label: 'Overgenomen uit het oude register',
    rowsOf: `t.entity_id = $1 OR t.entity_id IN ${OWN_REGISTRATIONS}
      OR t.entity_id IN (SELECT e.id FROM employment e WHERE e.leader_id = $1)
      OR t.entity_id IN (SELECT x.id FROM re_registration x WHERE x.registration_id IN ${OWN_REGISTRATIONS})
      OR t.entity_id IN (SELECT d.id FROM deferral_request d WHERE d.leader_id = $1)
      OR t.entity_id IN (SELECT c.id FROM completion c WHERE c.leader_id = $1)
      OR t.entity_id IN (SELECT v.id FROM informal_validation v WHERE v.leader_id = $1)`,
    orderBy: 't.imported_at, t.entity',
    onAnonymise: 'update',
    note: 'De herkomst blijft; de sleutel uit het oude register (registernummer) gaat weg.',
    columns: {
      entity: none,
      entity_id: none,
      legacy_key: leader('Sleutel in het oude register', { neutral: `'geanonimiseerd:' || t.entity_id` }),
      import_id: none,
      imported_at: leader('Overgenomen op', 'keep'),
    },
  },
  {
    table: 'audit_log',
    label: 'Auditlog (over u of door u)',
    rowsOf: `(t.leader_id = $1 OR (t.entity = 'school_leader' AND t.entity_id = $1::text) OR t.actor_account_id = $2)`,
    orderBy: 't.occurred_at, t.id',
    onAnonymise: 'unchanged',
    note: 'Alleen toevoegen (append-only): rijen worden nooit gewijzigd. De log bewaart verwijzingen (soort en id van het gegeven, de schoolleider, wie), de namen van gewijzigde velden en alleen waarden die nooit persoonsgegevens zijn (statussen, codes, datums van besluiten); na anonimisering leiden de verwijzingen naar geanonimiseerde rijen.',
    columns: {
      id: none,
      occurred_at: leader('Tijdstip', 'keep'),
      actor_account_id: others('Wie de handeling deed (account)', 'Blijft: verantwoording (Archiefwet)'),
      entity: none,
      entity_id: none,
      action: leader('Handeling', 'keep'),
      before: leader('Vóór', 'keep'),
      after: leader('Na', 'keep'),
      // Names of changed fields and a reference to the leader, never values (audit-fields.ts).
      changed_fields: none,
      leader_id: none,
    },
  },
  // Organisations and their contacts.
  {
    table: 'api_key',
    label: 'API-sleutels',
    rowsOf: null,
    columns: {
      id: none,
      organisation: none,
      contact_name: ORGANISATION_CONTACT,
      contact_email: ORGANISATION_CONTACT,
      purpose: none,
      scopes: none,
      prefix: none,
      secret_hash: none,
      issued_by: STAFF_ACCOUNT,
      created_at: none,
      revoked_at: none,
      revoked_by: STAFF_ACCOUNT,
      last_used_at: none,
      usage_count: none,
    },
  },
  {
    table: 'assessor_organisation',
    label: 'Beoordelaarsorganisaties',
    rowsOf: null,
    columns: {
      id: none,
      name: none,
      kvk_number: none,
      contact_email: ORGANISATION_CONTACT,
      phone: ORGANISATION_CONTACT,
      certified_from: none,
      certified_until: none,
      fee_one_off_cents: none,
      fee_per_theme_cents: none,
      fee_per_interview_cents: none,
      fee_resubmission_cents: none,
      ...timestamps,
    },
  },
  {
    table: 'provider',
    label: 'Aanbieders',
    rowsOf: null,
    columns: {
      id: none,
      name: none,
      kvk_number: none,
      contact_email: ORGANISATION_CONTACT,
      phone: ORGANISATION_CONTACT,
      website: none,
      description: none,
      ...timestamps,
    },
  },
  { table: 'board', label: 'Besturen', rowsOf: null, columns: { id: none, board_number: none, name: none, city: none, ...timestamps } },
  { table: 'school', label: 'Scholen', rowsOf: null, columns: { id: none, brin: none, name: none, city: none, board_id: none, ...timestamps } },
  {
    table: 'board_digest_sent',
    label: 'Maandoverzichten besturen',
    rowsOf: null,
    columns: { account_id: others('Het bestuursaccount', 'Gaat weg met het account'), month: none, board_id: none, email_id: none, sent_at: none },
  },
  {
    table: 'credential_signing_key',
    label: 'Sleutels voor digitale bewijzen',
    rowsOf: null,
    columns: { kid: none, private_jwk: none, created_at: none },
  },
  // The register's catalogue: themes, offerings, meetings, certifications.
  {
    table: 'theme',
    label: "Thema's",
    rowsOf: null,
    columns: { id: none, code: none, name: none, description: none, is_wildcard: none, valid_from: none, valid_until: none, sort_order: none, ...timestamps },
  },
  {
    table: 'subtheme',
    label: 'Subthema’s',
    rowsOf: null,
    columns: { id: none, theme_id: none, code: none, name: none, description: none, valid_from: none, valid_until: none, sort_order: none, ...timestamps },
  },
  {
    table: 'committee_meeting',
    label: 'Commissievergaderingen',
    rowsOf: null,
    columns: { id: none, committee: none, meeting_date: none, location: none, ...timestamps },
  },
  {
    table: 'certification',
    label: 'Certificeringen van aanbod',
    rowsOf: null,
    columns: {
      id: none,
      offering_id: none,
      outcome: none,
      decided_on: none,
      decided_by: STAFF_DECIDED,
      valid_from: none,
      valid_until: none,
      grounds: none,
      created_at: none,
    },
  },
  { table: 'certification_scope', label: 'Reikwijdte certificering', rowsOf: null, columns: { id: none, certification_id: none, theme_id: none, subtheme_id: none } },
  {
    table: 'offering',
    label: 'Aanbod',
    rowsOf: null,
    columns: {
      id: none,
      provider_id: none,
      board_id: none,
      title: none,
      kind: none,
      leads_to_level: none,
      description: none,
      hours: none,
      status: none,
      submitted_on: none,
      learning_goals: none,
      programme: none,
      price_cents: none,
      legacy: none,
      ...timestamps,
    },
  },
  { table: 'offering_claim', label: 'Claims van aanbod', rowsOf: null, columns: { id: none, offering_id: none, theme_id: none, subtheme_id: none } },
  {
    table: 'offering_execution',
    label: 'Uitvoeringen van aanbod',
    rowsOf: null,
    columns: { id: none, offering_id: none, starts_on: none, ends_on: none, location: none, online: none, capacity: none, ...timestamps },
  },
  {
    table: 'indicator_target',
    label: 'Streefwaarden',
    rowsOf: null,
    columns: { id: none, indicator: none, value: none, valid_from: none, valid_until: none, ...timestamps },
  },
  // Bulk data of many people: not one leader's rows.
  {
    table: 'open_data_export',
    label: 'Open-data-exports',
    rowsOf: null,
    columns: { id: none, register_date: none, generated_at: none, entries: none, csv_bytes: none, csv_sha256: none, json_bytes: none, json_sha256: none },
  },
  {
    table: 'open_data_export_part',
    label: 'Bestanden open data',
    rowsOf: null,
    columns: {
      export_id: none,
      format: none,
      part: none,
      content: others(
        'Alle geregistreerde schoolleiders, zoals het openbare register ze toont',
        'Alleen de laatste exports blijven; een geanonimiseerde schoolleider staat niet meer in de eerstvolgende',
      ),
    },
  },
  {
    table: 'legacy_import',
    label: 'Imports uit het oude register',
    rowsOf: null,
    columns: {
      id: none,
      created_by: STAFF_ACCOUNT,
      created_at: none,
      state: none,
      file_names: none,
      progress: none,
      dry_run_report: others('Schoolleiders in het importverslag (registernummers)', 'Blijft als verslag van de import'),
      run_report: others('Schoolleiders in het importverslag (registernummers)', 'Blijft als verslag van de import'),
      error: none,
      updated_at: none,
    },
  },
  {
    table: 'legacy_import_file',
    label: 'Bestanden van imports',
    rowsOf: null,
    columns: {
      id: none,
      import_id: none,
      name: none,
      content: others('Schoolleiders in het oude register', 'Verwijderd 3 maanden na afloop van de import (bewaartermijn)'),
    },
  },
  {
    table: 'legacy_import_row',
    label: 'Rijen van imports',
    rowsOf: null,
    columns: {
      import_id: none,
      pass: none,
      kind: none,
      row_number: none,
      outcome: none,
      record_key: others('Schoolleiders in het oude register (sleutel)', 'Blijft als verslag van de import'),
      reasons: others('Schoolleiders in het oude register (redenen met registernummer)', 'Blijft als verslag van de import'),
    },
  },
  // Security and technical tables.
  {
    table: 'login_throttle',
    label: 'Inlogpogingen',
    rowsOf: null,
    columns: {
      key: others('Wie inlogt (gehasht e-mailadres of IP-adres)', 'Dagelijks verwijderd na een uur zonder poging'),
      failures: none,
      blocked_until: none,
      last_failure_at: none,
    },
  },
  {
    table: 'rate_limit',
    label: 'Snelheidslimieten',
    rowsOf: null,
    columns: { key: others('De aanroeper (IP-adres, account of API-sleutel)', 'Verloopt vanzelf na het tijdvenster'), points: none, expire: none },
  },
  {
    table: 'daily_job_run',
    label: 'Dagelijkse taak',
    rowsOf: null,
    columns: { run_date: none, runner: none, started_at: none, finished_at: none, status_changes: none, status_letters: none, reminders: none },
  },
  { table: 'email_delivery', label: 'E-mailbezorging', rowsOf: null, columns: { id: none, smtp_configured: none, updated_at: none } },
  { table: 'read_cache_version', label: 'Cacheversies', rowsOf: null, columns: { name: none, version: none } },
  { table: 'register_count', label: 'Tellingen register', rowsOf: null, columns: { status: none, title: none, entries: none } },
  { table: 'migrations', label: 'Migraties', rowsOf: null, columns: { id: none, timestamp: none, name: none } },
];

/** The catalogue's tables that hold rows of one leader (the export's sections). */
export function leaderTables(): CatalogueTable[] {
  return PERSONAL_DATA_CATALOGUE.filter((entry) => entry.rowsOf !== null);
}
