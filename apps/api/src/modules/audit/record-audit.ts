import type { EntityManager } from 'typeorm';
import { auditRecordValues, LEADER_RECORD_TABLES } from './audit-fields';

/** What changed, by whom (null = the system), from what to what. */
export interface AuditEntryInput {
  actorAccountId: string | null;
  /** Table or aggregate name, e.g. `registration`. */
  entity: string;
  entityId: string;
  /** Upper-case verb, e.g. `STATUS_CHANGED`. */
  action: string;
  /**
   * Full snapshots of the record: only what {@link auditRecordValues} lets through is stored (references,
   * non-personal values, the names of the changed fields).
   */
  before?: unknown;
  after?: unknown;
  /** The leader the entry concerns, when neither the record nor its snapshot leads to one. */
  leaderId?: string | null;
}

/** The leader of a record of `table` (they all name it in `leader_id`), looked up in the same statement. */
const LEADER_OF_RECORD = Object.values(LEADER_RECORD_TABLES)
  .map((table) => `WHEN '${table}' THEN (SELECT r.leader_id FROM ${table} r WHERE r.id = e.via_id)`)
  .join(' ');

/**
 * Appends audit entries with the caller's transaction manager, so an entry commits or rolls back
 * together with the change it describes: one statement for any number of entries. Every entry goes
 * through {@link auditRecordValues}, so no personal value reaches the append-only log.
 */
export async function recordAudits(manager: EntityManager, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => {
    const values = auditRecordValues(entry.entity, entry.entityId, entry.before, entry.after, entry.leaderId);
    const link = values.leader;
    return {
      actor: entry.actorAccountId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: values.before,
      after: values.after,
      changed: values.changedFields,
      leader_id: link && 'leaderId' in link ? link.leaderId : null,
      via_table: link && 'table' in link ? link.table : null,
      via_id: link && 'table' in link ? link.id : null,
    };
  });
  await manager.query(
    `INSERT INTO audit_log (actor_account_id, entity, entity_id, action, before, after, changed_fields, leader_id)
     SELECT e.actor, e.entity, e.entity_id, e.action, e.before, e.after, ARRAY(SELECT jsonb_array_elements_text(e.changed)),
            coalesce(e.leader_id, CASE e.via_table ${LEADER_OF_RECORD} END)
       FROM jsonb_to_recordset($1::jsonb) AS e(actor uuid, entity text, entity_id text, action text, before jsonb, after jsonb,
            changed jsonb, leader_id uuid, via_table text, via_id uuid)`,
    [JSON.stringify(rows)],
  );
}

/** Appends one audit entry inside the caller's transaction (see {@link recordAudits}). */
export async function recordAudit(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
  await recordAudits(manager, [entry]);
}
