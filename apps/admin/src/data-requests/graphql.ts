import { graphql } from '../gql';

/** A request about personal data as both the leader and staff see it. */
export const DataRequestFields = graphql(`
  fragment DataRequestFields on DataRequest {
    id
    version
    kind
    subject
    description
    proposedValue
    receivedOn
    deadline
    extendedOn
    extensionGrounds
    overdue
    status
    decidedOn
    decisionGrounds
    changedFields
    objections {
      ...ObjectionStateFields
    }
  }
`);

/** Open requests soonest deadline first (or all, newest first), with the leader, their data and the rules' check. */
export const DataRequestsQuery = graphql(`
  query DataRequests($includeDecided: Boolean!, $first: Int, $after: String) {
    dataRequests(includeDecided: $includeDecided, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...DataRequestFields
          leader {
            id
            displayName
            registerNumber
          }
          leaderData {
            initials
            firstName
            infix
            lastName
            birthDate
            email
          }
          check {
            grantAllowed
            reasons {
              code
              message
            }
          }
        }
      }
    }
  }
`);

export const DecideDataRequestMutation = graphql(`
  mutation DecideDataRequest($id: ID!, $version: Int!, $outcome: DataRequestOutcome!, $grounds: String, $correction: LeaderDataCorrectionInput) {
    decideDataRequest(id: $id, version: $version, outcome: $outcome, grounds: $grounds, correction: $correction) {
      ...DataRequestFields
    }
  }
`);

export const ExtendDataRequestMutation = graphql(`
  mutation ExtendDataRequest($id: ID!, $version: Int!, $grounds: String!) {
    extendDataRequest(id: $id, version: $version, grounds: $grounds) {
      ...DataRequestFields
    }
  }
`);
