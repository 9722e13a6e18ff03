import { isOwnCase } from './separation-of-duties';
import { fail, ok, reason, resultOf, type Reason, type Result } from './reasons';

/**
 * Which roles an account may hold together, what it must be linked to, and what staff may do to
 * accounts (DESIGN §6: nobody decides on their own case; the register office always has staff).
 */

/** What an account may do (the API's `Role`). */
export const AccountRole = {
  STAFF: 'STAFF',
  COMMITTEE: 'COMMITTEE',
  LEADER: 'LEADER',
  BOARD: 'BOARD',
  PROVIDER: 'PROVIDER',
  ASSESSOR: 'ASSESSOR',
} as const;
export type AccountRole = (typeof AccountRole)[keyof typeof AccountRole];

/**
 * Roles that act for an organisation the register office supervises (it keeps their records and
 * certifies their work): office staff never hold them as well.
 */
export const ORGANISATION_ROLES: readonly AccountRole[] = ['BOARD', 'PROVIDER', 'ASSESSOR'];

/** The roles an account would get, with the records it would act for. */
export interface RoleAssignment {
  readonly roles: readonly string[];
  readonly boardId?: string | null;
  readonly providerId?: string | null;
  readonly assessorOrganisationId?: string | null;
  readonly leaderId?: string | null;
}

/**
 * Whether the roles may go together and every link has its role (and the reverse): at least one
 * role; STAFF never with an organisation role; BOARD acts for a board, PROVIDER for a provider and
 * ASSESSOR for an assessor organisation; a board, provider, assessor organisation or leader record is
 * linked only with its role. All refusals at once.
 */
export function checkRoleAssignment(assignment: RoleAssignment): Result<true> {
  const roles = new Set(assignment.roles);
  const reasons: Reason[] = [];
  if (roles.size === 0) reasons.push(reason('ACCOUNT_NEEDS_ROLE'));
  if (roles.has('STAFF') && ORGANISATION_ROLES.some((role) => roles.has(role))) reasons.push(reason('STAFF_WITH_ORGANISATION_ROLE'));
  if (roles.has('BOARD') && !assignment.boardId) reasons.push(reason('BOARD_ROLE_NEEDS_BOARD'));
  if (roles.has('PROVIDER') && !assignment.providerId) reasons.push(reason('PROVIDER_ROLE_NEEDS_PROVIDER'));
  if (roles.has('ASSESSOR') && !assignment.assessorOrganisationId) reasons.push(reason('ASSESSOR_ROLE_NEEDS_ORGANISATION'));
  const stray = [
    !roles.has('BOARD') && assignment.boardId,
    !roles.has('PROVIDER') && assignment.providerId,
    !roles.has('ASSESSOR') && assignment.assessorOrganisationId,
    !roles.has('LEADER') && assignment.leaderId,
  ].some(Boolean);
  if (stray) reasons.push(reason('LINK_NEEDS_ROLE'));
  return resultOf(reasons, () => true as const);
}

/** A change staff make to someone's account: its roles, or (de)activating it. */
export interface StaffAccountChange {
  readonly actorAccountId: string;
  readonly accountId: string;
  readonly kind: 'ROLES' | 'DEACTIVATE';
  /** For ROLES: whether the roles differ from the current ones. */
  readonly rolesChange?: boolean;
  /** Whether the account is active STAFF now and would no longer be after the change. */
  readonly endsActiveStaff: boolean;
  /** Active STAFF accounts other than this one (counted under lock). */
  readonly otherActiveStaff: number;
}

/**
 * Separation of duties for account management: nobody changes their own roles or deactivates
 * themselves (another staff member must), and the last active staff account is never lost, so the
 * register office can always manage accounts.
 */
export function checkStaffAccountChange(change: StaffAccountChange): Result<true> {
  const own = isOwnCase({ accountId: change.actorAccountId }, { accountIds: [change.accountId] });
  if (own && change.kind === 'DEACTIVATE') return fail(reason('OWN_ACCOUNT_DEACTIVATION'));
  if (own && change.rolesChange) return fail(reason('OWN_ACCOUNT_ROLES'));
  if (change.endsActiveStaff && change.otherActiveStaff < 1) return fail(reason('LAST_ACTIVE_STAFF'));
  return ok(true);
}
