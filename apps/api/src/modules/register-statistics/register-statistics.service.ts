import {
  isAfter,
  isBefore,
  RegistrationStatus,
  RegistrationTitle,
  type CalendarDate,
  type RegistrationStatus as Status,
  type RegistrationTitle as Title,
} from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { AppError, ruleError } from '../../http/errors';
import { freshRegisterEntriesVersion } from '../registrations/registration-read-model';
import { cachedThemeCatalogue, THEME_CATALOGUE_VERSION_SQL } from '../theme-progress/theme-evidence';
import { refreshThemeCompletions } from './theme-completion-projection';
import type { MonthlyRegistrationsType, RegisterStatisticsType } from './register-statistics.types';

/** The register started in 2014; figures before 2000 can only be a mistake. */
export const EARLIEST_STATISTICS_DATE = '2000-01-01' as CalendarDate;
export const MONTHS = { min: 1, default: 24, max: 100 } as const;

const STATUSES = Object.values(RegistrationStatus) as Status[];
const TITLES = Object.values(RegistrationTitle) as Title[];

/** A state on `$1` (the asked date): the timeline segments that contain it. */
const ON_DATE = `daterange(t.valid_from, t.valid_to) @> $1::date`;

/**
 * Every figure but the monthly series, in one statement over the projections (`register_timeline`,
 * `leader_theme_completion`) and the fact tables, each part answered by an index (see the migrations
 * 1795506100000..2). `$1` is the date. Enrolled leaders: those enrolled by the date less those enrolled
 * and DEREGISTERED on it (two index counts instead of an anti-join over every leader).
 */
export const FIGURES_SQL = `
  WITH shown AS (
    SELECT t.status, t.title, t.aspirant, count(*)::int AS n FROM register_timeline t WHERE ${ON_DATE} GROUP BY 1, 2, 3
  ),
  deferrals AS (
    SELECT k.kind,
           (SELECT count(DISTINCT d.leader_id) FROM deferral_request d WHERE d.kind = k.kind AND d.requested_on <= $1::date)::int AS requested,
           (SELECT count(DISTINCT d.leader_id) FROM deferral_request d
             WHERE d.kind = k.kind AND d.status IN ('GRANTED', 'PARTLY_GRANTED') AND d.decided_on <= $1::date)::int AS granted
      FROM (VALUES ('INITIAL_REGISTRATION'), ('RE_REGISTRATION')) AS k(kind)
  ),
  themes AS (
    SELECT c.theme_id, c.route, count(*)::int AS n FROM leader_theme_completion c WHERE c.completed_on <= $1::date GROUP BY 1, 2
  )
  SELECT
    (SELECT coalesce(json_agg(json_build_object('status', status, 'title', title, 'aspirant', aspirant, 'count', n)), '[]') FROM shown) AS shown,
    (SELECT count(*)::int FROM school_leader l WHERE l.enrolled_on <= $1::date)
      - (SELECT count(*)::int FROM register_timeline t JOIN school_leader l ON l.id = t.leader_id
          WHERE ${ON_DATE} AND t.status = 'DEREGISTERED' AND l.enrolled_on <= $1::date) AS enrolled_leaders,
    (SELECT count(*)::int FROM board b
      WHERE EXISTS (SELECT 1 FROM employment e JOIN school_leader l ON l.id = e.leader_id
                     WHERE e.board_id = b.id AND e.starts_on <= $1::date AND (e.ends_on IS NULL OR e.ends_on >= $1::date) AND l.enrolled_on <= $1::date
                       AND NOT EXISTS (SELECT 1 FROM register_timeline t WHERE t.leader_id = l.id AND t.status = 'DEREGISTERED'
                                          AND t.valid_from <= $1::date AND t.valid_to > $1::date))) AS enrolled_boards,
    (SELECT count(DISTINCT r.leader_id)::int FROM re_registration x JOIN registration r ON r.id = x.registration_id
      WHERE x.approved_on <= $1::date) AS re_registered_leaders,
    (SELECT json_object_agg(kind, json_build_object('requested', requested, 'granted', granted)) FROM deferrals) AS deferrals,
    (SELECT count(*)::int FROM leader_theme_completion c WHERE c.first_of_route AND c.route = 'FORMAL' AND c.completed_on <= $1::date) AS formal_leaders,
    (SELECT count(*)::int FROM leader_theme_completion c WHERE c.first_of_route AND c.route = 'INFORMAL' AND c.completed_on <= $1::date) AS informal_leaders,
    (SELECT coalesce(json_agg(json_build_object('themeId', theme_id, 'route', route, 'count', n)), '[]') FROM themes) AS themes,
    ${THEME_CATALOGUE_VERSION_SQL} AS catalogue_version`;

interface FiguresRow {
  shown: { status: Status; title: Title; aspirant: boolean; count: number }[];
  enrolled_leaders: number;
  enrolled_boards: number;
  re_registered_leaders: number;
  deferrals: Record<'INITIAL_REGISTRATION' | 'RE_REGISTRATION', { requested: number; granted: number }>;
  formal_leaders: number;
  informal_leaders: number;
  themes: { themeId: string; route: 'FORMAL' | 'INFORMAL'; count: number }[];
  catalogue_version: string;
}

/**
 * The monthly series ending with the month of `$1`, in one statement: `registered` counts first
 * entries (`first_entry` segments) per month; `registeredTotal` walks back from the registered total
 * on `$1` (`$3`) with the registered runs that started (+1) or ended (−1) in each later month.
 */
export const MONTHS_SQL = `
  WITH months AS (
    SELECT m::date AS month, least((m + interval '1 month' - interval '1 day')::date, $1::date) AS month_end
      FROM generate_series(date_trunc('month', $1::date) - ($2::int - 1) * interval '1 month', date_trunc('month', $1::date), interval '1 month') AS m
  ),
  entered AS (
    SELECT date_trunc('month', t.valid_from)::date AS month, count(*)::int AS n FROM register_timeline t
     WHERE t.first_entry AND t.valid_from >= (SELECT min(month) FROM months) AND t.valid_from <= $1::date GROUP BY 1
  ),
  runs AS (
    SELECT date_trunc('month', day)::date AS month, sum(delta)::int AS delta FROM (
      SELECT t.valid_from AS day, 1 AS delta FROM register_timeline t
       WHERE t.enters_register AND t.valid_from > (SELECT min(month_end) FROM months) AND t.valid_from <= $1::date
      UNION ALL
      SELECT t.valid_to, -1 FROM register_timeline t
       WHERE t.leaves_register AND t.valid_to > (SELECT min(month_end) FROM months) AND t.valid_to <= $1::date
    ) AS boundary GROUP BY 1
  )
  SELECT m.month::text AS month, coalesce(e.n, 0) AS registered,
         ($3::int - coalesce(sum(r.delta) OVER (ORDER BY m.month DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::int AS registered_total
    FROM months m LEFT JOIN entered e ON e.month = m.month LEFT JOIN runs r ON r.month = m.month
   ORDER BY m.month`;

interface Cached {
  version: string;
  value: Promise<unknown>;
}

/** Answers per (kind, date, months) for the sources' version: a repeated question costs one probe. */
const cache = new Map<string, Cached>();
const CACHE_ENTRIES = 200;

function cached<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit?.version === version) return hit.value as Promise<T>;
  const value = compute();
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  cache.delete(key);
  cache.set(key, { version, value });
  // Oldest first (insertion order): drop the oldest beyond the bound.
  for (const old of cache.keys()) {
    if (cache.size <= CACHE_ENTRIES) break;
    cache.delete(old);
  }
  return value;
}

/** What the resolver hands to `registrationsPerMonth`: the date, the registered total and the sources' version. */
export interface StatisticsRoot extends RegisterStatisticsType {
  version: string;
}

export class RegisterStatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The asked date (default today); before 2000 or after today is refused with a Dutch message. */
  static checkAsOf(asOf: CalendarDate | null | undefined, today: CalendarDate): CalendarDate {
    const date = asOf ?? today;
    if (isBefore(date, EARLIEST_STATISTICS_DATE)) {
      throw ruleError('DATE_OUT_OF_RANGE', 'Statistieken zijn er vanaf 1 januari 2000; kies een latere peildatum.', { field: 'asOf' });
    }
    if (isAfter(date, today)) {
      throw ruleError('DATE_IN_FUTURE', 'De peildatum ligt na vandaag. De statistieken tellen wat was en is, niet wat nog komt.', { field: 'asOf' });
    }
    return date;
  }

  static checkMonths(months: number | null | undefined): number {
    const value = months ?? MONTHS.default;
    if (!Number.isInteger(value) || value < MONTHS.min || value > MONTHS.max) {
      throw new AppError('BAD_USER_INPUT', `Het aantal maanden moet tussen ${MONTHS.min} en ${MONTHS.max} liggen.`, { field: 'months' });
    }
    return value;
  }

  /**
   * Brings the projections up to date (pending leaders of the register read model and of the theme
   * completions) and returns the version of the statistics' sources.
   */
  private async freshVersion(today: CalendarDate): Promise<string> {
    await freshRegisterEntriesVersion(this.dataSource, today);
    const probe = `SELECT EXISTS (SELECT 1 FROM theme_completion_pending) AS pending,
                          (SELECT version::text FROM read_cache_version WHERE name = 'statistics') AS version`;
    const [first] = (await this.dataSource.query(probe)) as { pending: boolean; version: string }[];
    if (!first!.pending) return first!.version;
    await refreshThemeCompletions(this.dataSource);
    const [after] = (await this.dataSource.query(probe)) as { pending: boolean; version: string }[];
    return after!.version;
  }

  async statistics(asOfArgument: CalendarDate | null | undefined, today: CalendarDate): Promise<StatisticsRoot> {
    const asOf = RegisterStatisticsService.checkAsOf(asOfArgument, today);
    const version = await this.freshVersion(today);
    const figures = await cached(`figures:${asOf}`, version, () => this.figures(asOf));
    return { ...figures, version };
  }

  private async figures(asOf: CalendarDate): Promise<RegisterStatisticsType> {
    const [row] = (await this.dataSource.query(FIGURES_SQL, [asOf])) as FiguresRow[];
    const figures = row!;
    const catalogue = await cachedThemeCatalogue(this.dataSource, figures.catalogue_version);
    const shown = (match: (entry: FiguresRow['shown'][number]) => boolean) =>
      figures.shown.filter(match).reduce((sum, entry) => sum + entry.count, 0);
    const registered = (entry: FiguresRow['shown'][number]) => entry.status !== 'DEREGISTERED';
    const themeCount = (themeId: string, route: 'FORMAL' | 'INFORMAL') =>
      figures.themes.find((entry) => entry.themeId === themeId && entry.route === route)?.count ?? 0;
    return {
      asOf,
      enrolledLeaders: figures.enrolled_leaders,
      enrolledBoards: figures.enrolled_boards,
      registeredLeaders: shown(registered),
      byTitle: TITLES.flatMap((title) =>
        [false, true].map((aspirant) => ({
          title,
          aspirant,
          count: shown((entry) => registered(entry) && entry.title === title && entry.aspirant === aspirant),
        })),
      ),
      byStatus: STATUSES.map((status) => ({ status, count: shown((entry) => entry.status === status) })),
      reRegisteredLeaders: figures.re_registered_leaders,
      initialDeferrals: figures.deferrals.INITIAL_REGISTRATION,
      reRegistrationDeferrals: figures.deferrals.RE_REGISTRATION,
      leadersWithFormalThemeCompletion: figures.formal_leaders,
      leadersWithInformalThemeCompletion: figures.informal_leaders,
      themeCompletions: catalogue.themes.map((theme) => ({
        theme,
        formal: themeCount(theme.id, 'FORMAL'),
        informal: themeCount(theme.id, 'INFORMAL'),
      })),
    };
  }

  /** Registrations per month, `months` months ending with the month of `root.asOf` (oldest first). */
  registrationsPerMonth(root: StatisticsRoot, monthsArgument: number | null | undefined): Promise<MonthlyRegistrationsType[]> {
    const months = RegisterStatisticsService.checkMonths(monthsArgument);
    return cached(`months:${root.asOf}:${months}`, root.version, async () => {
      const rows = (await this.dataSource.query(MONTHS_SQL, [root.asOf, months, root.registeredLeaders])) as {
        month: CalendarDate;
        registered: number;
        registered_total: number;
      }[];
      return rows.map((row) => ({ month: row.month, registered: row.registered, registeredTotal: row.registered_total }));
    });
  }
}
