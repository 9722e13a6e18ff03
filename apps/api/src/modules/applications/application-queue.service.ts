import type { ApplicationKind, ApplicationStatus } from '@srpo/domain';
import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { checkPageSize, decodeOffsetCursor, encodeOffsetCursor } from '../../database/offset-cursor';
import { forwardPageInfo } from '../../schema/connection';
import { RegistrationApplication } from './registration-application.entity';

export interface ApplicationQueueFilter {
  status?: ApplicationStatus[] | null;
  kind?: ApplicationKind[] | null;
  meetingId?: string | null;
  first?: number | null;
  after?: string | null;
}

const MAX_PAGE = 100;

/** Staff's view of applications: filtered, oldest submission first, paged; counts per status. */
export class ApplicationQueueService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: ApplicationQueueFilter) {
    const first = checkPageSize(filter.first, 25, MAX_PAGE);
    const offset = decodeOffsetCursor(filter.after);
    const where: FindOptionsWhere<RegistrationApplication> = {};
    if (filter.status?.length) where.status = In(filter.status);
    if (filter.kind?.length) where.kind = In(filter.kind);
    if (filter.meetingId) where.meetingId = filter.meetingId;
    const [rows, totalCount] = await this.dataSource.getRepository(RegistrationApplication).findAndCount({
      where,
      order: { submittedAt: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: first + 1,
    });
    const page = rows.slice(0, first);
    const edges = page.map((node, index) => ({ node, cursor: encodeOffsetCursor(offset + index + 1) }));
    return { edges, totalCount, pageInfo: forwardPageInfo(edges, rows.length > first, offset > 0) };
  }

  async countsByStatus(): Promise<{ status: ApplicationStatus; count: number }[]> {
    const rows = (await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM registration_application GROUP BY status ORDER BY status`,
    )) as { status: ApplicationStatus; count: number }[];
    return rows;
  }
}
