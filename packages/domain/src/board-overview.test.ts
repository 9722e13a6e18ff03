import { describe, expect, it } from 'vitest';
import { dueWindowEnd, isReRegistrationDueWithin } from './board-overview';
import { d } from './test-support';

describe('re-registration due within a window (board overview, digest)', () => {
  const today = d('2026-08-31');

  it('ends the window on the same day months later, clamped to the end of the month', () => {
    expect(dueWindowEnd(today, 6)).toBe('2027-02-28');
    expect(dueWindowEnd(d('2026-03-15'), 12)).toBe('2027-03-15');
  });

  it('counts an active full registration due on or before the window end, nothing else', () => {
    const active = { status: 'ACTIVE', aspirant: false } as const;
    expect(isReRegistrationDueWithin({ ...active, dueDate: d('2027-02-28') }, today, 6)).toBe(true);
    expect(isReRegistrationDueWithin({ ...active, dueDate: d('2026-09-01') }, today, 6)).toBe(true);
    expect(isReRegistrationDueWithin({ ...active, dueDate: d('2027-03-01') }, today, 6)).toBe(false);
    expect(isReRegistrationDueWithin({ ...active, dueDate: d('2027-03-01') }, today, 12)).toBe(true);
    expect(isReRegistrationDueWithin({ ...active, aspirant: true, dueDate: d('2026-12-01') }, today, 6)).toBe(false);
    expect(isReRegistrationDueWithin({ status: 'CONDITIONAL', aspirant: false, dueDate: d('2026-06-01') }, today, 6)).toBe(false);
    expect(isReRegistrationDueWithin({ status: null, aspirant: false, dueDate: null }, today, 6)).toBe(false);
  });
});
