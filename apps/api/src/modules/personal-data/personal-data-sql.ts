import type { EntityManager } from 'typeorm';
import { AppError } from '../../http/errors';

/**
 * The parameters every catalogue statement may use, typed once: `$1` leader id, `$2` the leader's
 * account id (or null), `$3` the leader's e-mail addresses, `$4` the date, `$5` the register number
 * as it was before any anonymisation (see the catalogue).
 */
export const PARAMS_CTE = `params AS (SELECT $1::uuid AS leader_id, $2::uuid AS account_id, $3::text[] AS emails, $4::date AS on_date, $5::text AS register_number)`;

export interface LeaderKeys {
  leaderId: string;
  accountId: string | null;
  /** The leader's e-mail addresses (register and account), lower case. */
  emails: string[];
  registerNumber: string;
}

/** The leader's account and e-mail addresses, which the catalogue's conditions use; NOT_FOUND for an unknown leader. */
export async function leaderKeys(manager: EntityManager, leaderId: string, options: { lock?: boolean } = {}): Promise<LeaderKeys> {
  const rows = (await manager.query(
    `SELECT l.account_id, l.register_number, array_remove(ARRAY[lower(l.email), a.email], NULL) AS emails
       FROM school_leader l LEFT JOIN account a ON a.id = l.account_id
      WHERE l.id = $1 ${options.lock ? 'FOR UPDATE OF l' : ''}`,
    [leaderId],
  )) as { account_id: string | null; register_number: string; emails: string[] }[];
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', 'Deze schoolleider bestaat niet.');
  return { leaderId, accountId: row.account_id, emails: [...new Set(row.emails)], registerNumber: row.register_number };
}

export function paramsOf(keys: LeaderKeys, date: string): unknown[] {
  return [keys.leaderId, keys.accountId, keys.emails, date, keys.registerNumber];
}
