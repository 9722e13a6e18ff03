import { fail, ok, reason, type Result } from './reasons';

/**
 * How long a link sent by e-mail stays usable (OWASP: short-lived, single use): confirming a new
 * account's e-mail address within a day, setting a new password within an hour, and the first
 * password of an account staff made for someone (an invitation) within three days.
 */
export const ACCOUNT_TOKEN_HOURS = {
  VERIFY_EMAIL: 24,
  RESET_PASSWORD: 1,
  INVITE: 72,
} as const;

/** What a link sent by e-mail is for. */
export type AccountTokenPurpose = keyof typeof ACCOUNT_TOKEN_HOURS;

/** A stored token as far as its use is concerned. */
export interface AccountTokenState {
  readonly expiresAt: Date;
  /** When it was used; null while unused. */
  readonly usedAt: Date | null;
}

/** The moment a token issued at `issuedAt` stops working. */
export function accountTokenExpiresAt(purpose: AccountTokenPurpose, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ACCOUNT_TOKEN_HOURS[purpose] * 3_600_000);
}

/**
 * Whether a link may be used at `now`: it must be known (null: unknown, e.g. mistyped, or deleted
 * after use or expiry), unused, and not expired (at the exact expiry moment it no longer works).
 */
export function checkAccountToken(token: AccountTokenState | null, now: Date): Result<true> {
  if (!token) return fail(reason('TOKEN_UNKNOWN'));
  if (token.usedAt) return fail(reason('TOKEN_USED'));
  if (token.expiresAt.getTime() <= now.getTime()) return fail(reason('TOKEN_EXPIRED'));
  return ok(true);
}
