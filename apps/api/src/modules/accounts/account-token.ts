import { randomBytes } from 'node:crypto';
import { accountTokenExpiresAt, type AccountTokenPurpose, type AccountTokenState, type LeaderFunction } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashSessionToken as sha256Hex } from './account.service';

/** What a school leader entered on enrolment; it enters the register when the address is confirmed. */
export interface EnrolmentDetails {
  firstName: string;
  infix: string | null;
  lastName: string;
  boardId: string;
  schoolId: string;
  leaderFunction: LeaderFunction;
}

export interface StoredAccountToken extends AccountTokenState {
  id: string;
  accountId: string;
  enrolment: EnrolmentDetails | null;
}

interface TokenRow {
  id: string;
  account_id: string;
  enrolment: EnrolmentDetails | null;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * A new single-use link token for the account: 256 random bits, given to the caller once (for the
 * e-mail); only its SHA-256 is stored, so the table alone opens nothing.
 */
export async function issueAccountToken(
  manager: EntityManager,
  accountId: string,
  purpose: AccountTokenPurpose,
  now: Date,
  enrolment: EnrolmentDetails | null = null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = accountTokenExpiresAt(purpose, now);
  await manager.query(
    `INSERT INTO account_token (account_id, purpose, token_hash, enrolment, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [accountId, purpose, sha256Hex(token), enrolment, now, expiresAt],
  );
  return { token, expiresAt };
}

/** Links that set a password: a reset asked for, or the invitation to an account staff made. */
export const SET_PASSWORD_PURPOSES: readonly AccountTokenPurpose[] = ['RESET_PASSWORD', 'INVITE'];

/** The stored token behind a link (locked for the caller's transaction when `lock`), or null when unknown. */
export async function findAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose | readonly AccountTokenPurpose[],
  lock = false,
): Promise<StoredAccountToken | null> {
  const [row] = (await manager.query(
    `SELECT id, account_id, enrolment, expires_at, used_at FROM account_token WHERE token_hash = $1 AND purpose = ANY($2::text[])${lock ? ' FOR UPDATE' : ''}`,
    [sha256Hex(token), [purpose].flat()],
  )) as TokenRow[];
  return row ? { id: row.id, accountId: row.account_id, enrolment: row.enrolment, expiresAt: row.expires_at, usedAt: row.used_at } : null;
}

/** Marks every unused token of the account for `purpose` used: one link used (or a new password set) ends the others. */
export async function useAccountTokens(manager: EntityManager, accountId: string, purpose: AccountTokenPurpose | readonly AccountTokenPurpose[], now: Date): Promise<void> {
  await manager.query(`UPDATE account_token SET used_at = $3 WHERE account_id = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL`, [accountId, [purpose].flat(), now]);
}

/** Tokens issued to the account for `purpose` since `since` (a few per hour at most: no mail bombing through us). */
export async function tokensIssuedSince(manager: EntityManager, accountId: string, purpose: AccountTokenPurpose, since: Date): Promise<number> {
  const [row] = (await manager.query(`SELECT count(*)::int AS count FROM account_token WHERE account_id = $1 AND purpose = $2 AND created_at >= $3`, [
    accountId,
    purpose,
    since,
  ])) as { count: number }[];
  return row?.count ?? 0;
}

export interface AccountCleanup {
  sessions: number;
  tokens: number;
  /** Self-enrolled accounts never confirmed while their link worked. */
  unconfirmedAccounts: number;
}

/**
 * Housekeeping of the daily job: deletes sessions that expired or were ended, tokens that were used
 * or expired, and self-enrolled accounts whose confirmation links all expired unused (the address
 * can then enrol afresh). Set-based: three statements whatever the numbers.
 */
export async function cleanUpAccounts(dataSource: DataSource, now: Date = new Date()): Promise<AccountCleanup> {
  return dataSource.transaction(async (manager) => {
    const [, sessions] = (await manager.query(`DELETE FROM session WHERE expires_at <= $1 OR revoked_at IS NOT NULL`, [now])) as [unknown, number];
    // Before the tokens go: an unconfirmed account is known by its confirmation tokens.
    const [, unconfirmedAccounts] = (await manager.query(
      `DELETE FROM account a WHERE a.email_verified_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM account_token t WHERE t.account_id = a.id AND t.purpose = 'VERIFY_EMAIL' AND t.expires_at > $1 AND t.used_at IS NULL)`,
      [now],
    )) as [unknown, number];
    const [, tokens] = (await manager.query(`DELETE FROM account_token WHERE expires_at <= $1 OR used_at IS NOT NULL`, [now])) as [unknown, number];
    return { sessions, tokens, unconfirmedAccounts };
  });
}
