import { graphql } from '../gql';

/** One leader's case file as staff and the committee see it; letters and the audit trail only for staff. */
export const LeaderProfileQuery = graphql(`
  query LeaderProfile($id: ID!, $staff: Boolean!) {
    leaderProfile(id: $id) {
      ...RegistrationCardFields
      email
      employments {
        id
        boardName
        schoolName
        function
        startsOn
        endsOn
      }
      themeProgress {
        ...ThemeProgressFields
      }
      applications {
        id
        kind
        status
        submittedAt
        requestedTitle
        meeting {
          id
          meetingDate
        }
        decision {
          id
          outcome
          decidedOn
        }
      }
      deferralRequests {
        ...DeferralFields
      }
      legacyOrigin @include(if: $staff) {
        importedAt
      }
      auditTrail(first: 50) @include(if: $staff) {
        totalCount
        nodes {
          id
          occurredAt
          entity
          action
          actorAccountId
          actorName
        }
      }
    }
  }
`);

/** A leader's letters, newest first (staff). */
export const LeaderLettersQuery = graphql(`
  query LeaderLetters($leaderId: ID!, $first: Int, $after: String) {
    letters(leaderId: $leaderId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          kind
          subject
          datedOn
          pdfUrl
        }
      }
    }
  }
`);

/** Staff's search over every enrolled leader: name, register number or e-mail; by last name. */
export const SearchLeadersQuery = graphql(`
  query SearchLeaders($query: String, $first: Int, $after: String) {
    searchLeaders(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          registerNumber
          displayName
          email
          status
          title
          boards
        }
      }
    }
  }
`);

export const DeregisterMutation = graphql(`
  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {
    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {
      ...RegistrationCardFields
    }
  }
`);
