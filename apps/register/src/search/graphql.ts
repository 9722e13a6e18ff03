import { graphql } from '../gql';

/** One page of the public search; `after` is the previous page's `endCursor`. */
export const SearchRegisterQuery = graphql(`
  query SearchRegister($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {
    searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          registerNumber
          displayName
          title
          aspirant
          status
          reRegistrationDue
          aspirantUntil
          boards {
            name
          }
        }
      }
    }
  }
`);
