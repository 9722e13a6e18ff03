import type { ApplicationKind, ApplicationStatus } from '@srpo/domain';
import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { AppError } from '../../http/errors';
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
    const first = filter.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new AppError('BAD_USER_INPUT', `\`first\` moet tussen 1 en ${MAX_PAGE} liggen.`, { field: 'first' });
    }
    const offset = filter.after ? decodeOffset(filter.after) : 0;
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
    const edges = page.map((node, index) => ({ node, cursor: encodeOffset(offset + index + 1) }));
    return { edges, totalCount, hasNextPage: rows.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null };
  }

  async countsByStatus(): Promise<{ status: ApplicationStatus; count: number }[]> {
    const rows = (await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM registration_application GROUP BY status ORDER BY status`,
    )) as { status: ApplicationStatus; count: number }[];
    return rows;
  }
}

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', 'Ongeldige cursor.', { field: 'after' });
  return Number(match[1]);
}
