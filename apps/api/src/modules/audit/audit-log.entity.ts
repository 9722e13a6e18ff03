import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A JSON object or array as stored in a jsonb column (a snapshot of the record's relevant fields). */
export type JsonDocument = object;

/**
 * One entry of the append-only audit log (DESIGN §3.8). The database refuses UPDATE, DELETE and
 * TRUNCATE on the table; write entries only through {@link recordAudit}.
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

  @Column({ type: 'jsonb', nullable: true })
  before: JsonDocument | null;

  @Column({ type: 'jsonb', nullable: true })
  after: JsonDocument | null;
}
