import type { BoardOverviewQuery } from '../gql/graphql';

/** A board of twelve current leaders: 5 registered, 2 aspirants, 2 conditional, 1 expired, 1 deregistered, 1 not registered. */
export const BOARD_OVERVIEW: BoardOverviewQuery['boardOverview'] = {
  __typename: 'BoardOverview',
  asOf: '2026-08-31',
  leaders: 12,
  notRegistered: 1,
  byStatus: [
    { __typename: 'BoardStatusCount', status: 'ACTIVE', count: 7, aspirants: 2 },
    { __typename: 'BoardStatusCount', status: 'CONDITIONAL', count: 2, aspirants: 0 },
    { __typename: 'BoardStatusCount', status: 'EXPIRED', count: 1, aspirants: 0 },
    { __typename: 'BoardStatusCount', status: 'DEREGISTERED', count: 1, aspirants: 0 },
  ],
  dueWithin: [
    { __typename: 'BoardDueCount', months: 6, dueOnOrBefore: '2027-02-28', count: 1 },
    { __typename: 'BoardDueCount', months: 12, dueOnOrBefore: '2027-08-31', count: 3 },
  ],
};
