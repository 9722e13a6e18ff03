import { graphql } from '../gql';

/** A register entry as it is today, or as it was on `asOf` (null when not registered then). */
export const PublicRegistrationQuery = graphql(`
  query PublicRegistration($registerNumber: String!, $asOf: Date) {
    publicRegistration(registerNumber: $registerNumber, asOf: $asOf) {
      registerNumber
      displayName
      title
      aspirant
      qualificationLevel
      status
      registeredOn
      reRegistrationDue
      completedThemes {
        theme {
          code
          name
        }
        completedOn
        route
      }
      boards {
        name
      }
    }
  }
`);
