import { DUE_WINDOW_MONTHS, dueWindowEnd, type CalendarDate, type RegistrationStatus } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { EMPLOYED_AT_BOARD } from '../leaders/leader-profile.service';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';
import { Params } from '../../shared/sql';

export const OVERVIEW_STATUSES: readonly RegistrationStatus[] = ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED'];

export interface BoardStatusCount {
  status: RegistrationStatus;
  /** Leaders with this status today, aspirants included. */
  count: number;
  /** How many of them are aspirants. */
  aspirants: number;
}

export interface BoardDueCount {
  months: number;
  /** The last due date inside the window. */
  dueOnOrBefore: CalendarDate;
  count: number;
}

export interface BoardOverview {
  asOf: CalendarDate;
  /** The board's current leaders (an employment that has started and not ended). */
  leaders: number;
  /** Current leaders without a registration in the register today. */
  notRegistered: number;
  byStatus: BoardStatusCount[];
  dueWithin: BoardDueCount[];
}

type CountRow = Record<string, number>;

/**
 * A board's counts on `today`: per status (with the aspirants among them) and re-registrations due
 * within six and twelve months (the domain's window). One statement over the register's read model,
 * made exact for today first, whatever the board's size; `boardLeaders` filters on the same columns,
 * so each count equals the length of the list it opens.
 */
export class BoardOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: CalendarDate,
  ) {}

  async overview(boardId: string): Promise<BoardOverview> {
    await freshRegisterEntriesVersion(this.dataSource, this.today);
    const windowEnds = DUE_WINDOW_MONTHS.map((months) => dueWindowEnd(this.today, months));
    const statusColumns = OVERVIEW_STATUSES.map(
      (status, index) =>
        `count(*) FILTER (WHERE r.status = '${status}')::int AS s${index}, count(*) FILTER (WHERE r.status = '${status}' AND r.aspirant)::int AS a${index}`,
    );
    // Mirrors isReRegistrationDueWithin: ACTIVE, not aspirant, due on or before the window's end.
    const params = new Params();
    params.add(boardId);
    params.add(this.today);
    const dueColumns = windowEnds.map((end, index) => `count(*) FILTER (WHERE r.status = 'ACTIVE' AND NOT r.aspirant AND r.due_date <= ${params.add(end)})::int AS d${index}`);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS leaders, count(*) FILTER (WHERE r.leader_id IS NULL)::int AS not_registered, ${[...statusColumns, ...dueColumns].join(', ')}
         FROM school_leader l LEFT JOIN register_entry r ON r.leader_id = l.id
        WHERE ${EMPLOYED_AT_BOARD}`,
      params.values,
    )) as CountRow[];
    const counts = row!;
    return {
      asOf: this.today,
      leaders: counts.leaders!,
      notRegistered: counts.not_registered!,
      byStatus: OVERVIEW_STATUSES.map((status, index) => ({ status, count: counts[`s${index}`]!, aspirants: counts[`a${index}`]! })),
      dueWithin: DUE_WINDOW_MONTHS.map((months, index) => ({ months, dueOnOrBefore: windowEnds[index]!, count: counts[`d${index}`]! })),
    };
  }
}
