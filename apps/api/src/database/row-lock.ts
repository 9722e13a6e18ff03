import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../http/errors';

/**
 * Loads a row for change inside a transaction and locks it (SELECT … FOR UPDATE), then checks the
 * version the client saw. Two people editing the same row: the second gets CONFLICT instead of
 * silently overwriting the first.
 */
export async function lockForChange<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number | null,
  what: string,
): Promise<T> {
  const row = await manager
    .getRepository(target)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getOne();
  if (!row) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`);
  if (expectedVersion !== null && row.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      `${what} is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.`,
      { currentVersion: row.version },
    );
  }
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Refuses ids that are not UUIDs before they reach PostgreSQL (which would answer with an internal error). */
export function assertId(id: string, field: string): void {
  if (!isUuid(id)) throw new AppError('BAD_USER_INPUT', `Ongeldig id in \`${field}\`.`, { field });
}
