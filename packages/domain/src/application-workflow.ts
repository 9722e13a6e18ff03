import { REOPENED_STATE } from './objections';
import { fail, ok, reason, type Result } from './reasons';

/**
 * The life of a (re-)registration application (DESIGN §3.8, issue "Registration end to end"):
 * a leader drafts and submits; staff check completeness (and may return it for information, after
 * which the leader resubmits); staff place it on a committee meeting; the committee decides.
 */
export const ApplicationStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  COMPLETE: 'COMPLETE',
  SCHEDULED: 'SCHEDULED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export type ApplicationAction = 'EDIT' | 'SUBMIT' | 'RETURN' | 'MARK_COMPLETE' | 'SCHEDULE' | 'UNSCHEDULE' | 'APPROVE' | 'REJECT' | 'WITHDRAW';

/** Allowed steps: from-status → action → to-status. Anything else is refused with a reason. */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, Partial<Record<ApplicationAction, ApplicationStatus>>>> = {
  DRAFT: { EDIT: 'DRAFT', SUBMIT: 'SUBMITTED', WITHDRAW: 'WITHDRAWN' },
  SUBMITTED: { RETURN: 'RETURNED', MARK_COMPLETE: 'COMPLETE', WITHDRAW: 'WITHDRAWN' },
  RETURNED: { EDIT: 'RETURNED', SUBMIT: 'SUBMITTED', WITHDRAW: 'WITHDRAWN' },
  COMPLETE: { RETURN: 'RETURNED', SCHEDULE: 'SCHEDULED', WITHDRAW: 'WITHDRAWN' },
  SCHEDULED: { SCHEDULE: 'SCHEDULED', UNSCHEDULE: 'COMPLETE', APPROVE: 'APPROVED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
  APPROVED: {},
  REJECTED: {},
  WITHDRAWN: {},
};

/** Whether an application in `status` is finished (decided or withdrawn). */
export function isApplicationClosed(status: ApplicationStatus): boolean {
  return Object.keys(APPLICATION_TRANSITIONS[status]).length === 0;
}

/** The status after `action`, or the reason it is not allowed now. */
export function transitionApplication(status: ApplicationStatus, action: ApplicationAction): Result<ApplicationStatus> {
  const next = APPLICATION_TRANSITIONS[status][action];
  return next ? ok(next) : fail(reason('APPLICATION_ACTION_NOT_ALLOWED', { status }));
}

/**
 * Whether a leader may start a new application, given the statuses of their applications: one open
 * application at a time (a draft counts), whatever its kind.
 */
export function canStartApplication(statuses: readonly ApplicationStatus[]): Result<true> {
  return statuses.every(isApplicationClosed) ? ok(true) : fail(reason('APPLICATION_ALREADY_OPEN'));
}

/**
 * An upheld objection (§3.8) reopens a decided application: it is complete again, to be placed on a
 * meeting and decided anew. Anything not decided cannot be reopened.
 */
export function reopenApplication(status: ApplicationStatus): Result<ApplicationStatus> {
  return status === 'APPROVED' || status === 'REJECTED' ? ok(REOPENED_STATE.APPLICATION) : fail(reason('APPLICATION_ACTION_NOT_ALLOWED', { status }));
}
