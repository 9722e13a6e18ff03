import { anonymisationRefusal, DEFAULT_LEADER_RETENTION_YEARS, todayInAmsterdam, type CalendarDate, type DateDuration } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { reasonError } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { PERSONAL_DATA_CATALOGUE, type CatalogueTable } from './personal-data-catalogue';
import { leaderKeys, PARAMS_CTE, paramsOf } from './personal-data-sql';

/** Who anonymises: a staff account, or null for the retention job. */
export interface AnonymisationActor {
  accountId: string | null;
}

export interface AnonymiseOptions {
  /** The retention period after the last deregistration (config `PERSONAL_DATA_RETENTION_YEARS`; default the domain's). */
  retention?: DateDuration;
  /** Register date (default today in Amsterdam). */
  today?: CalendarDate;
  /**
   * The id of a granted erasure request (AVG art. 17; decided by staff in the requests module): the
   * leader is anonymised whatever the retention rule says, and the request is named in the audit log.
   */
  erasureRequestId?: string;
}

export interface AnonymisationResult {
  /** False when the leader was anonymised before (nothing changed). */
  anonymised: boolean;
  anonymisedOn: CalendarDate;
}

/** A statement prefixed with the typed parameters (every statement binds the same four). */
function withParams(sql: string): string {
  return sql.trimStart().startsWith('WITH ') ? sql.trimStart().replace(/^WITH /, `WITH ${PARAMS_CTE}, `) : `WITH ${PARAMS_CTE} ${sql}`;
}

function anonymiseSql(entry: CatalogueTable): string | null {
  const how = entry.onAnonymise;
  if (!entry.rowsOf || how === undefined || how === 'unchanged' || (typeof how === 'object' && 'deletedWith' in how)) return null;
  if (how === 'delete') return withParams(`DELETE FROM ${entry.table} t WHERE ${entry.rowsOf}`);
  if (typeof how === 'object') return withParams(how.sql);
  const sets: string[] = [];
  for (const [name, column] of Object.entries(entry.columns)) {
    if (column.kind !== 'leader') continue;
    if (column.anonymise === 'null') sets.push(`${name} = NULL`);
    // A neutral value replaces a value; an empty column stays empty (constraints pair some columns).
    else if (typeof column.anonymise === 'object') sets.push(`${name} = CASE WHEN t.${name} IS NULL THEN NULL ELSE ${column.anonymise.neutral} END`);
  }
  sets.push(...(entry.alsoSet ?? []));
  if (sets.length === 0) return null;
  // Optimistic locking: a form opened before the anonymisation cannot save over it.
  if ('version' in entry.columns) sets.push('version = t.version + 1');
  if ('updated_at' in entry.columns) sets.push('updated_at = now()');
  return withParams(`UPDATE ${entry.table} t SET ${sets.join(', ')} WHERE ${entry.rowsOf}`);
}

/** The catalogue's statements, in its order (rows found through another table go before that table changes). */
const STATEMENTS = PERSONAL_DATA_CATALOGUE.map(anonymiseSql).filter((sql): sql is string => sql !== null);

async function inTransaction<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
}

/**
 * Replaces or removes the leader's personal data as the catalogue says; the leader's row stays as an
 * anonymous key, so the statistics projections (register timeline, theme completions) and the
 * figures counted from them for earlier dates do not change. The public entry goes, the register
 * number is replaced and nobody finds the leader by name any more. Idempotent; audited with
 * references only. Refused (in Dutch, with the rule's reason) before deregistration plus the
 * retention period, unless for a granted erasure request. Runs in the caller's transaction, or its own.
 */
export async function anonymiseLeader(
  manager: EntityManager,
  leaderId: string,
  actor: AnonymisationActor,
  options: AnonymiseOptions = {},
): Promise<AnonymisationResult> {
  const today = options.today ?? todayInAmsterdam(new Date());
  return inTransaction(manager, async (tx) => {
    const keys = await leaderKeys(tx, leaderId, { lock: true });
    const [state] = (await tx.query(
      `SELECT l.anonymised_on::text AS anonymised_on,
              coalesce((SELECT json_agg(json_build_object('deregisteredOn', r.deregistered_on)) FROM registration r WHERE r.leader_id = l.id), '[]') AS registrations
         FROM school_leader l WHERE l.id = $1`,
      [leaderId],
    )) as { anonymised_on: CalendarDate | null; registrations: { deregisteredOn: CalendarDate | null }[] }[];
    if (state!.anonymised_on) return { anonymised: false, anonymisedOn: state!.anonymised_on };
    if (options.erasureRequestId === undefined) {
      const refusal = anonymisationRefusal(state!.registrations, today, options.retention ?? { years: DEFAULT_LEADER_RETENTION_YEARS });
      if (refusal) throw reasonError(refusal);
    }
    const params = paramsOf(keys, today);
    for (const sql of STATEMENTS) await tx.query(sql, params);
    // References only: the leader's row, or the granted erasure request that led here (it names the leader).
    await recordAudit(
      tx,
      options.erasureRequestId === undefined
        ? { actorAccountId: actor.accountId, entity: 'school_leader', entityId: leaderId, action: 'PERSONAL_DATA_ANONYMISED' }
        : { actorAccountId: actor.accountId, entity: 'data_request', entityId: options.erasureRequestId, action: 'PERSONAL_DATA_ANONYMISED', leaderId },
    );
    return { anonymised: true, anonymisedOn: today };
  });
}
