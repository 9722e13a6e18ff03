import { targetForMonth, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { RegisterStatisticsService } from '../register-statistics/register-statistics.service';
import { listIndicatorTargets } from './indicator-target.service';
import type { SectorDashboardType } from './sector-dashboard.types';

/**
 * Enrolled leaders at each month's end (or `$1` in its month), as `registerStatistics.enrolledLeaders`
 * counts them (enrolled by the date and not deregistered on it): the enrolments up to each month,
 * minus the enrolled leaders whose timeline segment on that day is DEREGISTERED (few; the timeline's
 * date index). One statement for any number of months.
 */
const ENROLLED_SQL = `
  WITH months AS (
    SELECT m::date AS month, least((m + interval '1 month' - interval '1 day')::date, $1::date) AS month_end
      FROM generate_series(date_trunc('month', $1::date) - ($2::int - 1) * interval '1 month', date_trunc('month', $1::date), interval '1 month') AS m
  ),
  enrolments AS (
    SELECT greatest(date_trunc('month', l.enrolled_on)::date, (SELECT min(month) FROM months)) AS month, count(*)::int AS n
      FROM school_leader l WHERE l.enrolled_on <= $1::date GROUP BY 1
  )
  SELECT m.month::text AS month,
         ((SELECT coalesce(sum(e.n), 0) FROM enrolments e WHERE e.month <= m.month)
          - (SELECT count(*) FROM register_timeline t JOIN school_leader l ON l.id = t.leader_id
              WHERE daterange(t.valid_from, t.valid_to) @> m.month_end AND t.status = 'DEREGISTERED' AND l.enrolled_on <= m.month_end))::int AS enrolled
    FROM months m
   ORDER BY m.month`;

/** One decimal, as staff read a percentage. */
function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * Indicator 20 per month for the `months` months ending with the month of `asOf`, beside the targets
 * that apply: registered and new registrations from `registerStatistics` (its service, its caches),
 * enrolled leaders per month end in one statement over the same projections.
 */
export async function sectorDashboard(dataSource: DataSource, asOf: CalendarDate, months: number, today: CalendarDate): Promise<SectorDashboardType> {
  const statistics = new RegisterStatisticsService(dataSource);
  const root = await statistics.statistics(asOf, today);
  const [registrations, enrolled, targets] = await Promise.all([
    statistics.registrationsPerMonth(root, months),
    dataSource.query(ENROLLED_SQL, [asOf, months]) as Promise<{ month: CalendarDate; enrolled: number }[]>,
    listIndicatorTargets(dataSource.manager),
  ]);
  return {
    asOf,
    targets,
    months: registrations.map((row, index) => {
      const enrolledLeaders = enrolled[index]!.enrolled;
      return {
        month: row.month,
        enrolledLeaders,
        registeredLeaders: row.registeredTotal,
        registeredShare: percentage(row.registeredTotal, enrolledLeaders),
        registeredShareTarget: targetForMonth(targets, 'REGISTERED_SHARE', row.month)?.value ?? null,
        newRegistrations: row.registered,
        newRegistrationsTarget: targetForMonth(targets, 'MONTHLY_REGISTRATIONS', row.month)?.value ?? null,
      };
    }),
  };
}
