import { addMonths, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import type { StaffThroughputType, ThroughputMonthType } from './sector-dashboard.types';

/** Statuses in which an application waits for the committee: complete (to be placed on a meeting) or on an agenda. */
const WAITING = ['COMPLETE', 'SCHEDULED'];

/**
 * Per month: first submissions, first decisions with the days between (median, 90th percentile) and
 * the committee backlog at month end. The backlog is read from each application's status history:
 * the audit log's snapshots (`after.status`) as intervals [since, next change); an application the
 * log holds no status of (seeded or imported) counts in its current status from its submission.
 * Months end at midnight in Amsterdam; the month of `asOf` ends with that day.
 */
const MONTHS_SQL = `
  WITH bounds AS (
    SELECT m::date AS month, last_day, ((last_day + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS ends_at
      FROM generate_series($1::date, $2::date, interval '1 month') AS m,
           LATERAL (SELECT LEAST((m + interval '1 month')::date - 1, $2::date) AS last_day) AS l
  ),
  status_rows AS (
    SELECT l.entity_id::uuid AS application_id, l.after->>'status' AS status, l.occurred_at AS since,
           lead(l.occurred_at) OVER (PARTITION BY l.entity_id ORDER BY l.occurred_at, l.id) AS until
      FROM audit_log l
     WHERE l.entity = 'registration_application' AND l.after ? 'status'
  ),
  history AS (
    SELECT application_id, status, since, until FROM status_rows
    UNION ALL
    SELECT a.id, a.status, a.submitted_at, NULL FROM registration_application a
     WHERE a.submitted_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = 'registration_application' AND l.entity_id = a.id::text AND l.after ? 'status')
  ),
  first_decisions AS (
    SELECT application_id, min(decided_on) AS decided_on FROM decision GROUP BY application_id HAVING min(decided_on) BETWEEN $1 AND $2
  ),
  submissions AS (
    SELECT a.id, (LEAST(a.submitted_at, min(s.since)) AT TIME ZONE 'Europe/Amsterdam')::date AS submitted_on
      FROM registration_application a
      LEFT JOIN status_rows s ON s.application_id = a.id AND s.status = 'SUBMITTED'
     WHERE a.submitted_at >= ($1::timestamp AT TIME ZONE 'Europe/Amsterdam') OR a.id IN (SELECT application_id FROM first_decisions)
     GROUP BY a.id
  )
  SELECT to_char(b.month, 'YYYY-MM-DD') AS month,
         (SELECT count(*) FROM submissions s WHERE s.submitted_on BETWEEN b.month AND b.last_day)::int AS submitted,
         (SELECT count(*) FROM first_decisions d WHERE d.decided_on BETWEEN b.month AND b.last_day)::int AS decided,
         w.median::int AS "medianDaysToDecision", w.p90::int AS "p90DaysToDecision",
         (SELECT count(*) FROM history h
           WHERE h.status = ANY($3) AND h.since < b.ends_at AND (h.until IS NULL OR h.until >= b.ends_at))::int AS "committeeBacklog"
    FROM bounds b
    LEFT JOIN LATERAL (
      SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY d.decided_on - s.submitted_on) AS median,
             percentile_disc(0.9) WITHIN GROUP (ORDER BY d.decided_on - s.submitted_on) AS p90
        FROM first_decisions d JOIN submissions s ON s.id = d.application_id
       WHERE d.decided_on BETWEEN b.month AND b.last_day
    ) AS w ON true
   ORDER BY b.month`;

/** The first day of the month `months - 1` months before the month of `asOf`. */
export function firstMonthOf(asOf: CalendarDate, months: number): CalendarDate {
  return addMonths(`${asOf.slice(0, 8)}01` as CalendarDate, -(months - 1));
}

/** The register office's throughput for the `months` months ending with the month of `asOf`: two statements. */
export async function staffThroughput(dataSource: DataSource, asOf: CalendarDate, months: number): Promise<StaffThroughputType> {
  const rows = (await dataSource.query(MONTHS_SQL, [firstMonthOf(asOf, months), asOf, WAITING])) as ThroughputMonthType[];
  const [now] = (await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'COMPLETE')::int AS "awaitingScheduling", count(*) FILTER (WHERE status = 'SCHEDULED')::int AS "onAgenda"
       FROM registration_application WHERE status = ANY($1)`,
    [WAITING],
  )) as { awaitingScheduling: number; onAgenda: number }[];
  return { asOf, months: rows, committeeBacklogNow: now!.awaitingScheduling + now!.onAgenda, ...now! };
}
