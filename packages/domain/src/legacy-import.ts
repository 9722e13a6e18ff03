/**
 * The old register's export as this register reads it (issue 11, shared contract 2): the kinds of
 * record, their columns, and the rules that turn one row into a record or the reasons why not. Pure:
 * the API streams the files, looks records up and writes; every "is this row acceptable" lives here.
 */
import { isAfter, isBefore, parseDutchOrIsoDate, type CalendarDate } from './calendar-date';
import { isEmailAddress } from './email-address';
import { isLevelAtLeast, type DeferralKind, type DeferralOutcome, type DeferralReason, type LeaderFunction, type QualificationLevel, type ReRegistrationRoute, type RegistrationTitle } from './enums';
import { fail, ok, reason, type Reason, type Result } from './reasons';
import { rulesOn } from './rule-sets';
import { requiredLevelForTitle } from './titles';

/** The kinds of record, in the order an import loads them (a later kind refers to earlier ones). */
export const LEGACY_IMPORT_KINDS = ['besturen', 'schoolleiders', 'dienstverbanden', 'registraties', 'herregistraties', 'uitstel', 'afrondingen'] as const;
export type LegacyImportKind = (typeof LEGACY_IMPORT_KINDS)[number];

export interface LegacyColumn {
  readonly name: string;
  readonly required: boolean;
}

const required = (name: string): LegacyColumn => ({ name, required: true });
const optional = (name: string): LegacyColumn => ({ name, required: false });

/** The columns of each kind (header names exact, lower case); optional columns may be absent or empty. */
export const LEGACY_IMPORT_COLUMNS: Readonly<Record<LegacyImportKind, readonly LegacyColumn[]>> = {
  besturen: [required('bestuursnummer'), required('naam'), optional('plaats')],
  schoolleiders: [
    required('registratienummer'),
    required('voornaam'),
    optional('tussenvoegsel'),
    required('achternaam'),
    optional('geboortedatum'),
    optional('email'),
    required('ingeschreven_op'),
  ],
  dienstverbanden: [required('registratienummer'), required('bestuursnummer'), required('functie'), required('begindatum'), optional('einddatum')],
  registraties: [
    required('registratienummer'),
    required('titel'),
    optional('niveau'),
    required('aspirant'),
    optional('aspirant_tot'),
    required('geregistreerd_op'),
    optional('volledig_geregistreerd_op'),
    optional('uitgeschreven_op'),
  ],
  herregistraties: [required('registratienummer'), required('goedgekeurd_op'), required('route')],
  uitstel: [
    required('registratienummer'),
    required('soort'),
    required('reden'),
    required('aangevraagd_op'),
    required('gevraagde_datum'),
    optional('besluit'),
    optional('besloten_op'),
    optional('nieuwe_datum'),
  ],
  afrondingen: [required('registratienummer'), required('thema'), required('leerroute'), required('datum'), optional('omschrijving')],
};

/** The kind a file or sheet holds, from its name without extension (`Schoolleiders.csv` → `schoolleiders`); null when none. */
export function legacyKindOf(name: string): LegacyImportKind | null {
  const base = name.trim().replace(/\.[^.]*$/, '').toLowerCase();
  return (LEGACY_IMPORT_KINDS as readonly string[]).includes(base) ? (base as LegacyImportKind) : null;
}

/** The required columns a header lacks. */
export function missingLegacyColumns(kind: LegacyImportKind, header: readonly string[]): string[] {
  const present = new Set(header.map((name) => name.trim().toLowerCase()));
  return LEGACY_IMPORT_COLUMNS[kind].filter((column) => column.required && !present.has(column.name)).map((column) => column.name);
}

export interface LegacyBoard {
  readonly boardNumber: string;
  readonly name: string;
  readonly city: string;
}

export interface LegacyLeader {
  readonly registerNumber: string;
  readonly firstName: string;
  readonly infix: string | null;
  readonly lastName: string;
  readonly birthDate: CalendarDate | null;
  readonly email: string | null;
  readonly enrolledOn: CalendarDate;
}

export interface LegacyEmployment {
  readonly registerNumber: string;
  readonly boardNumber: string;
  readonly function: LeaderFunction;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
}

export interface LegacyRegistration {
  readonly registerNumber: string;
  readonly title: RegistrationTitle;
  readonly level: QualificationLevel | null;
  readonly aspirant: boolean;
  readonly aspirantUntil: CalendarDate | null;
  readonly registeredOn: CalendarDate;
  readonly fullRegistrationOn: CalendarDate | null;
  readonly deregisteredOn: CalendarDate | null;
}

export interface LegacyReRegistration {
  readonly registerNumber: string;
  readonly approvedOn: CalendarDate;
  readonly route: ReRegistrationRoute;
}

export interface LegacyDeferral {
  readonly registerNumber: string;
  readonly kind: DeferralKind;
  readonly reason: DeferralReason;
  readonly requestedOn: CalendarDate;
  readonly requestedDueDate: CalendarDate;
  /** Null: still open (REQUESTED). */
  readonly outcome: DeferralOutcome | null;
  readonly decidedOn: CalendarDate | null;
  readonly grantedDueDate: CalendarDate | null;
}

export interface LegacyCompletion {
  readonly registerNumber: string;
  readonly themeCode: string;
  readonly route: 'FORMAL' | 'INFORMAL';
  readonly completedOn: CalendarDate;
  readonly description: string | null;
}

export interface LegacyRecords {
  besturen: LegacyBoard;
  schoolleiders: LegacyLeader;
  dienstverbanden: LegacyEmployment;
  registraties: LegacyRegistration;
  herregistraties: LegacyReRegistration;
  uitstel: LegacyDeferral;
  afrondingen: LegacyCompletion;
}

/** One row as read from a file: header name → cell text (dates of spreadsheet cells as `YYYY-MM-DD`). */
export type LegacyRow = Readonly<Record<string, string | undefined>>;

/** Longest cell the import accepts (names, descriptions); longer is a mistake in the export, not data. */
export const LEGACY_MAX_CELL_LENGTH = 1_000;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Collects a row's reasons while reading its cells. */
class RowReader {
  readonly reasons: Reason[] = [];
  constructor(private readonly row: LegacyRow) {}

  text(column: string): string | null {
    const value = (this.row[column] ?? '').trim();
    if (value === '') return null;
    if (FORBIDDEN.test(value) || value.length > LEGACY_MAX_CELL_LENGTH) {
      this.reasons.push(reason('LEGACY_TEXT_INVALID', { column }));
      return null;
    }
    return value;
  }

  requiredText(column: string): string {
    const value = this.text(column);
    if (value === null && !this.reasons.some((r) => r.params?.column === column)) this.reasons.push(reason('LEGACY_VALUE_REQUIRED', { column }));
    return value ?? '';
  }

  date(column: string): CalendarDate | null {
    const value = this.text(column);
    if (value === null) return null;
    const date = parseDutchOrIsoDate(value);
    if (date === null) this.reasons.push(reason('LEGACY_DATE_INVALID', { column, value: value.slice(0, 40) }));
    return date;
  }

  requiredDate(column: string): CalendarDate {
    const value = this.text(column);
    if (value === null) {
      if (!this.reasons.some((r) => r.params?.column === column)) this.reasons.push(reason('LEGACY_VALUE_REQUIRED', { column }));
      return '' as CalendarDate;
    }
    const date = parseDutchOrIsoDate(value);
    if (date === null) this.reasons.push(reason('LEGACY_DATE_INVALID', { column, value: value.slice(0, 40) }));
    return date ?? ('' as CalendarDate);
  }

  /** A value from a fixed list (case-insensitive); `map` gives its code. */
  choice<T>(column: string, map: Readonly<Record<string, T>>, optionalValue = false): T | null {
    const value = optionalValue ? this.text(column) : this.requiredText(column) || null;
    if (value === null) return null;
    const code = map[value.toLowerCase()];
    if (code === undefined) {
      this.reasons.push(reason('LEGACY_VALUE_INVALID', { column, value: value.slice(0, 40), allowed: Object.keys(map).join(', ') }));
      return null;
    }
    return code;
  }

  notBefore(later: CalendarDate | null, laterColumn: string, earlier: CalendarDate | null, earlierColumn: string): void {
    if (later && earlier && isBefore(later, earlier)) this.reasons.push(reason('LEGACY_DATE_ORDER', { column: laterColumn, other: earlierColumn }));
  }

  result<T>(value: () => T): Result<T> {
    const [first, ...rest] = this.reasons;
    return first === undefined ? ok(value()) : fail(first, ...rest);
  }
}

const BOARD_NUMBER = /^[0-9]{5}$/;
/** The old register's numbers: digits and letters, as its export writes them. */
const REGISTER_NUMBER = /^[0-9A-Za-z-]{1,20}$/;

function registerNumber(reader: RowReader): string {
  const value = reader.requiredText('registratienummer');
  if (value !== '' && !REGISTER_NUMBER.test(value)) reader.reasons.push(reason('LEGACY_REGISTER_NUMBER_INVALID', { value: value.slice(0, 40) }));
  return value;
}

function boardNumber(reader: RowReader): string {
  const value = reader.requiredText('bestuursnummer');
  if (value !== '' && !BOARD_NUMBER.test(value)) reader.reasons.push(reason('LEGACY_BOARD_NUMBER_INVALID', { value: value.slice(0, 40) }));
  return value;
}

const FUNCTIONS: Record<string, LeaderFunction> = { directeur: 'DIRECTOR', 'adjunct-directeur': 'DEPUTY_DIRECTOR' };
const TITLES: Record<string, RegistrationTitle> = { rdo: 'RDO', rado: 'RADO' };
const LEVELS: Record<string, QualificationLevel> = { basisbekwaam: 'BASISBEKWAAM', vakbekwaam: 'VAKBEKWAAM', master: 'MASTER' };
const YES_NO: Record<string, boolean> = { ja: true, nee: false };
const RE_REGISTRATION_ROUTES: Record<string, ReRegistrationRoute> = { master: 'NVAO_MASTER', vakbekwaam: 'VAKBEKWAAM_PROGRAMME', themas: 'THEMES' };
const DEFERRAL_KINDS: Record<string, DeferralKind> = { registratie: 'INITIAL_REGISTRATION', herregistratie: 'RE_REGISTRATION' };
const DEFERRAL_REASONS: Record<string, DeferralReason> = {
  opleiding: 'FINISHING_PROGRAMME',
  andere_route: 'OTHER_ROUTE_IN_PROCEDURE',
  persoonlijk: 'PERSONAL_CIRCUMSTANCES',
  gegronde_reden: 'GROUNDED_REASON',
  vroege_registratie: 'EARLY_REGISTRANT',
};
const DEFERRAL_OUTCOMES: Record<string, DeferralOutcome> = { toegekend: 'GRANTED', deels: 'PARTLY_GRANTED', afgewezen: 'REJECTED' };
const LEARNING_ROUTES: Record<string, 'FORMAL' | 'INFORMAL'> = { formeel: 'FORMAL', informeel: 'INFORMAL' };

function readBoard(reader: RowReader): Result<LegacyBoard> {
  const number = boardNumber(reader);
  const name = reader.requiredText('naam');
  const city = reader.text('plaats') ?? '';
  return reader.result(() => ({ boardNumber: number, name, city }));
}

function readLeader(reader: RowReader): Result<LegacyLeader> {
  const number = registerNumber(reader);
  const firstName = reader.requiredText('voornaam');
  const infix = reader.text('tussenvoegsel');
  const lastName = reader.requiredText('achternaam');
  const birthDate = reader.date('geboortedatum');
  const email = reader.text('email');
  if (email !== null && !isEmailAddress(email)) reader.reasons.push(reason('LEGACY_EMAIL_INVALID', { value: email.slice(0, 60) }));
  const enrolledOn = reader.requiredDate('ingeschreven_op');
  if (birthDate && enrolledOn && !isBefore(birthDate, enrolledOn)) reader.reasons.push(reason('LEGACY_DATE_ORDER', { column: 'ingeschreven_op', other: 'geboortedatum' }));
  return reader.result(() => ({ registerNumber: number, firstName, infix, lastName, birthDate, email: email?.toLowerCase() ?? null, enrolledOn }));
}

function readEmployment(reader: RowReader): Result<LegacyEmployment> {
  const number = registerNumber(reader);
  const board = boardNumber(reader);
  const leaderFunction = reader.choice('functie', FUNCTIONS);
  const startsOn = reader.requiredDate('begindatum');
  const endsOn = reader.date('einddatum');
  reader.notBefore(endsOn, 'einddatum', startsOn || null, 'begindatum');
  return reader.result(() => ({ registerNumber: number, boardNumber: board, function: leaderFunction!, startsOn, endsOn }));
}

/**
 * A registration of the old register (§3.1, §3.3): an aspirant has an end date; a full registration
 * (from the start, or from `volledig_geregistreerd_op` for a former aspirant) has at least the level
 * its title requires; dates follow each other.
 */
function readRegistration(reader: RowReader): Result<LegacyRegistration> {
  const number = registerNumber(reader);
  const title = reader.choice('titel', TITLES);
  const level = reader.choice('niveau', LEVELS, true);
  const aspirant = reader.choice('aspirant', YES_NO);
  const aspirantUntil = reader.date('aspirant_tot');
  const registeredOn = reader.requiredDate('geregistreerd_op');
  const fullRegistrationOn = reader.date('volledig_geregistreerd_op');
  const deregisteredOn = reader.date('uitgeschreven_op');
  if (aspirant === true && aspirantUntil === null && !reader.reasons.some((r) => r.params?.column === 'aspirant_tot')) {
    reader.reasons.push(reason('LEGACY_ASPIRANT_NEEDS_END_DATE'));
  }
  if (aspirant === false && (aspirantUntil !== null || fullRegistrationOn !== null)) reader.reasons.push(reason('LEGACY_ASPIRANT_DATES_WITHOUT_ASPIRANT'));
  const full = aspirant === false || fullRegistrationOn !== null;
  if (title !== null && full && (level === null || !isLevelAtLeast(level, requiredLevelForTitle(title)))) {
    reader.reasons.push(reason(title === 'RDO' ? 'RDO_NEEDS_VAKBEKWAAM' : 'DEPUTY_NEEDS_BASISBEKWAAM'));
  }
  reader.notBefore(aspirantUntil, 'aspirant_tot', registeredOn || null, 'geregistreerd_op');
  reader.notBefore(fullRegistrationOn, 'volledig_geregistreerd_op', registeredOn || null, 'geregistreerd_op');
  reader.notBefore(deregisteredOn, 'uitgeschreven_op', registeredOn || null, 'geregistreerd_op');
  return reader.result(() => ({ registerNumber: number, title: title!, level, aspirant: aspirant!, aspirantUntil, registeredOn, fullRegistrationOn, deregisteredOn }));
}

function readReRegistration(reader: RowReader): Result<LegacyReRegistration> {
  const number = registerNumber(reader);
  const approvedOn = reader.requiredDate('goedgekeurd_op');
  const route = reader.choice('route', RE_REGISTRATION_ROUTES);
  return reader.result(() => ({ registerNumber: number, approvedOn, route: route! }));
}

/**
 * A deferral request with its decision, if any (§3.7): the reason must fit the kind under the rules
 * of the request date; a (partial) grant has its new date after the requested-on date, a rejection
 * or an open request none; a decision has a date, not before the request.
 */
function readDeferral(reader: RowReader): Result<LegacyDeferral> {
  const number = registerNumber(reader);
  const kind = reader.choice('soort', DEFERRAL_KINDS);
  const deferralReason = reader.choice('reden', DEFERRAL_REASONS);
  const requestedOn = reader.requiredDate('aangevraagd_op');
  const requestedDueDate = reader.requiredDate('gevraagde_datum');
  const outcome = reader.choice('besluit', DEFERRAL_OUTCOMES, true);
  const decidedOn = reader.date('besloten_op');
  const grantedDueDate = reader.date('nieuwe_datum');
  if (kind && deferralReason && requestedOn && !rulesOn(requestedOn).deferralReasons[kind].includes(deferralReason)) {
    reader.reasons.push(reason('DEFERRAL_REASON_NOT_FOR_KIND', { reason: reader.text('reden') ?? deferralReason }));
  }
  if (requestedOn && requestedDueDate && !isAfter(requestedDueDate, requestedOn)) reader.reasons.push(reason('LEGACY_DATE_ORDER', { column: 'gevraagde_datum', other: 'aangevraagd_op' }));
  if (outcome !== null && decidedOn === null && !reader.reasons.some((r) => r.params?.column === 'besloten_op')) {
    reader.reasons.push(reason('LEGACY_VALUE_REQUIRED', { column: 'besloten_op' }));
  }
  if (outcome === null && (decidedOn !== null || grantedDueDate !== null)) reader.reasons.push(reason('LEGACY_DEFERRAL_DECISION_MISSING'));
  if ((outcome === 'GRANTED' || outcome === 'PARTLY_GRANTED') && grantedDueDate === null && !reader.reasons.some((r) => r.params?.column === 'nieuwe_datum')) {
    reader.reasons.push(reason('DEFERRAL_GRANT_NEEDS_DATE'));
  }
  if (outcome === 'REJECTED' && grantedDueDate !== null) reader.reasons.push(reason('LEGACY_DEFERRAL_REJECTED_WITH_DATE'));
  reader.notBefore(decidedOn, 'besloten_op', requestedOn || null, 'aangevraagd_op');
  return reader.result(() => ({
    registerNumber: number,
    kind: kind!,
    reason: deferralReason!,
    requestedOn,
    requestedDueDate,
    outcome,
    decidedOn,
    grantedDueDate: outcome === 'REJECTED' ? null : grantedDueDate,
  }));
}

function readCompletion(reader: RowReader): Result<LegacyCompletion> {
  const number = registerNumber(reader);
  const themeCode = reader.requiredText('thema');
  const route = reader.choice('leerroute', LEARNING_ROUTES);
  const completedOn = reader.requiredDate('datum');
  const description = reader.text('omschrijving');
  return reader.result(() => ({ registerNumber: number, themeCode, route: route!, completedOn, description }));
}

const READERS: { [K in LegacyImportKind]: (reader: RowReader) => Result<LegacyRecords[K]> } = {
  besturen: readBoard,
  schoolleiders: readLeader,
  dienstverbanden: readEmployment,
  registraties: readRegistration,
  herregistraties: readReRegistration,
  uitstel: readDeferral,
  afrondingen: readCompletion,
};

/** One row of a kind as its record, or every reason why the row cannot be taken over. */
export function readLegacyRow<K extends LegacyImportKind>(kind: K, row: LegacyRow): Result<LegacyRecords[K]> {
  return READERS[kind](new RowReader(row));
}
