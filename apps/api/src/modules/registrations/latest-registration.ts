import type { DataSource, EntityManager } from 'typeorm';
import { Registration } from './registration.entity';

type Db = DataSource | EntityManager;

/**
 * SQL ORDER BY items ranking a leader's registrations latest first: registered last, then created
 * last (two on one day). The one definition of "a leader's latest registration" (the register shows
 * it; a new decision, deferral or progress acts on it).
 */
export function latestFirst(alias: string): string {
  return `${alias}.registered_on DESC, ${alias}.created_at DESC`;
}

/** SQL: `LEFT JOIN LATERAL` the latest registration of leader `leaderId` (an SQL expression) as `alias` (all null when none). */
export function latestRegistrationJoin(leaderId: string, alias: string): string {
  return `LEFT JOIN LATERAL (SELECT * FROM registration lr WHERE lr.leader_id = ${leaderId} ORDER BY ${latestFirst('lr')} LIMIT 1) ${alias} ON true`;
}

/** The latest registration of each leader that has one, in one query. */
export async function latestRegistrations(db: Db, leaderIds: readonly string[]): Promise<Map<string, Registration>> {
  if (leaderIds.length === 0) return new Map();
  const registrations = await db
    .getRepository(Registration)
    .createQueryBuilder('r')
    .where(
      `r.id IN (SELECT DISTINCT ON (x.leader_id) x.id FROM registration x WHERE x.leader_id = ANY(:leaderIds) ORDER BY x.leader_id, ${latestFirst('x')})`,
      { leaderIds: [...leaderIds] },
    )
    .getMany();
  return new Map(registrations.map((registration) => [registration.leaderId, registration]));
}

/** The registration a decision, deferral or progress acts on: the leader's latest, unless it is deregistered. */
export async function currentRegistrationOf(db: Db, leaderId: string): Promise<Registration | null> {
  const latest = (await latestRegistrations(db, [leaderId])).get(leaderId);
  return latest && latest.deregisteredOn === null ? latest : null;
}
