import { graphql } from '../gql';

/** The board's current leaders with their registration, soonest due first; filtered on the server. */
export const BoardLeadersQuery = graphql(`
  query BoardLeaders($status: [RegistrationStatus!], $dueBefore: Date, $first: Int, $after: String) {
    boardLeaders(status: $status, dueBefore: $dueBefore, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          id
          displayName
          registerNumber
          employments {
            id
            function
            schoolName
            boardName
            endsOn
          }
          registration {
            id
            title
            aspirant
            status
            reRegistrationDue
          }
        }
      }
    }
  }
`);

/** How many leaders each filter finds (one request, a `totalCount` per filter). */
export const BoardFilterCountsQuery = graphql(`
  query BoardFilterCounts(
    $allStatus: [RegistrationStatus!]
    $allDueBefore: Date
    $conditionalStatus: [RegistrationStatus!]
    $conditionalDueBefore: Date
    $expiredStatus: [RegistrationStatus!]
    $expiredDueBefore: Date
    $dueSoonStatus: [RegistrationStatus!]
    $dueSoonDueBefore: Date
  ) {
    all: boardLeaders(status: $allStatus, dueBefore: $allDueBefore, first: 1) {
      totalCount
    }
    conditional: boardLeaders(status: $conditionalStatus, dueBefore: $conditionalDueBefore, first: 1) {
      totalCount
    }
    expired: boardLeaders(status: $expiredStatus, dueBefore: $expiredDueBefore, first: 1) {
      totalCount
    }
    dueSoon: boardLeaders(status: $dueSoonStatus, dueBefore: $dueSoonDueBefore, first: 1) {
      totalCount
    }
  }
`);

/** One of the board's own leaders with the theme progress of the current period. */
export const BoardLeaderQuery = graphql(`
  query BoardLeader($id: ID!) {
    boardLeader(id: $id) {
      ...RegistrationCardFields
      employments {
        id
        function
        schoolName
        boardName
        startsOn
        endsOn
      }
    }
    boardLeaderProgress(leaderId: $id) {
      ...ThemeProgressFields
    }
  }
`);
