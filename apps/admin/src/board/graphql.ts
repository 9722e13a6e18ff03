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
