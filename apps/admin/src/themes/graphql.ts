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
      version
      subthemes {
        id
        code
        name
        description
        validFrom
        validUntil
        version
      }
    }
  }
`);

export const AddThemeMutation = graphql(`
  mutation AddTheme($input: NewThemeInput!) {
    addTheme(input: $input) {
      id
      version
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($id: ID!, $version: Int!, $input: CatalogueItemInput!) {
    updateTheme(id: $id, version: $version, input: $input) {
      id
      name
      description
      validFrom
      validUntil
      version
    }
  }
`);

export const AddSubthemeMutation = graphql(`
  mutation AddSubtheme($themeId: ID!, $input: NewSubthemeInput!) {
    addSubtheme(themeId: $themeId, input: $input) {
      id
      version
    }
  }
`);

export const UpdateSubthemeMutation = graphql(`
  mutation UpdateSubtheme($id: ID!, $version: Int!, $input: CatalogueItemInput!) {
    updateSubtheme(id: $id, version: $version, input: $input) {
      id
      name
      description
      validFrom
      validUntil
      version
    }
  }
`);
