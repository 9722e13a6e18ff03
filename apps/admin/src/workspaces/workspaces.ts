import type { Role } from '../gql/graphql';
import { paths } from '../routes';

/** Every role, in the order the portal lists them (menu, dashboard cards, navigation). */
export const ROLES: readonly Role[] = ['STAFF', 'COMMITTEE', 'LEADER', 'BOARD', 'PROVIDER', 'ASSESSOR'];

/** The workspace route of each role. */
export const workspacePaths: Readonly<Record<Role, string>> = {
  STAFF: paths.staff,
  COMMITTEE: paths.committee,
  LEADER: paths.leader,
  BOARD: paths.board,
  PROVIDER: paths.provider,
  ASSESSOR: paths.assessor,
};

/** The account's roles in the portal's order, without duplicates. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * Where a user lands after signing in without a page to return to: the workspace of a single role,
 * else the overview. Staff always start on the overview: their start page is the sector dashboard.
 */
export function homePathFor(roles: readonly Role[]): string {
  const own = orderedRoles(roles);
  return own.length === 1 && own[0] && own[0] !== 'STAFF' ? workspacePaths[own[0]] : paths.dashboard;
}
