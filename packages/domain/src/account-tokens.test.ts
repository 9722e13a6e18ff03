import { describe, expect, it } from 'vitest';
import { accountTokenExpiresAt, checkAccountToken } from './account-tokens';

const issued = new Date('2026-11-29T22:00:00Z');

describe('links sent by e-mail', () => {
  it('lives a day to confirm an address and an hour to set a new password', () => {
    expect(accountTokenExpiresAt('VERIFY_EMAIL', issued).toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(accountTokenExpiresAt('RESET_PASSWORD', issued).toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });

  it('works once, before it expires', () => {
    const expiresAt = accountTokenExpiresAt('RESET_PASSWORD', issued);
    expect(checkAccountToken({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toEqual({ ok: true, value: true });
    const codes = (now: Date, usedAt: Date | null = null) => {
      const result = checkAccountToken({ expiresAt, usedAt }, now);
      return result.ok ? [] : result.reasons.map((refusal) => refusal.code);
    };
    expect(codes(expiresAt)).toEqual(['TOKEN_EXPIRED']);
    expect(codes(issued, issued)).toEqual(['TOKEN_USED']);
    // Used and expired: "already used" is the clearer answer.
    expect(codes(expiresAt, issued)).toEqual(['TOKEN_USED']);
  });

  it('refuses an unknown link', () => {
    const result = checkAccountToken(null, issued);
    expect(result.ok ? null : result.reasons[0]?.code).toBe('TOKEN_UNKNOWN');
  });
});
