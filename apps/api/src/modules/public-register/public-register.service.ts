import {
  completedThemes,
  displayName,
  isPublicAsOf,
  MAX_BULK_LOOKUP,
  publicEntryDates,
  type CalendarDate,
  type EvidenceWindow,
  type FormalCompletion,
  type InformalValidation,
  type InformalValidationMethod,
  type RegistrationStatus,
  type RegistrationTitle,
} from '@srpo/domain';
import { ruleError } from '../../http/errors';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { forwardPageInfo } from '../../schema/connection';
import { pageSizeOf } from '../../shared/paging';
import { entryOn, freshRegisterEntriesVersion, registrationsJson, type StoredRegistration } from '../registrations/registration-read-model';
import {
  cachedOfferingCredits,
  cachedThemeCatalogue,
  formalCompletionOf,
  THEME_CATALOGUE_VERSION_SQL,
  type OfferingCredit,
  type ThemeCatalogue,
} from '../theme-progress/theme-evidence';
import { preparedQuery } from './prepared-query';
import { decodeKeyCursor, encodeKeyCursor, likePattern, Params, searchWords } from '../../shared/sql';
import type {
  PublicBoardConnectionType,
  PublicRegistrationConnectionType,
  PublicRegistrationLookupType,
  PublicRegistrationType,
  PublicSchoolConnectionType,
  PublicThemeCompletionType,
} from './public-register.types';

/** Without a status filter the public search lists registrations that are in force or lapsed, not those who left. */
const DEFAULT_SEARCH_STATUSES: RegistrationStatus[] = ['ACTIVE', 'CONDITIONAL', 'EXPIRED'];

export interface SearchRegisterInput {
  query?: string | null;
  status?: RegistrationStatus[] | null;
  title?: RegistrationTitle[] | null;
  boardId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** One counted completion as the entry statement returns it: [id, completedOn, offeringId]. */
type CompletionRow = [string, CalendarDate, string];

/** One informal validation as the entry statement returns it: [id, validatedOn, themeId, method]. */
type ValidationRow = [string, CalendarDate, string, InformalValidationMethod];

interface LeaderEntryRow {
  id: string;
  register_number: string;
  first_name: string;
  infix: string | null;
  last_name: string;
  registrations: StoredRegistration[];
  boards: { id: string; name: string }[];
  completions: CompletionRow[];
  validations: ValidationRow[];
  catalogue_version: string;
}

/**
 * Everything a public entry shows, for the leaders matched by `where` (on `l`, school_leader), in one
 * statement: the leader, every registration with its history, the boards on `asOf`, the counted
 * completions with their offerings, the informal validations, and the catalogue's version (themes and certifications are cached
 * in memory per version).
 */
function entryStatement(where: string, asOf: string): string {
  return `
    SELECT l.id, l.register_number, l.first_name, l.infix, l.last_name,
           ${registrationsJson('l.id')} AS registrations,
           (SELECT coalesce(json_agg(json_build_object('id', b.id, 'name', b.name) ORDER BY b.name, b.id), '[]'::json)
              FROM board b
             WHERE b.id IN (SELECT e.board_id FROM employment e
                             WHERE e.leader_id = l.id AND e.starts_on <= ${asOf} AND (e.ends_on IS NULL OR e.ends_on >= ${asOf}))) AS boards,
           (SELECT coalesce(json_agg(json_build_array(c.id, c.completed_on, x.offering_id) ORDER BY c.completed_on, c.id), '[]'::json)
              FROM completion c JOIN offering_execution x ON x.id = c.execution_id
             WHERE c.leader_id = l.id AND c.status IN ('RECORDED', 'VERIFIED')) AS completions,
           (SELECT coalesce(json_agg(json_build_array(v.id, v.validated_on, v.theme_id, v.method) ORDER BY v.validated_on, v.id), '[]'::json)
              FROM informal_validation v
             WHERE v.leader_id = l.id) AS validations,
           ${THEME_CATALOGUE_VERSION_SQL} AS catalogue_version
      FROM school_leader l
     WHERE ${where} AND l.anonymised_on IS NULL`; // an anonymised leader (AVG) has no public entry on any date
}

const countCache = new Map<string, { version: string; count: Promise<number> }>();
const COUNT_CACHE_SIZE = 1_000;

/** A search's total, cached per read-model version (any change of an entry moves the version, on every instance). */
function cachedCount(key: string, version: string, count: () => Promise<number>): Promise<number> {
  const hit = countCache.get(key);
  if (hit?.version === version) return hit.count;
  if (countCache.size >= COUNT_CACHE_SIZE) countCache.clear();
  const entry = { version, count: count() };
  entry.count.catch(() => countCache.delete(key));
  countCache.set(key, entry);
  return entry.count;
}

/** The entry statement by register number and by leader id (fixed texts, run as prepared statements). */
const ENTRY_STATEMENTS = {
  number: entryStatement('l.register_number = ANY($1::text[])', '$2::date'),
  id: entryStatement('l.id = ANY($1::uuid[])', '$2::date'),
};

/**
 * Answers the anonymous register queries. Every status, due date and title shown is computed by the
 * domain from the stored facts for the asked date; an entry costs one SQL statement (plus three right
 * after a change of the catalogue or certifications), a search page at most four. Searches filter on the read model `register_entry`,
 * which is made exact for today before it is read.
 */
export class PublicRegisterService {
  constructor(private readonly dataSource: DataSource) {}

  async findByRegisterNumber(registerNumber: string, asOf: CalendarDate | null | undefined, today: CalendarDate): Promise<PublicRegistrationType | null> {
    return (await this.lookup(registerNumber, asOf, today)).registration;
  }

  /** Tells an unknown register number from one that was not registered on `asOf` (default: today). */
  async lookup(registerNumber: string, asOf: CalendarDate | null | undefined, today: CalendarDate): Promise<PublicRegistrationLookupType> {
    const number = registerNumber.trim();
    asOf = answerableAsOf(asOf, today);
    const rows = await this.entryRows('number', [number], asOf);
    if (rows.length === 0) return { registerNumber: number, outcome: 'UNKNOWN_REGISTER_NUMBER', registration: null };
    const registration = (await this.entries(rows, asOf)).get(number) ?? null;
    return { registerNumber: number, outcome: registration ? 'REGISTERED' : 'NOT_REGISTERED_ON_DATE', registration };
  }

  /** Entries in the order asked, null for unknown numbers or leaders not registered on `asOf`. */
  async findByRegisterNumbers(
    registerNumbers: readonly string[],
    asOf: CalendarDate | null | undefined,
    today: CalendarDate,
  ): Promise<(PublicRegistrationType | null)[]> {
    asOf = answerableAsOf(asOf, today);
    if (registerNumbers.length > MAX_BULK_LOOKUP) {
      throw new AppError('BAD_USER_INPUT', `Vraag hoogstens ${MAX_BULK_LOOKUP} registernummers tegelijk op.`, {
        field: 'registerNumbers',
      });
    }
    const wanted = [...new Set(registerNumbers.map((number) => number.trim()))];
    const rows = wanted.length ? await this.entryRows('number', wanted, asOf) : [];
    const entries = await this.entries(rows, asOf);
    return registerNumbers.map((number) => entries.get(number.trim()) ?? null);
  }

  async search(input: SearchRegisterInput, today: CalendarDate): Promise<PublicRegistrationConnectionType> {
    const first = pageSizeOf(input.first);
    if (input.boardId) assertId(input.boardId, 'boardId');
    const after = input.after ? decodeKeyCursor(input.after) : null;
    const version = await freshRegisterEntriesVersion(this.dataSource, today);

    const params = new Params();
    const statuses = input.status?.length ? input.status : DEFAULT_SEARCH_STATUSES;
    const titles = input.title?.length ? input.title : null;
    const conditions = [`e.status = ANY(${params.add(statuses)}::text[])`];
    if (titles) conditions.push(`e.title = ANY(${params.add(titles)}::text[])`);
    const words = searchWords(input.query);
    for (const word of words) conditions.push(`e.search_text LIKE srpo_search_normalize(${params.add(likePattern(word))})`);
    if (input.boardId) {
      const [board, on] = [params.add(input.boardId), params.add(today)];
      conditions.push(
        `e.leader_id IN (SELECT m.leader_id FROM employment m
                          WHERE m.board_id = ${board}::uuid AND m.starts_on <= ${on} AND (m.ends_on IS NULL OR m.ends_on >= ${on}))`,
      );
    }
    const filter = conditions.join(' AND ');
    const page = new Params();
    page.values.push(...params.values);
    const pageConditions = after ? `${filter} AND (e.sort_key, e.register_number) > (${page.add(after[0])}, ${page.add(after[1])})` : filter;

    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT e.leader_id, e.sort_key, e.register_number FROM register_entry e WHERE ${pageConditions}
          ORDER BY e.sort_key, e.register_number LIMIT ${first + 1}`,
        page.values,
      ) as Promise<{ leader_id: string; sort_key: string; register_number: string }[]>,
      words.length === 0 && !input.boardId
        ? // Status and title only: the per-(status, title) counts kept by triggers.
          this.count(`SELECT coalesce(sum(entries), 0)::int AS count FROM register_count e WHERE ${filter}`, params.values)
        : // A name or board filter: counted once per read-model version (the same search again costs nothing).
          cachedCount(JSON.stringify([filter, params.values]), version, () =>
            this.count(`SELECT count(*)::int AS count FROM register_entry e WHERE ${filter}`, params.values),
          ),
    ]);

    const pageRows = rows.slice(0, first);
    const entryRows = pageRows.length ? await this.entryRows('id', pageRows.map((row) => row.leader_id), today) : [];
    const entries = await this.entries(entryRows, today);
    const edges = pageRows.flatMap((row) => {
      const node = entries.get(row.register_number);
      return node ? [{ node, cursor: encodeKeyCursor([row.sort_key, row.register_number]) }] : [];
    });
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, after !== null) };
  }

  /** Public board names and ids, by name; `query` matches words of the name (accent- and case-insensitive). */
  async boards(input: { query?: string | null; first?: number | null; after?: string | null }): Promise<PublicBoardConnectionType> {
    const first = pageSizeOf(input.first);
    const after = input.after ? decodeKeyCursor(input.after) : null;
    const params = new Params();
    const conditions = ['true'];
    for (const word of searchWords(input.query)) {
      conditions.push(`srpo_search_normalize(b.name) LIKE srpo_search_normalize(${params.add(likePattern(word))})`);
    }
    const filter = conditions.join(' AND ');
    const page = new Params();
    page.values.push(...params.values);
    const pageFilter = after ? `${filter} AND (b.name, b.id::text) > (${page.add(after[0])}, ${page.add(after[1])})` : filter;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(`SELECT b.id, b.name FROM board b WHERE ${pageFilter} ORDER BY b.name, b.id::text LIMIT ${first + 1}`, page.values) as Promise<
        { id: string; name: string }[]
      >,
      this.dataSource.query(`SELECT count(*)::int AS count FROM board b WHERE ${filter}`, params.values) as Promise<[{ count: number }]>,
    ]);
    const edges = rows.slice(0, first).map((row) => ({ node: { id: row.id, name: row.name }, cursor: encodeKeyCursor([row.name, row.id]) }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, after !== null) };
  }

  /** The schools of a board by name (keyset pages); none for an unknown board. */
  async boardSchools(input: { boardId: string; first?: number | null; after?: string | null }): Promise<PublicSchoolConnectionType> {
    const first = pageSizeOf(input.first);
    assertId(input.boardId, 'boardId');
    const after = input.after ? decodeKeyCursor(input.after) : null;
    const params = [input.boardId, ...(after ? [after[0], after[1]] : [])];
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id, name, city, brin FROM school WHERE board_id = $1${after ? ' AND (name, id::text) > ($2, $3)' : ''} ORDER BY name, id::text LIMIT ${first + 1}`,
        params,
      ) as Promise<{ id: string; name: string; city: string; brin: string }[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM school WHERE board_id = $1`, [input.boardId]) as Promise<[{ count: number }]>,
    ]);
    const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeKeyCursor([node.name, node.id]) }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, after !== null) };
  }

  /**
   * The entries on `asOf` of the leaders with these register numbers, in the order given (leaders not
   * registered then left out), read through `db`: the open-data export passes its transaction, so the
   * whole file is one snapshot.
   */
  async entriesInOrder(db: EntityManager, registerNumbers: readonly string[], asOf: CalendarDate): Promise<PublicRegistrationType[]> {
    const rows = (await db.query(ENTRY_STATEMENTS.number, [registerNumbers, asOf])) as LeaderEntryRow[];
    const entries = await this.entries(rows, asOf);
    return registerNumbers.flatMap((number) => entries.get(number) ?? []);
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const [row] = (await this.dataSource.query(sql, params)) as { count: number }[];
    return row!.count;
  }

  private entryRows(by: keyof typeof ENTRY_STATEMENTS, keys: readonly string[], asOf: CalendarDate): Promise<LeaderEntryRow[]> {
    return preparedQuery<LeaderEntryRow>(this.dataSource, `public_entry_by_${by}`, ENTRY_STATEMENTS[by], [keys, asOf]);
  }

  /** Public entries on `asOf` of the loaded leaders, keyed by register number (leaders not registered then are left out). */
  private async entries(rows: readonly LeaderEntryRow[], asOf: CalendarDate): Promise<Map<string, PublicRegistrationType>> {
    const entries = new Map<string, PublicRegistrationType>();
    if (rows.length === 0) return entries;
    const version = rows[0]!.catalogue_version;
    const [catalogue, credits] = await Promise.all([
      cachedThemeCatalogue(this.dataSource, version),
      cachedOfferingCredits(this.dataSource, version),
    ]);
    for (const row of rows) {
      const entry = entryOn(row.registrations, asOf);
      if (!entry?.state.period) continue;
      const dates = publicEntryDates(entry.facts, { ...entry.state, period: entry.state.period }, asOf);
      entries.set(row.register_number, {
        registerNumber: row.register_number,
        displayName: displayName({ firstName: row.first_name, infix: row.infix, lastName: row.last_name }),
        title: entry.title.title,
        aspirant: entry.title.aspirant,
        qualificationLevel: entry.title.level,
        status: entry.state.status,
        registeredOn: entry.registration.registeredOn,
        reRegistrationDue: dates.reRegistrationDue,
        aspirantUntil: dates.aspirantUntil,
        expiresOn: dates.expiresOn,
        deregisteredOn: dates.deregisteredOn,
        periodStartsOn: dates.periodStartsOn,
        completedThemes: creditedThemes(catalogue, formalCompletions(row.completions, credits), informalValidations(row.validations, catalogue), dates.themeWindow),
        boards: row.boards,
      });
    }
    return entries;
  }
}

/** The domain's formal completions from the loaded rows (certification in force on the completion date). */
function formalCompletions(rows: readonly CompletionRow[], credits: ReadonlyMap<string, OfferingCredit[]>): FormalCompletion[] {
  return rows.flatMap(([id, completedOn, offeringId]) => formalCompletionOf(credits.get(offeringId) ?? [], completedOn, id) ?? []);
}

/** The domain's informal validations from the loaded rows (the source is not public). */
function informalValidations(rows: readonly ValidationRow[], catalogue: ThemeCatalogue): InformalValidation[] {
  return rows.map(([id, validatedOn, themeId, method]) => ({ id, validatedOn, themeCode: catalogue.themeById.get(themeId)?.code ?? themeId, method }));
}

/**
 * The asked date, or today when none was asked. A later date is refused: the register tells how a
 * registration is or was, and a forecast answered as fact would mislead (issue 8).
 */
function answerableAsOf(asOf: CalendarDate | null | undefined, today: CalendarDate): CalendarDate {
  if (asOf == null) return today;
  if (!isPublicAsOf(asOf, today)) {
    throw ruleError('DATE_IN_FUTURE', 'De peildatum ligt na vandaag. Het register toont hoe een registratie is of was, niet hoe die zal zijn.', {
      field: 'asOf',
    });
  }
  return asOf;
}

/**
 * Themes completed in the period shown, inside the domain's window for the entry (§3.4, `publicEntryDates`),
 * by formal completions and informal validations alike (the route tells which).
 */
function creditedThemes(
  catalogue: ThemeCatalogue,
  completions: readonly FormalCompletion[],
  validations: readonly InformalValidation[],
  window: EvidenceWindow,
): PublicThemeCompletionType[] {
  if (completions.length === 0 && validations.length === 0) return [];
  const themeByCode = new Map(catalogue.themes.map((theme) => [theme.code, theme]));
  return completedThemes(catalogue.definitions, completions, validations, window).completed.map((completion) => ({
    theme: { code: completion.themeCode, name: themeByCode.get(completion.themeCode)?.name ?? completion.themeCode },
    completedOn: completion.completedOn,
    route: completion.route,
  }));
}
