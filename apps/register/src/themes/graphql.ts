import { graphql } from '../gql';

/** The public catalogue: themes valid on the given day, with their subthemes. */
export const PublicThemesQuery = graphql(`
  query PublicThemes($activeOn: Date) {
    themes(activeOn: $activeOn) {
      id
      code
      name
      description
      isWildcard
      subthemes {
        id
        code
        name
        description
      }
    }
  }
`);
