import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptsBeforeWait, failuresStillCounting, LOGIN_THROTTLE_POLICY, loginDelaySeconds } from './login-throttle';

describe('login throttling', () => {
  const address = LOGIN_THROTTLE_POLICY.address;

  it('lets the free failures pass, then waits 4, 8, 16, 32 seconds, capped at a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map((failures) => loginDelaySeconds(failures, address))).toEqual([0, 0, 0, 0, 4, 8, 16, 32, 60, 60, 60]);
    expect(attemptsBeforeWait(address)).toBe(5);
  });

  it('forgets failures after a quiet hour', () => {
    expect(failuresStillCounting(9, 3_599, address)).toBe(9);
    expect(failuresStillCounting(9, 3_600, address)).toBe(0);
  });

  it('property: the wait never shrinks with more failures and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        for (const policy of Object.values(LOGIN_THROTTLE_POLICY)) {
          const wait = loginDelaySeconds(failures, policy);
          expect(wait).toBeLessThanOrEqual(policy.maxDelaySeconds);
          expect(loginDelaySeconds(failures + 1, policy)).toBeGreaterThanOrEqual(wait);
        }
      }),
    );
  });
});
