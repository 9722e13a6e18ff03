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
}
