import { APPLICATION_TRANSITIONS, type ApplicationAction } from '@srpo/domain';
import type { ApplicationStatus } from '../gql/graphql';

/** The steps staff take on an application, in the order the buttons show. */
export const STAFF_ACTIONS = ['RETURN', 'MARK_COMPLETE', 'SCHEDULE'] as const satisfies readonly ApplicationAction[];
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** The staff steps the workflow allows from `status` (the domain's transition table decides). */
export function availableStaffActions(status: ApplicationStatus): StaffAction[] {
  const allowed = APPLICATION_TRANSITIONS[status];
  return STAFF_ACTIONS.filter((action) => allowed[action] !== undefined);
}
