/**
 * Retention of personal data (AVG art. 5(1)(e): kept no longer than needed). The periods are data in
 * one place: the API's retention job applies them and the README prints them as "Bewaartermijnen".
 *
 * A leader's clock starts on the deregistration (uitschrijving/doorhaling) of the last registration.
 * An EXPIRED registration does not start it: the public register keeps showing "herregistratie
 * verlopen" and a late re-registration restores the registration (DESIGN §3.3), so the register still
 * needs the leader's data; leaving the register is a deregistration.
 */

import { addDuration, isBefore, type CalendarDate, type DateDuration } from './calendar-date';
import { reason, type Reason } from './reasons';

/**
 * Default years a deregistered leader's data is kept: one full four-year registration cycle plus the
 * objection and appeal procedures that can follow a last decision, and beyond the five-year limitation
 * of claims (BW 3:310) that a board or the leader may base on the register's word; the same seven
 * years the sector keeps personnel files after employment ends.
 */
export const DEFAULT_LEADER_RETENTION_YEARS = 7;

/** What happens when a period has passed. */
export type RetentionAction = 'ANONYMISE' | 'DELETE' | 'KEEP';

export interface RetentionRule {
  /** Stable key (the job's counters use it). */
  readonly key: 'LEADER' | 'EMAIL_OUTBOX' | 'WEBHOOK_HISTORY' | 'LEGACY_IMPORT_FILES' | 'SESSIONS' | 'ACCOUNT_TOKENS' | 'LOGIN_THROTTLE' | 'AUDIT_LOG';
  /** Dutch category name. */
  readonly category: string;
  /** Dutch: which data. */
  readonly what: string;
  /** The period from the start event; null: no fixed period (see `period text`). */
  readonly period: DateDuration | null;
  /** Dutch: the period in words with its start event. */
  readonly periodText: string;
  /** Dutch: why this period (law or purpose). */
  readonly basis: string;
  readonly action: RetentionAction;
  /** Dutch: what the register does when the period has passed. */
  readonly outcome: string;
}

/** The retention table (the leader's period is the default; the API's config may set another). */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    key: 'LEADER',
    category: 'Schoolleider',
    what: 'Naam, geboortedatum, e-mail, account, aanvragen met bewijsstukken, brieven, uitstelverzoeken, bezwaren, portfolio en intervisie',
    period: { years: DEFAULT_LEADER_RETENTION_YEARS },
    periodText: `${DEFAULT_LEADER_RETENTION_YEARS} jaar na uitschrijving (instelbaar)`,
    basis: 'AVG art. 5 lid 1e; één registratieperiode van vier jaar plus bezwaar en beroep, verjaring BW 3:310',
    action: 'ANONYMISE',
    outcome: 'Geanonimiseerd: naam en contactgegevens vervangen, teksten en bestanden verwijderd; een anonieme sleutel blijft voor de statistiek',
  },
  {
    key: 'EMAIL_OUTBOX',
    category: 'Verzonden e-mail',
    what: 'Adres, onderwerp en tekst van verzonden of opgegeven e-mails',
    period: { months: 12 },
    periodText: '12 maanden na aanmaken',
    basis: 'Alleen nodig om bezorging na te gaan; de brief zelf staat in het dossier',
    action: 'DELETE',
    outcome: 'Verwijderd',
  },
  {
    key: 'WEBHOOK_HISTORY',
    category: 'Webhookberichten',
    what: 'Statuswijzigingen van schoolleiders en de berichten daarover aan besturen en API-gebruikers',
    period: { days: 90 },
    periodText: '90 dagen na de wijziging',
    basis: 'Lang genoeg om een bericht opnieuw te sturen; daarna niet meer nodig',
    action: 'DELETE',
    outcome: 'Dagelijks verwijderd',
  },
  {
    key: 'LEGACY_IMPORT_FILES',
    category: 'Bestanden oude register',
    what: 'Geüploade CSV- en XLSX-bestanden van een import uit het oude register',
    period: { months: 3 },
    periodText: '3 maanden na afloop van de import',
    basis: 'Alleen nodig om een import na te gaan; de gegevens staan daarna in het register',
    action: 'DELETE',
    outcome: 'Bestanden verwijderd; het importverslag blijft',
  },
  {
    key: 'SESSIONS',
    category: 'Sessies',
    what: 'Inlogsessies (gehashte sleutel, tijden)',
    period: null,
    periodText: 'Tot verlopen of uitloggen',
    basis: 'Alleen nodig zolang de sessie geldt',
    action: 'DELETE',
    outcome: 'Dagelijks verwijderd',
  },
  {
    key: 'ACCOUNT_TOKENS',
    category: 'Links per e-mail',
    what: 'Bevestigings-, uitnodigings- en wachtwoordlinks; onbevestigde accounts',
    period: null,
    periodText: 'Tot gebruik of verlopen',
    basis: 'Alleen nodig zolang de link geldt',
    action: 'DELETE',
    outcome: 'Dagelijks verwijderd',
  },
  {
    key: 'LOGIN_THROTTLE',
    category: 'Inlogpogingen',
    what: 'Mislukte pogingen per (gehasht) e-mailadres en IP-adres',
    period: { days: 1 },
    periodText: '1 dag zonder nieuwe poging',
    basis: 'Beveiliging tegen raden van wachtwoorden',
    action: 'DELETE',
    outcome: 'Dagelijks verwijderd',
  },
  {
    key: 'AUDIT_LOG',
    category: 'Auditlog',
    what: 'Wie wat wanneer wijzigde of inzag, met verwijzingen (geen persoonsgegevens)',
    period: null,
    periodText: 'Blijvend',
    basis: 'Verantwoording van besluiten (Archiefwet, Awb); bevat na anonimisering geen herleidbare gegevens meer',
    action: 'KEEP',
    outcome: 'Bewaard',
  },
];

/** The period of a rule with a fixed period (the API's jobs read theirs here). */
export function retentionPeriod(key: RetentionRule['key']): DateDuration {
  const period = RETENTION_RULES.find((rule) => rule.key === key)?.period;
  if (!period) throw new RangeError(`No fixed retention period for ${key}`);
  return period;
}

/** The last day of the retention period: the data may go from this day on. */
export function retainUntil(start: CalendarDate, period: DateDuration): CalendarDate {
  return addDuration(start, period);
}

/** Whether data whose clock started on `start` is past its `period` on `today`. */
export function isRetentionPassed(start: CalendarDate, period: DateDuration, today: CalendarDate): boolean {
  return !isBefore(today, retainUntil(start, period));
}

/** The day a leader's clock started: the latest deregistration, when every registration is deregistered. */
export function leftRegisterOn(registrations: readonly { readonly deregisteredOn: CalendarDate | null }[]): CalendarDate | null {
  if (registrations.length === 0) return null;
  let latest: CalendarDate | null = null;
  for (const { deregisteredOn } of registrations) {
    if (deregisteredOn === null) return null;
    if (latest === null || isBefore(latest, deregisteredOn)) latest = deregisteredOn;
  }
  return latest;
}

/**
 * Why a leader's data may not be anonymised on `today` under the retention rule, or null when it is
 * due: every registration deregistered, and the retention period since the last deregistration passed.
 * (A granted erasure request is decided elsewhere and does not ask this rule.)
 */
export function anonymisationRefusal(
  registrations: readonly { readonly deregisteredOn: CalendarDate | null }[],
  today: CalendarDate,
  period: DateDuration,
): Reason | null {
  const left = leftRegisterOn(registrations);
  if (left === null) return reason('ANONYMISATION_NOT_DEREGISTERED');
  if (!isRetentionPassed(left, period, today)) return reason('ANONYMISATION_RETENTION_NOT_PASSED', { retainUntil: retainUntil(left, period) });
  return null;
}
