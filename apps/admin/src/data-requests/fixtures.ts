import type { DataRequestFieldsFragment } from '../gql/graphql';
import type { QueuedDataRequest } from './DecideDataRequestDialog';

/** A request as the API answers it (an open correction of a name, unless overridden). */
export function dataRequest(overrides: Partial<DataRequestFieldsFragment> = {}): DataRequestFieldsFragment {
  return {
    __typename: 'DataRequest',
    id: 'r1',
    version: 1,
    kind: 'CORRECTION',
    subject: 'NAME',
    description: 'Mijn achternaam is verkeerd gespeld.',
    proposedValue: 'Janssen',
    receivedOn: '2026-03-10',
    deadline: '2026-04-10',
    extendedOn: null,
    extensionGrounds: null,
    overdue: false,
    status: 'REQUESTED',
    decidedOn: null,
    decisionGrounds: null,
    changedFields: [],
    objections: [],
    ...overrides,
  };
}

/** A request in the staff's queue, with the leader, their data and the rules' check. */
export function queuedRequest(overrides: Partial<QueuedDataRequest> = {}): QueuedDataRequest {
  return {
    ...dataRequest(),
    leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Janne Jansen', registerNumber: '100042' },
    leaderData: { __typename: 'LeaderPersonalData', initials: 'J.', firstName: 'Janne', infix: null, lastName: 'Jansen', birthDate: '1975-04-01', email: 'janne@example.nl' },
    check: { __typename: 'DataRequestCheck', grantAllowed: true, reasons: [] },
    ...overrides,
  };
}
