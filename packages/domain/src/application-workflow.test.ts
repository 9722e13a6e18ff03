import { describe, expect, it } from 'vitest';
import { APPLICATION_TRANSITIONS, canStartApplication, isApplicationClosed, reopenApplication, transitionApplication, type ApplicationAction, type ApplicationStatus } from './application-workflow';

describe('application workflow', () => {
  it.each<[ApplicationStatus, ApplicationAction, ApplicationStatus]>([
    ['DRAFT', 'SUBMIT', 'SUBMITTED'],
    ['SUBMITTED', 'RETURN', 'RETURNED'],
    ['RETURNED', 'SUBMIT', 'SUBMITTED'],
    ['SUBMITTED', 'MARK_COMPLETE', 'COMPLETE'],
    ['COMPLETE', 'SCHEDULE', 'SCHEDULED'],
    ['SCHEDULED', 'SCHEDULE', 'SCHEDULED'],
    ['SCHEDULED', 'APPROVE', 'APPROVED'],
    ['SCHEDULED', 'REJECT', 'REJECTED'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(transitionApplication(from, action)).toEqual({ ok: true, value: to });
  });

  it.each<[ApplicationStatus, ApplicationAction]>([
    ['DRAFT', 'APPROVE'],
    ['SUBMITTED', 'SCHEDULE'],
    ['COMPLETE', 'APPROVE'],
    ['APPROVED', 'REJECT'],
    ['APPROVED', 'APPROVE'],
    ['REJECTED', 'WITHDRAW'],
  ])('refuses %s --%s--> with a coded Dutch reason', (from, action) => {
    const result = transitionApplication(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons[0]?.code).toBe('APPLICATION_ACTION_NOT_ALLOWED');
      expect(result.reasons[0]?.message).toContain(from);
    }
  });

  it('treats decided and withdrawn applications as closed, and only those', () => {
    const closed = (Object.keys(APPLICATION_TRANSITIONS) as ApplicationStatus[]).filter(isApplicationClosed);
    expect(closed.sort()).toEqual(['APPROVED', 'REJECTED', 'WITHDRAWN']);
  });

  it('reopens only a decided application after an upheld objection, as complete (ready for a meeting)', () => {
    expect(reopenApplication('REJECTED')).toEqual({ ok: true, value: 'COMPLETE' });
    expect(reopenApplication('APPROVED')).toEqual({ ok: true, value: 'COMPLETE' });
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED', 'WITHDRAWN'] as const) {
      expect(reopenApplication(status)).toMatchObject({ ok: false, reasons: [{ code: 'APPLICATION_ACTION_NOT_ALLOWED' }] });
    }
  });
});

describe('canStartApplication', () => {
  it('allows a new application only when every earlier one is decided or withdrawn', () => {
    expect(canStartApplication([])).toEqual({ ok: true, value: true });
    expect(canStartApplication(['APPROVED', 'REJECTED', 'WITHDRAWN'])).toEqual({ ok: true, value: true });
    for (const open of ['DRAFT', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED'] as const) {
      const result = canStartApplication(['REJECTED', open]);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reasons[0]?.code).toBe('APPLICATION_ALREADY_OPEN');
    }
  });
});
