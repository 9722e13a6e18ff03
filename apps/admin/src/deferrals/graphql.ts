import { graphql } from '../gql';

export const DeferralFields = graphql(`
  fragment DeferralFields on DeferralRequest {
    id
    kind
    reason
    motivation
    requestedOn
    requestedDueDate
    status
    decidedOn
    grantedDueDate
    decisionReasons
    version
    objections {
      ...ObjectionStateFields
    }
    leader {
      id
      displayName
      registerNumber
    }
  }
`);

/** The signed-in leader's requests, newest first. */
export const MyDeferralRequestsQuery = graphql(`
  query MyDeferralRequests {
    myDeferralRequests {
      ...DeferralFields
    }
  }
`);

export const RequestDeferralMutation = graphql(`
  mutation RequestDeferral($kind: DeferralKind!, $reason: DeferralReason!, $requestedDueDate: Date!, $motivation: String) {
    requestDeferral(kind: $kind, reason: $reason, requestedDueDate: $requestedDueDate, motivation: $motivation) {
      ...DeferralFields
    }
  }
`);

/** Requests still to decide (or all), oldest first: for staff and the committee, with the leader's earlier requests and the rules' check. */
export const DeferralRequestsQuery = graphql(`
  query DeferralRequests($includeDecided: Boolean!, $first: Int, $after: String) {
    deferralRequests(includeDecided: $includeDecided, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...DeferralFields
          check {
            allowed
            currentDueDate
            maxDueDate
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

export const DecideDeferralMutation = graphql(`
  mutation DecideDeferral($id: ID!, $version: Int!, $outcome: DeferralOutcome!, $newDueDate: Date, $reasons: String) {
    decideDeferral(id: $id, version: $version, outcome: $outcome, newDueDate: $newDueDate, reasons: $reasons) {
      ...DeferralFields
    }
  }
`);

/** A leader's deferral requests (newest first), for the decision dialog's history: its own query, so the queue stays within the depth limit. */
export const LeaderDeferralsQuery = graphql(`
  query LeaderDeferrals($id: ID!) {
    leaderProfile(id: $id) {
      id
      deferralRequests {
        ...DeferralFields
      }
    }
  }
`);
