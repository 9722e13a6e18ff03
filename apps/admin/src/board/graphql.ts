import { graphql } from '../gql';

/** The board's current leaders with their registration, soonest due first; filtered on the server. */
export const BoardLeadersQuery = graphql(`
  query BoardLeaders($status: [RegistrationStatus!], $aspirant: Boolean, $dueBefore: Date, $first: Int, $after: String) {
    boardLeaders(status: $status, aspirant: $aspirant, dueBefore: $dueBefore, first: $first, after: $after) {
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
          reRegistrationThemes {
            completed
            required
          }
        }
      }
    }
  }
`);

/** The board's counts today: per status (aspirants among them) and re-registrations due within 6 and 12 months. */
export const BoardOverviewQuery = graphql(`
  query BoardOverview {
    boardOverview {
      asOf
      leaders
      notRegistered
      byStatus {
        status
        count
        aspirants
      }
      dueWithin {
        months
        dueOnOrBefore
        count
      }
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
