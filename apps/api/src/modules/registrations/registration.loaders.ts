import { In, type DataSource, type EntityManager } from 'typeorm';
import { RegistrationDeferral, RegistrationTitleChange, ReRegistration } from './registration-history.entity';
import type { Registration } from './registration.entity';
import type { RegistrationWithHistory } from './registration.facts';

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Loads the history of many registrations in three queries, whatever their number. */
export async function loadRegistrationHistory(
  db: DataSource | EntityManager,
  registrations: readonly Registration[],
): Promise<RegistrationWithHistory[]> {
  if (registrations.length === 0) return [];
  const ids = registrations.map((registration) => registration.id);
  const where = { registrationId: In(ids) };
  // Sequential on purpose: inside a transaction all three share one connection.
  const titleChanges = await db.getRepository(RegistrationTitleChange).find({ where, order: { effectiveOn: 'ASC' } });
  const reRegistrations = await db.getRepository(ReRegistration).find({ where, order: { approvedOn: 'ASC' } });
  const deferrals = await db.getRepository(RegistrationDeferral).find({ where, order: { grantedOn: 'ASC' } });
  const byRegistration = <T extends { registrationId: string }>(rows: T[]) => groupBy(rows, (row) => row.registrationId);
  const [titles, reRegs, defs] = [byRegistration(titleChanges), byRegistration(reRegistrations), byRegistration(deferrals)];
  return registrations.map((registration) => ({
    registration,
    titleChanges: titles.get(registration.id) ?? [],
    reRegistrations: reRegs.get(registration.id) ?? [],
    deferrals: defs.get(registration.id) ?? [],
  }));
}
