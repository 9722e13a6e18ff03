import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A JSON object or array as stored in a jsonb column (the values of a record an entry may keep). */
export type JsonDocument = object;

/**
 * One entry of the append-only audit log (DESIGN §3.8). The database refuses UPDATE, DELETE and
 * TRUNCATE on the table; write entries only through {@link recordAudit}, which keeps references and
 * non-personal values only (see `audit-fields.ts`).
 */
@Entity({ name: 'audit_log' })
export class AuditLogEntry {
  /** bigserial: read as a string, so it never loses precision. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false, update: false, default: () => 'now()' })
  occurredAt: Date;

  /** null for the system (the daily job). */
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'text' })
  action: string;

  /** References and the values `AUDIT_VALUE_FIELDS` allows for the kind, before the change. */
  @Column({ type: 'jsonb', nullable: true })
  before: JsonDocument | null;

  @Column({ type: 'jsonb', nullable: true })
  after: JsonDocument | null;

  /** Names of the fields the change set, altered or cleared, personal ones included (their values are not kept). */
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => `'{}'` })
  changedFields: string[];

  /** The leader the entry concerns (the case file finds entries of removed records through it); no foreign key, the log outlives records. */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true })
  leaderId: string | null;
}
