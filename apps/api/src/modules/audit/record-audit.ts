import type { EntityManager } from 'typeorm';
import { AuditLogEntry, type JsonDocument } from './audit-log.entity';

/** What changed, by whom (null = the system), from what to what. */
export interface AuditEntryInput {
  actorAccountId: string | null;
  /** Table or aggregate name, e.g. `registration`. */
  entity: string;
  entityId: string;
  /** Upper-case verb, e.g. `STATUS_CHANGED`. */
  action: string;
  before?: unknown;
  after?: unknown;
}

/** A snapshot of `value` as JSON (dates become ISO strings); a bare value is wrapped as `{ value }`. */
function toJson(value: unknown): JsonDocument | null {
  if (value === undefined || value === null) return null;
  const json: unknown = JSON.parse(JSON.stringify(value));
  return typeof json === 'object' && json !== null ? json : { value: json };
}

/**
 * Appends audit entries with the caller's transaction manager, so an entry commits or rolls back
 * together with the change it describes.
 */
export async function recordAudits(manager: EntityManager, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.getRepository(AuditLogEntry).insert(
    entries.map((entry) => ({
      actorAccountId: entry.actorAccountId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })),
  );
}

/** Appends one audit entry inside the caller's transaction (see {@link recordAudits}). */
export async function recordAudit(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
  await recordAudits(manager, [entry]);
}
