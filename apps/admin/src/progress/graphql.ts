import { graphql } from '../gql';

export const ThemeProgressFields = graphql(`
  fragment ThemeProgressFields on ThemeProgress {
    periodStartsOn
    dueDate
    themes {
      completed
      completedOn
      route
      basis
      informalSource {
        method
        organisationName
      }
      theme {
        code
        name
      }
      coveredSubthemes {
        code
        name
      }
      missingSubthemes {
        code
        name
      }
    }
    evaluation {
      eligible
      route
      themesCompleted
      themesMissing
      themesRequired
      nextDueDate
      newLevel
      expiresOn
      reasons {
        code
        message
      }
      explanation
    }
  }
`);

/** The signed-in leader's themes in the current period and the re-registration evaluation (null without a registration). */
export const MyThemeProgressQuery = graphql(`
  query MyThemeProgress {
    myThemeProgress {
      ...ThemeProgressFields
      completions {
        id
        offeringTitle
        completedOn
        credits
        counts
        notCountedReasons
      }
      informalValidations {
        id
        theme {
          code
          name
        }
        source {
          method
          organisationName
          validatedOn
        }
        counts
        notCountedReasons
      }
    }
  }
`);

/** The same evaluation as if the leader completed these offerings today. */
export const WhatIfReRegistrationQuery = graphql(`
  query WhatIfReRegistration($offeringIds: [ID!]!) {
    whatIfReRegistration(offeringIds: $offeringIds) {
      ...ThemeProgressFields
    }
  }
`);

/** The public catalogue of offerings certified today, searchable. */
export const CertifiedOfferingsQuery = graphql(`
  query CertifiedOfferings($query: String, $first: Int) {
    certifiedOfferings(query: $query, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          owner {
            name
          }
          themes {
            code
            name
          }
          subthemes {
            code
            name
          }
        }
      }
    }
  }
`);
