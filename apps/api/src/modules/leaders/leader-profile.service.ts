import { displayName, registrationStateOn, type CalendarDate, type RegistrationStatus } from '@srpo/domain';
import { In, type DataSource } from 'typeorm';
import { checkPageSize, decodeOffsetCursor, encodeOffsetCursor } from '../../database/offset-cursor';
import { AppError } from '../../http/errors';
import { forwardPageInfo } from '../../schema/connection';
import { School } from '../organisations/school.entity';
import { Board } from '../organisations/board.entity';
import { groupBy, loadRegistrationHistory } from '../registrations/registration.loaders';
import { toRegistrationFacts } from '../registrations/registration.facts';
import { latestRegistrations } from '../registrations/latest-registration';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';
import { Params } from '../../shared/sql';
import { Theme } from '../themes/theme.entity';
import { DevelopmentPlanTheme } from './development-plan-theme.entity';
import { Employment } from './employment.entity';
import type { LeaderProfileConnectionType, LeaderProfileType } from './leader.types';
import { SchoolLeader } from './school-leader.entity';

export interface BoardLeadersFilter {
  boardId: string;
  status?: RegistrationStatus[] | null;
  /** Only aspirants (true) or only full registrations (false). */
  aspirant?: boolean | null;
  /** Only leaders whose re-registration is due on or before this date. */
  dueBefore?: CalendarDate | null;
  first?: number | null;
  after?: string | null;
}

/** SQL: leader `l` works at board `$1` on day `$2` (an employment that has started and not ended). */
export const EMPLOYED_AT_BOARD = `EXISTS (SELECT 1 FROM employment e WHERE e.leader_id = l.id AND e.board_id = $1 AND e.starts_on <= $2 AND (e.ends_on IS NULL OR e.ends_on >= $2))`;

/** Leaders with their registration state today, employments and plan — loaded in a fixed number of queries. */
export class LeaderProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: CalendarDate,
  ) {}

  async profile(leaderId: string): Promise<LeaderProfileType | null> {
    const leader = await this.dataSource.getRepository(SchoolLeader).findOneBy({ id: leaderId });
    return leader ? ((await this.profiles([leader]))[0] ?? null) : null;
  }

  /** Whether the leader works at the board today: what a board may see of a leader (`boardLeaders`). */
  async isCurrentLeaderOfBoard(boardId: string, leaderId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM school_leader l WHERE l.id = $3 AND ${EMPLOYED_AT_BOARD}`, [boardId, this.today, leaderId])) as unknown[];
    return rows.length > 0;
  }

  /**
   * A board's current leaders, soonest due first, optionally only some statuses, aspirants or not, or
   * due before a date. Filters on the register's read model made exact for today, as the board's
   * overview counts do (`BoardOverviewService`), so a count and its filtered list agree.
   */
  async boardLeaders(filter: BoardLeadersFilter): Promise<LeaderProfileConnectionType> {
    const first = checkPageSize(filter.first, 50, 200);
    const offset = decodeOffsetCursor(filter.after);
    await freshRegisterEntriesVersion(this.dataSource, this.today);
    const params = new Params();
    params.add(filter.boardId);
    params.add(this.today);
    const conditions = [EMPLOYED_AT_BOARD];
    if (filter.status?.length) conditions.push(`r.status = ANY(${params.add(filter.status)}::text[])`);
    if (filter.aspirant !== null && filter.aspirant !== undefined) conditions.push(`r.aspirant = ${params.add(filter.aspirant)}`);
    if (filter.dueBefore) conditions.push(`r.due_date <= ${params.add(filter.dueBefore)}`);
    const from = `school_leader l LEFT JOIN register_entry r ON r.leader_id = l.id`;
    const where = conditions.join(' AND ');
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT l.id FROM ${from} WHERE ${where} ORDER BY r.due_date ASC NULLS FIRST, l.sort_key, l.id OFFSET ${offset} LIMIT ${first + 1}`,
        params.values,
      ) as Promise<{ id: string }[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM ${from} WHERE ${where}`, params.values) as Promise<[{ count: number }]>,
    ]);
    const ids = rows.slice(0, first).map((row) => row.id);
    const leaders = ids.length ? await this.dataSource.getRepository(SchoolLeader).findBy({ id: In(ids) }) : [];
    const byId = new Map(leaders.map((leader) => [leader.id, leader]));
    const profiles = await this.profiles(ids.map((id) => byId.get(id)).filter((leader): leader is SchoolLeader => Boolean(leader)));
    const edges = profiles.map((node, index) => ({ node, cursor: encodeOffsetCursor(offset + index + 1) }));
    return { edges, totalCount: count, pageInfo: forwardPageInfo(edges, rows.length > first, offset > 0) };
  }

  async profiles(leaders: readonly SchoolLeader[]): Promise<LeaderProfileType[]> {
    if (leaders.length === 0) return [];
    const leaderIds = leaders.map((leader) => leader.id);
    const [latest, employments, plan] = await Promise.all([
      latestRegistrations(this.dataSource, leaderIds),
      this.dataSource.getRepository(Employment).find({ where: { leaderId: In(leaderIds) }, order: { startsOn: 'DESC' } }),
      this.dataSource.getRepository(DevelopmentPlanTheme).find({ where: { leaderId: In(leaderIds) }, order: { addedOn: 'ASC' } }),
    ]);
    const [histories, boards, schools, themes] = await Promise.all([
      loadRegistrationHistory(this.dataSource, [...latest.values()]),
      this.byIds(Board, employments.map((employment) => employment.boardId)),
      this.byIds(School, employments.flatMap((employment) => (employment.schoolId ? [employment.schoolId] : []))),
      this.byIds(Theme, plan.map((item) => item.themeId)),
    ]);
    const historyByLeader = new Map(histories.map((history) => [history.registration.leaderId, history]));
    const employmentsByLeader = groupBy(employments, (employment) => employment.leaderId);
    const planByLeader = groupBy(plan, (item) => item.leaderId);

    return leaders.map((leader) => {
      const history = historyByLeader.get(leader.id);
      const state = history ? registrationStateOn(toRegistrationFacts(history), this.today) : null;
      return {
        id: leader.id,
        registerNumber: leader.registerNumber,
        displayName: displayName(leader),
        initials: leader.initials,
        firstName: leader.firstName,
        infix: leader.infix,
        lastName: leader.lastName,
        email: leader.email,
        enrolledOn: leader.enrolledOn,
        registration: history
          ? {
              id: history.registration.id,
              version: history.registration.version,
              title: history.registration.title,
              level: history.registration.level,
              aspirant: state?.aspirant ?? history.registration.aspirant,
              aspirantUntil: history.registration.aspirantUntil,
              status: state?.status ?? 'ACTIVE',
              registeredOn: history.registration.registeredOn,
              reRegistrationDue: state?.period?.dueDate ?? null,
              expiresOn: state?.period?.expiresOn ?? null,
              periodStartsOn: state?.period?.startsOn ?? null,
              deregisteredOn: history.registration.deregisteredOn,
            }
          : null,
        employments: (employmentsByLeader.get(leader.id) ?? []).map((employment) => ({
          id: employment.id,
          function: employment.function,
          boardName: boards.get(employment.boardId)?.name ?? '',
          schoolName: employment.schoolId ? (schools.get(employment.schoolId)?.name ?? null) : null,
          startsOn: employment.startsOn,
          endsOn: employment.endsOn,
        })),
        developmentPlan: (planByLeader.get(leader.id) ?? []).flatMap((item) => {
          const theme = themes.get(item.themeId);
          return theme ? [{ themeId: theme.id, code: theme.code, name: theme.name, addedOn: item.addedOn }] : [];
        }),
      };
    });
  }

  /** Replaces the development plan with the given active themes. */
  async setDevelopmentPlan(leaderId: string, themeIds: string[]): Promise<void> {
    const unique = [...new Set(themeIds)];
    const themes = unique.length ? await this.dataSource.getRepository(Theme).findBy({ id: In(unique) }) : [];
    if (themes.length !== unique.length) throw new AppError('BAD_USER_INPUT', 'Een van de gekozen thema’s bestaat niet.', { field: 'themeIds' });
    await this.dataSource.transaction(async (manager) => {
      // One change of a leader's plan at a time: simultaneous identical calls then all succeed in turn.
      await manager.query('SELECT 1 FROM school_leader WHERE id = $1 FOR UPDATE', [leaderId]);
      const existing = await manager.getRepository(DevelopmentPlanTheme).findBy({ leaderId });
      const keep = new Set(unique);
      const remove = existing.filter((item) => !keep.has(item.themeId));
      if (remove.length) await manager.getRepository(DevelopmentPlanTheme).delete({ leaderId, themeId: In(remove.map((item) => item.themeId)) });
      const have = new Set(existing.map((item) => item.themeId));
      const add = unique.filter((id) => !have.has(id)).map((themeId) => ({ leaderId, themeId, addedOn: this.today }));
      if (add.length) await manager.getRepository(DevelopmentPlanTheme).insert(add);
    });
  }

  private async byIds<T extends { id: string }>(target: new () => T, ids: string[]): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.dataSource.getRepository(target).findBy({ id: In(unique) } as never) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }
}
