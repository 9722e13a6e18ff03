import {
  completedThemes,
  displayName,
  dueDateOn,
  registrationStateOn,
  statusOn,
  type CalendarDate,
  type FormalCompletion,
  type RegistrationStatus,
  type RegistrationTitle,
} from '@srpo/domain';
import { In, type DataSource } from 'typeorm';
import { checkPageSize } from '../../database/offset-cursor';
import { assertId } from '../../database/row-lock';
import { forwardPageInfo } from '../../schema/connection';
import { AppError } from '../../http/errors';
import { Employment } from '../leaders/employment.entity';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { Board } from '../organisations/board.entity';
import { groupBy, loadRegistrationHistory } from '../registrations/registration.loaders';
import { titleOn, toRegistrationFacts } from '../registrations/registration.facts';
import { Registration } from '../registrations/registration.entity';
import { loadFormalCompletions, loadThemeCatalogue, type ThemeCatalogue } from '../theme-progress/theme-evidence';
import type { PublicRegistrationConnectionType, PublicRegistrationType, PublicThemeCompletionType } from './public-register.types';

export const MAX_BULK_LOOKUP = 100;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
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

interface Cursor {
  sortKey: string;
  registerNumber: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.registerNumber])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [sortKey, registerNumber] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof registerNumber === 'string') return { sortKey, registerNumber };
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor: gebruik een `endCursor` uit een eerder antwoord.', { field: 'after' });
}

/**
 * Answers the anonymous register queries. Every answer is computed by the domain from the stored
 * facts for the asked date, and every list loads in a fixed number of queries.
 */
export class PublicRegisterService {
  constructor(private readonly dataSource: DataSource) {}

  async findByRegisterNumber(registerNumber: string, asOf: CalendarDate): Promise<PublicRegistrationType | null> {
    const [entry] = await this.findByRegisterNumbers([registerNumber], asOf);
    return entry ?? null;
  }

  /** Entries in the order asked, null for unknown numbers or leaders not registered on `asOf`. */
  async findByRegisterNumbers(registerNumbers: readonly string[], asOf: CalendarDate): Promise<(PublicRegistrationType | null)[]> {
    if (registerNumbers.length > MAX_BULK_LOOKUP) {
      throw new AppError('BAD_USER_INPUT', `Vraag hoogstens ${MAX_BULK_LOOKUP} registernummers tegelijk op.`, {
        field: 'registerNumbers',
      });
    }
    const wanted = [...new Set(registerNumbers.map((number) => number.trim()))];
    const leaders = wanted.length
      ? await this.dataSource.getRepository(SchoolLeader).find({ where: { registerNumber: In(wanted) } })
      : [];
    const entries = await this.entriesFor(leaders, asOf);
    return registerNumbers.map((number) => entries.get(number.trim()) ?? null);
  }

  async search(input: SearchRegisterInput, today: CalendarDate): Promise<PublicRegistrationConnectionType> {
    const first = checkPageSize(input.first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    if (input.boardId) assertId(input.boardId, 'boardId');
    const after = input.after ? decodeCursor(input.after) : null;

    const conditions: string[] = ['r.status = ANY($1::text[])'];
    const params: unknown[] = [input.status?.length ? input.status : DEFAULT_SEARCH_STATUSES];
    const words = (input.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    for (const word of words) {
      params.push(`%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
      conditions.push(`l.search_text LIKE srpo_search_normalize($${params.length})`);
    }
    if (input.title?.length) {
      params.push(input.title);
      conditions.push(`r.title = ANY($${params.length}::text[])`);
    }
    if (input.boardId) {
      params.push(input.boardId, today);
      conditions.push(
        `EXISTS (SELECT 1 FROM employment e WHERE e.leader_id = l.id AND e.board_id = $${params.length - 1}
                   AND e.starts_on <= $${params.length} AND (e.ends_on IS NULL OR e.ends_on >= $${params.length}))`,
      );
    }
    // Each leader's most recent registration is the one the register shows.
    const from = `school_leader l
      JOIN LATERAL (SELECT * FROM registration WHERE leader_id = l.id ORDER BY registered_on DESC LIMIT 1) r ON true`;
    const filter = conditions.join(' AND ');

    const pageParams = [...params];
    let pageFilter = filter;
    if (after) {
      pageParams.push(after.sortKey, after.registerNumber);
      pageFilter += ` AND (l.sort_key, l.register_number) > ($${pageParams.length - 1}, $${pageParams.length})`;
    }
    pageParams.push(first + 1);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT l.id FROM ${from} WHERE ${pageFilter} ORDER BY l.sort_key, l.register_number LIMIT $${pageParams.length}`,
        pageParams,
      ) as Promise<{ id: string }[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM ${from} WHERE ${filter}`, params) as Promise<[{ count: number }]>,
    ]);

    const pageIds = rows.slice(0, first).map((row) => row.id);
    const leaders = pageIds.length ? await this.dataSource.getRepository(SchoolLeader).findBy({ id: In(pageIds) }) : [];
    const leaderById = new Map(leaders.map((leader) => [leader.id, leader]));
    const ordered = pageIds.map((id) => leaderById.get(id)).filter((leader): leader is SchoolLeader => Boolean(leader));
    const entries = await this.entriesFor(ordered, today);
    const sortKeys = await this.sortKeys(pageIds);

    const edges = ordered.flatMap((leader) => {
      const node = entries.get(leader.registerNumber);
      const sortKey = sortKeys.get(leader.id);
      return node && sortKey !== undefined ? [{ node, cursor: encodeCursor({ sortKey, registerNumber: leader.registerNumber }) }] : [];
    });
    return {
      edges,
      totalCount: count,
      pageInfo: forwardPageInfo(edges, rows.length > first, after !== null),
    };
  }

  private async sortKeys(leaderIds: string[]): Promise<Map<string, string>> {
    if (leaderIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT id, sort_key FROM school_leader WHERE id = ANY($1::uuid[])`, [
      leaderIds,
    ])) as { id: string; sort_key: string }[];
    return new Map(rows.map((row) => [row.id, row.sort_key]));
  }

  /** Public entries of the given leaders on `asOf`, keyed by register number (a fixed number of queries for any number). */
  private async entriesFor(leaders: readonly SchoolLeader[], asOf: CalendarDate): Promise<Map<string, PublicRegistrationType>> {
    if (leaders.length === 0) return new Map();
    const leaderIds = leaders.map((leader) => leader.id);
    const registrations = await this.dataSource
      .createQueryBuilder(Registration, 'r')
      .where('r.leader_id IN (:...leaderIds)', { leaderIds })
      .andWhere('r.registered_on <= :asOf', { asOf })
      .orderBy('r.registered_on', 'DESC')
      .getMany();
    // The registration in force on `asOf` is the most recent one registered by then.
    const latest = new Map<string, Registration>();
    for (const registration of registrations) if (!latest.has(registration.leaderId)) latest.set(registration.leaderId, registration);

    const catalogue = await loadThemeCatalogue(this.dataSource);
    const [histories, boardsByLeader, completionsByLeader] = await Promise.all([
      loadRegistrationHistory(this.dataSource, [...latest.values()]),
      this.boardsOn(leaderIds, asOf),
      loadFormalCompletions(this.dataSource, [...latest.keys()], catalogue),
    ]);
    const historyByLeader = new Map(histories.map((history) => [history.registration.leaderId, history]));

    const entries = new Map<string, PublicRegistrationType>();
    for (const leader of leaders) {
      const history = historyByLeader.get(leader.id);
      if (!history) continue;
      const facts = toRegistrationFacts(history);
      const status = statusOn(facts, asOf);
      const title = titleOn(history.titleChanges, asOf);
      if (!status || !title) continue;
      entries.set(leader.registerNumber, {
        registerNumber: leader.registerNumber,
        displayName: displayName(leader),
        title: title.title,
        aspirant: title.aspirant,
        qualificationLevel: title.level,
        status,
        registeredOn: history.registration.registeredOn,
        reRegistrationDue: dueDateOn(facts, asOf),
        completedThemes: creditedThemes(catalogue, completionsByLeader.get(leader.id) ?? [], registrationStateOn(facts, asOf).period?.startsOn ?? null, asOf),
        boards: boardsByLeader.get(leader.id) ?? [],
      });
    }
    return entries;
  }

  private async boardsOn(leaderIds: readonly string[], asOf: CalendarDate): Promise<Map<string, { name: string }[]>> {
    const employments = await this.dataSource
      .createQueryBuilder(Employment, 'e')
      .innerJoin(Board, 'b', 'b.id = e.board_id')
      .select(['e.leader_id AS leader_id', 'b.name AS name'])
      .where('e.leader_id IN (:...leaderIds)', { leaderIds })
      .andWhere('e.starts_on <= :asOf AND (e.ends_on IS NULL OR e.ends_on >= :asOf)', { asOf })
      .distinct(true)
      .orderBy('b.name')
      .getRawMany<{ leader_id: string; name: string }>();
    const grouped = groupBy(employments, (row) => row.leader_id);
    return new Map([...grouped].map(([leaderId, rows]) => [leaderId, rows.map((row) => ({ name: row.name }))]));
  }
}

/** Themes completed in the registration period current on `asOf`, by the domain's rules (§3.4). */
function creditedThemes(
  catalogue: ThemeCatalogue,
  completions: readonly FormalCompletion[],
  periodStartsOn: CalendarDate | null,
  asOf: CalendarDate,
): PublicThemeCompletionType[] {
  if (periodStartsOn === null || completions.length === 0) return [];
  const themeByCode = new Map(catalogue.themes.map((theme) => [theme.code, theme]));
  return completedThemes(catalogue.definitions, completions, [], { from: periodStartsOn, until: asOf }).completed.map((completion) => ({
    theme: { code: completion.themeCode, name: themeByCode.get(completion.themeCode)?.name ?? completion.themeCode },
    completedOn: completion.completedOn,
    route: completion.route,
  }));
}
