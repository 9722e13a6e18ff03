import { graphql } from '../gql';

/**
 * A register entry as it is today, or as it was on `asOf`. The lookup tells an unknown register number
 * from one that was not registered on that date, so the page can say which.
 */
export const RegisterEntryQuery = graphql(`
  query RegisterEntry($registerNumber: String!, $asOf: Date) {
    publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {
      registerNumber
      outcome
      registration {
        registerNumber
        displayName
        title
        aspirant
        qualificationLevel
        status
        registeredOn
        reRegistrationDue
        aspirantUntil
        expiresOn
        deregisteredOn
        periodStartsOn
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
  }
`);
