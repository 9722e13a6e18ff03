import { displayName, isAfter, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { assertId } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import type { Connection } from '../../schema/connection';
import { pageSizeOf } from '../../shared/paging';
import { Params } from '../../shared/sql';
import type { JsonDocument } from './audit-log.entity';
import { decodeIdCursor, toPage } from './id-cursor';

export interface AuditLogFilter {
  /** Kind of record, e.g. `registration`. */
  entity?: string | null;
  entityId?: string | null;
  /** The leader's whole case: entries about the leader and every record of the leader's (see {@link leaderRecords}). */
  leaderId?: string | null;
  actorAccountId?: string | null;
  /** First and last day (Amsterdam), inclusive. */
  from?: CalendarDate | null;
  to?: CalendarDate | null;
  first?: number | null;
  after?: string | null;
}

/** An entry as read for staff: the actor's name beside the id (null for the system). */
export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  actorAccountId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: JsonDocument | null;
  after: JsonDocument | null;
  changedFields: string[];
  leaderId: string | null;
  /** The leader's name as it is now (read with the page, never stored in the log); null when the leader is gone. */
  leaderName: string | null;
}

type StoredRow = Omit<AuditEntryRow, 'leaderName'> & { leaderFirstName: string | null; leaderInfix: string | null; leaderLastName: string | null };

/** A page of entries; `totalCount` is counted only when read (GraphQL reads it only when selected). */
export type AuditPage = Omit<Connection<AuditEntryRow>, 'totalCount'> & { readonly totalCount: Promise<number> };

/**
 * The records of a leader's case, as (entity, entity_id), for the leader in `$leader`: each branch
 * reads one of the leader's indexes (tens of rows), so the case file's history is a join of those on
 * the log's (entity, entity_id) index, however long the log. A record that was deleted (a cancelled
 * sign-up, a removed portfolio document, a validation undone by an objection) is found through its
 * entries' reference to the leader (`leader_id`, its own index).
 */
function leaderRecords(leader: string): string {
  const id = `${leader}::uuid`;
  return `
    SELECT 'school_leader', ${leader}::text
    UNION SELECT 'account', account_id::text FROM school_leader WHERE id = ${id} AND account_id IS NOT NULL
    UNION SELECT 'employment', id::text FROM employment WHERE leader_id = ${id}
    UNION SELECT 'registration', id::text FROM registration WHERE leader_id = ${id}
    UNION SELECT 're_registration', r.id::text FROM re_registration r JOIN registration g ON g.id = r.registration_id WHERE g.leader_id = ${id}
    UNION SELECT 'registration_application', id::text FROM registration_application WHERE leader_id = ${id}
    UNION SELECT 'decision', d.id::text FROM decision d JOIN registration_application a ON a.id = d.application_id WHERE a.leader_id = ${id}
    UNION SELECT 'evidence_document', d.id::text FROM evidence_document d JOIN registration_application a ON a.id = d.application_id WHERE a.leader_id = ${id}
    UNION SELECT 'evidence_document', d.id::text FROM evidence_document d JOIN completion c ON c.id = d.completion_id WHERE c.leader_id = ${id}
    UNION SELECT 'evidence_document', d.id::text FROM evidence_document d JOIN portfolio_case p ON p.id = d.portfolio_case_id WHERE p.leader_id = ${id}
    UNION SELECT 'deferral_request', id::text FROM deferral_request WHERE leader_id = ${id}
    UNION SELECT 'completion', id::text FROM completion WHERE leader_id = ${id}
    UNION SELECT 'informal_validation', id::text FROM informal_validation WHERE leader_id = ${id}
    UNION SELECT 'letter', id::text FROM letter WHERE leader_id = ${id}
    UNION SELECT 'objection', id::text FROM objection WHERE leader_id = ${id}
    UNION SELECT 'portfolio_case', id::text FROM portfolio_case WHERE leader_id = ${id}
    UNION SELECT 'portfolio_assessment', s.id::text FROM portfolio_assessment s JOIN portfolio_case p ON p.id = s.portfolio_case_id WHERE p.leader_id = ${id}
    UNION SELECT 'peer_sign_up', id::text FROM peer_sign_up WHERE leader_id = ${id}
    UNION SELECT 'peer_group_member', id::text FROM peer_group_member WHERE leader_id = ${id}
    UNION SELECT 'peer_group', group_id::text FROM peer_group_member WHERE leader_id = ${id}
    UNION SELECT 'peer_reflection', r.id::text FROM peer_reflection r JOIN peer_group_member m ON m.group_id = r.group_id
           WHERE m.leader_id = ${id} AND ${id} IN (r.author_leader_id, r.subject_leader_id)
    UNION SELECT l.entity, l.entity_id FROM audit_log l WHERE l.leader_id = ${id}`;
}

const COLUMNS = `a.id::text AS id, a.occurred_at AS "occurredAt", a.actor_account_id AS "actorAccountId", actor.display_name AS "actorName",
  a.entity, a.entity_id AS "entityId", a.action, a.before, a.after, a.changed_fields AS "changedFields", a.leader_id AS "leaderId",
  leader.first_name AS "leaderFirstName", leader.infix AS "leaderInfix", leader.last_name AS "leaderLastName"`;

/** Reads the audit log for staff; writing goes through `recordAudit` inside the changing transaction. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Entries newest first (occurred_at, id), every filter combined: one statement for the page (an
   * index per filter, see the audit-trail-filters migration) and, only when asked for, one count.
   */
  async list(filter: AuditLogFilter): Promise<AuditPage> {
    const size = pageSizeOf(filter.first);
    if (filter.leaderId) assertId(filter.leaderId, 'leaderId');
    if (filter.actorAccountId) assertId(filter.actorAccountId, 'actorAccountId');
    if (filter.from && filter.to && isAfter(filter.from, filter.to)) {
      throw new AppError('BAD_USER_INPUT', 'De begindatum ligt na de einddatum.', { field: 'from' });
    }
    const params = new Params();
    const conditions: string[] = [];
    const cte = filter.leaderId ? `WITH leader_record(entity, entity_id) AS (${leaderRecords(params.add(filter.leaderId))}) ` : '';
    if (filter.entity) conditions.push(`a.entity = ${params.add(filter.entity)}`);
    if (filter.entityId) conditions.push(`a.entity_id = ${params.add(filter.entityId)}`);
    if (filter.actorAccountId) conditions.push(`a.actor_account_id = ${params.add(filter.actorAccountId)}::uuid`);
    // Days in Amsterdam: from the start of `from` up to the start of the day after `to`.
    if (filter.from) conditions.push(`a.occurred_at >= (${params.add(filter.from)}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
    if (filter.to) conditions.push(`a.occurred_at < (${params.add(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
    const filtered = [...conditions];
    if (filter.after) {
      const cursor = params.add(decodeIdCursor(filter.after));
      conditions.push(`(a.occurred_at, a.id) < (SELECT c.occurred_at, c.id FROM audit_log c WHERE c.id = ${cursor}::bigint)`);
    }
    // A leader's case is read record by record: LATERAL with its own LIMIT (or count) cannot be flattened into a join,
    // so each of the case's records (tens) is one probe of the (entity, entity_id) index, however long the log.
    const ofRecord = (list: string[]) => ['a.entity = r.entity', 'a.entity_id = r.entity_id', ...list].join(' AND ');
    const where = (list: string[]) => (list.length > 0 ? ` WHERE ${list.join(' AND ')}` : '');
    const order = 'ORDER BY a.occurred_at DESC, a.id DESC';
    // Names are read now, for the page only (a primary-key probe per row): the log itself stores ids.
    const names = 'LEFT JOIN account actor ON actor.id = a.actor_account_id LEFT JOIN school_leader leader ON leader.id = a.leader_id';
    const page = filter.leaderId
      ? `leader_record r CROSS JOIN LATERAL (SELECT a.* FROM audit_log a WHERE ${ofRecord(conditions)} ${order} LIMIT ${size + 1}) a ${names}`
      : `audit_log a ${names}${where(conditions)}`;
    const stored = (await this.dataSource.query(`${cte}SELECT ${COLUMNS} FROM ${page} ${order} LIMIT ${size + 1}`, params.values)) as StoredRow[];
    const rows = stored.map(({ leaderFirstName, leaderInfix, leaderLastName, ...row }): AuditEntryRow => ({
      ...row,
      leaderName: leaderLastName === null ? null : displayName({ firstName: leaderFirstName ?? '', infix: leaderInfix, lastName: leaderLastName }),
    }));
    // The count runs only when the query selects totalCount: over the whole log it reads every row.
    const countSql = filter.leaderId
      ? `${cte}SELECT coalesce(sum(x.n), 0)::int AS count FROM leader_record r CROSS JOIN LATERAL (SELECT count(*) AS n FROM audit_log a WHERE ${ofRecord(filtered)}) x`
      : `SELECT count(*)::int AS count FROM audit_log a${where(filtered)}`;
    const countParams = params.values.slice(0, filter.after ? -1 : undefined);
    let count: Promise<number> | undefined;
    const countRows = () => (count ??= (this.dataSource.query(countSql, countParams) as Promise<[{ count: number }]>).then(([row]) => row.count));
    return {
      ...toPage(rows, size),
      get totalCount() {
        return countRows();
      },
    };
  }
}
