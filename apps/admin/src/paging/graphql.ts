import { graphql } from '../gql';

/** What a "Meer laden" button needs of every paged list: whether there is more, and where it starts. */
export const NextPageFragment = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);
