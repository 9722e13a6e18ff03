import { createHash } from 'node:crypto';
import { failuresStillCounting, LOGIN_THROTTLE_POLICY, loginDelaySeconds, type ThrottlePolicy } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { ruleError } from '../../http/errors';

/** One counter: an e-mail address (hashed) or a client address, with its policy. */
export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/** The counter of an e-mail address, known or not; the address itself is never stored. */
export function addressKey(email: string): ThrottleKey {
  const hash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return { key: `address:${hash}`, policy: LOGIN_THROTTLE_POLICY.address };
}

export function clientKey(clientIp: string): ThrottleKey {
  return { key: `client:${clientIp || 'unknown'}`, policy: LOGIN_THROTTLE_POLICY.client };
}

interface ThrottleRow {
  key: string;
  failures: number;
  blocked_until: Date | null;
  last_failure_at: Date | null;
}

/**
 * Login throttling in PostgreSQL, so every API instance shares it. An attempt is counted as a failure
 * *before* the password is checked (`reserve`, under a row lock), and refunded when it turns out right
 * (`succeeded`): parallel attempts can never get more password checks than the free failures allow.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one attempt on every key, or refuses with RATE_LIMITED (counting nothing) while one must wait. */
  async reserve(keys: readonly ThrottleKey[]): Promise<void> {
    const ordered = [...keys].sort((a, b) => a.key.localeCompare(b.key)); // one lock order: no deadlocks
    const now = this.now();
    const waitUntil = await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO login_throttle (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING`, [ordered.map((k) => k.key)]);
      const rows = (await manager.query(`SELECT key, failures, blocked_until, last_failure_at FROM login_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`, [
        ordered.map((k) => k.key),
      ])) as ThrottleRow[];
      const blocked = rows.map((row) => row.blocked_until).filter((until): until is Date => until !== null && until > now);
      if (blocked.length) return new Date(Math.max(...blocked.map((until) => until.getTime())));
      for (const { key, policy } of ordered) {
        const row = rows.find((candidate) => candidate.key === key);
        const since = row?.last_failure_at ? (now.getTime() - row.last_failure_at.getTime()) / 1000 : Infinity;
        const failures = failuresStillCounting(row?.failures ?? 0, since, policy) + 1;
        const delay = loginDelaySeconds(failures, policy);
        await manager.query(`UPDATE login_throttle SET failures = $2, blocked_until = $3, last_failure_at = $4 WHERE key = $1`, [
          key,
          failures,
          delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
          now,
        ]);
      }
      return null;
    });
    if (waitUntil) throw throttled(Math.max(1, Math.ceil((waitUntil.getTime() - now.getTime()) / 1000)));
  }

  /**
   * The attempt was right: the address starts afresh; the client's reserved attempt is refunded
   * (its earlier failures, possibly on other addresses, keep counting).
   */
  async succeeded(address: ThrottleKey, client?: ThrottleKey): Promise<void> {
    await this.dataSource.query(`UPDATE login_throttle SET failures = 0, blocked_until = NULL WHERE key = $1`, [address.key]);
    if (client) await this.dataSource.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [client.key]);
  }

  /** Forgets counters nobody has touched for a day (run now and then; the table stays small). */
  async purgeStale(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE last_failure_at < $1 OR last_failure_at IS NULL`, [new Date(this.now().getTime() - 86_400_000)]);
  }
}

function throttled(seconds: number) {
  const wait = seconds === 1 ? '1 seconde' : seconds < 120 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`;
  return ruleError('LOGIN_THROTTLED', `Te veel mislukte inlogpogingen. Probeer het over ${wait} opnieuw.`, { retryAfterSeconds: seconds });
}
