import { graphql } from '../gql';

/** One page of the public catalogue of offerings certified today; `after` is the previous page's `endCursor`. */
export const CertifiedOfferingsQuery = graphql(`
  query CertifiedOfferings($themeCode: String, $query: String, $first: Int, $after: String) {
    certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          leadsToLevel
          description
          hours
          learningGoals
          programme
          priceCents
          owner {
            name
            website
          }
          certifiedFrom
          certifiedUntil
          themes {
            code
            name
          }
          subthemes {
            code
            name
          }
          upcomingExecutions {
            id
            startsOn
            endsOn
            location
            online
            capacity
          }
        }
      }
    }
  }
`);

/** The themes to filter on: those valid today, by code and name. */
export const OfferingThemeOptionsQuery = graphql(`
  query OfferingThemeOptions($activeOn: Date) {
    themes(activeOn: $activeOn) {
      id
      code
      name
    }
  }
`);
