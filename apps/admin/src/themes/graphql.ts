import { graphql } from '../gql';

/** The whole catalogue for staff: every theme, also past and future ones, with its validity. */
export const AdminThemesQuery = graphql(`
  query AdminThemes {
    themes {
      id
      code
      name
      description
      isWildcard
      validFrom
      validUntil
      subthemes {
        id
        code
        name
        description
      }
    }
  }
`);
