/**
 * Login throttling (OWASP authentication guidance): a few free failures, then a wait that doubles with
 * every further failure, capped, and forgotten after a quiet period. Per e-mail address (known or
 * not, so the answer never tells which exist) and per client address; stored centrally so every API
 * instance applies the same waits.
 */
export interface ThrottlePolicy {
  /** Failures allowed before the first wait. */
  readonly freeFailures: number;
  /** The first wait, in seconds; each further failure doubles it. */
  readonly firstDelaySeconds: number;
  /** The longest wait, in seconds (a wait anyone can cause stays short for the account's owner). */
  readonly maxDelaySeconds: number;
  /** Failures older than this (seconds since the last one) no longer count. */
  readonly forgetAfterSeconds: number;
}

export const LOGIN_THROTTLE_POLICY = {
  /** Per e-mail address: anyone can cause these waits, so they stay short. */
  address: { freeFailures: 4, firstDelaySeconds: 4, maxDelaySeconds: 60, forgetAfterSeconds: 3_600 },
  /** Per client address: one office's colleagues share it, so more free failures, but longer waits. */
  client: { freeFailures: 20, firstDelaySeconds: 4, maxDelaySeconds: 900, forgetAfterSeconds: 3_600 },
} as const satisfies Record<string, ThrottlePolicy>;

/** The number of login attempts that can ever be checked against the password before the first wait. */
export function attemptsBeforeWait(policy: ThrottlePolicy): number {
  return policy.freeFailures + 1;
}

/**
 * The wait (seconds) after the `failures`-th failure in a row: none for the free ones, then
 * firstDelay, 2×, 4×, … up to the cap.
 */
export function loginDelaySeconds(failures: number, policy: ThrottlePolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30));
}

/** The failures that still count after `secondsSinceLast` without one. */
export function failuresStillCounting(failures: number, secondsSinceLast: number, policy: ThrottlePolicy): number {
  return secondsSinceLast >= policy.forgetAfterSeconds ? 0 : failures;
}
