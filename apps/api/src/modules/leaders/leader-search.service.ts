import { displayName, type CalendarDate, type RegistrationStatus, type RegistrationTitle } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { forwardPageInfo } from '../../schema/connection';
import { pageSizeOf } from '../../shared/paging';
import { decodeKeyCursor, encodeKeyCursor, likePattern, Params, searchWords } from '../../shared/sql';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';
import type { LeaderSearchConnectionType } from './leader-search.types';

export interface LeaderSearchInput {
  /** Words of a name, a register number or an e-mail address; every word must match. */
  query?: string | null;
  boardId?: string | null;
  status?: RegistrationStatus[] | null;
  first?: number | null;
  after?: string | null;
}

interface HitRow {
  id: string;
  register_number: string;
  sort_key: string;
  first_name: string;
  infix: string | null;
  last_name: string;
  email: string | null;
  status: RegistrationStatus | null;
  title: RegistrationTitle | null;
  boards: string[];
}

/**
 * Staff's search over every enrolled leader (also those without a registration), by name, register
 * number or e-mail, optionally one board's current leaders or some statuses: keyset pages on the
 * trigram-indexed `school_leader` with today's status from the register read model. Two statements a
 * page (the page with its boards, and the count), whatever the page or the register's size.
 */
export class LeaderSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: CalendarDate,
  ) {}

  async search(input: LeaderSearchInput): Promise<LeaderSearchConnectionType> {
    const first = pageSizeOf(input.first);
    if (input.boardId) assertId(input.boardId, 'boardId');
    const after = input.after ? decodeKeyCursor(input.after) : null;
    // The status shown and filtered on is today's, also before the daily job ran.
    await freshRegisterEntriesVersion(this.dataSource, this.today);

    const params = new Params();
    const conditions = ['true'];
    for (const word of searchWords(input.query)) {
      const pattern = params.add(likePattern(word));
      conditions.push(`(l.search_text LIKE srpo_search_normalize(${pattern}) OR lower(l.email) LIKE lower(${pattern}))`);
    }
    if (input.status?.length) conditions.push(`e.status = ANY(${params.add(input.status)}::text[])`);
    if (input.boardId) {
      const [board, on] = [params.add(input.boardId), params.add(this.today)];
      conditions.push(
        `l.id IN (SELECT m.leader_id FROM employment m
                   WHERE m.board_id = ${board}::uuid AND m.starts_on <= ${on} AND (m.ends_on IS NULL OR m.ends_on >= ${on}))`,
      );
    }
    const from = 'school_leader l LEFT JOIN register_entry e ON e.leader_id = l.id';
    const filter = conditions.join(' AND ');
    const page = new Params();
    page.values.push(...params.values);
    const today = page.add(this.today);
    const pageFilter = after ? `${filter} AND (l.sort_key, l.register_number) > (${page.add(after[0])}, ${page.add(after[1])})` : filter;

    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT l.id, l.register_number, l.sort_key, l.first_name, l.infix, l.last_name, l.email, e.status, e.title,
                ARRAY(SELECT b.name FROM employment m JOIN board b ON b.id = m.board_id
                       WHERE m.leader_id = l.id AND m.starts_on <= ${today} AND (m.ends_on IS NULL OR m.ends_on >= ${today})
                       ORDER BY b.name) AS boards
           FROM ${from} WHERE ${pageFilter}
          ORDER BY l.sort_key, l.register_number LIMIT ${first + 1}`,
        page.values,
      ) as Promise<HitRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM ${from} WHERE ${filter}`, params.values) as Promise<[{ count: number }]>,
    ]);
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeKeyCursor([row.sort_key, row.register_number]),
      node: {
        id: row.id,
        registerNumber: row.register_number,
        displayName: displayName({ firstName: row.first_name, infix: row.infix, lastName: row.last_name }),
        email: row.email,
        status: row.status,
        title: row.title,
        boards: [...new Set(row.boards)],
      },
    }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, after !== null) };
  }
}
