import { LessThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { AuditLogEntry } from './audit-log.entity';
import { decodeIdCursor, pageSize, toPage } from './id-cursor';

export interface AuditLogFilter {
  entity?: string | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Reads the audit log for staff; writing goes through `recordAudit` inside the changing transaction. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Entries newest first, optionally for one entity (type and/or id), as a Relay page. */
  async list(filter: AuditLogFilter) {
    const size = pageSize(filter.first);
    const where: FindOptionsWhere<AuditLogEntry> = {};
    if (filter.entity) where.entity = filter.entity;
    if (filter.entityId) where.entityId = filter.entityId;
    if (filter.after) where.id = LessThan(decodeIdCursor(filter.after));
    const [rows, totalCount] = await Promise.all([
      this.dataSource.getRepository(AuditLogEntry).find({ where, order: { id: 'DESC' }, take: size + 1 }),
      this.dataSource.getRepository(AuditLogEntry).count({ where: { ...where, id: undefined } }),
    ]);
    return { ...toPage(rows, size), totalCount };
  }

  /**
   * A leader's audit trail, newest first: every entry about the leader's registrations, applications
   * (with their decisions and documents), deferral requests, completions, informal validations and letters. The records are
   * the leader's own (tens), each entry found through the (entity, entity_id) index: two statements a page.
   */
  async forLeader(leaderId: string, page: { first?: number | null; after?: string | null }) {
    const size = pageSize(page.first);
    const before = page.after ? decodeIdCursor(page.after) : null;
    const records = `
      WITH leader_record(entity, entity_id) AS (
        SELECT 'school_leader', $1::text
        UNION ALL SELECT 'registration', id::text FROM registration WHERE leader_id = $1::uuid
        UNION ALL SELECT 'registration_application', id::text FROM registration_application WHERE leader_id = $1::uuid
        UNION ALL SELECT 'decision', d.id::text FROM decision d JOIN registration_application a ON a.id = d.application_id WHERE a.leader_id = $1::uuid
        UNION ALL SELECT 'evidence_document', d.id::text FROM evidence_document d JOIN registration_application a ON a.id = d.application_id WHERE a.leader_id = $1::uuid
        UNION ALL SELECT 'deferral_request', id::text FROM deferral_request WHERE leader_id = $1::uuid
        UNION ALL SELECT 'completion', id::text FROM completion WHERE leader_id = $1::uuid
        UNION ALL SELECT 'informal_validation', id::text FROM informal_validation WHERE leader_id = $1::uuid
        UNION ALL SELECT 'letter', id::text FROM letter WHERE leader_id = $1::uuid)
      SELECT %s FROM audit_log a JOIN leader_record r ON a.entity = r.entity AND a.entity_id = r.entity_id`;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `${records.replace('%s', 'a.id::text AS id, a.occurred_at AS "occurredAt", a.actor_account_id AS "actorAccountId", a.entity, a.entity_id AS "entityId", a.action, a.before, a.after')}
          ${before ? 'WHERE a.id < $2' : ''} ORDER BY a.id DESC LIMIT ${size + 1}`,
        before ? [leaderId, before] : [leaderId],
      ) as Promise<AuditLogEntry[]>,
      this.dataSource.query(records.replace('%s', 'count(*)::int AS count'), [leaderId]) as Promise<[{ count: number }]>,
    ]);
    return { ...toPage(rows, size), totalCount: count };
  }
}
