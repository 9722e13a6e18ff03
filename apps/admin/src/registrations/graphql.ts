import { graphql } from '../gql';

/** What the registration card shows of a leader: for the leader themself and for staff. */
export const RegistrationCardFields = graphql(`
  fragment RegistrationCardFields on LeaderProfile {
    id
    displayName
    registerNumber
    enrolledOn
    registration {
      id
      version
      title
      aspirant
      aspirantUntil
      level
      status
      registeredOn
      periodStartsOn
      reRegistrationDue
      expiresOn
      deregisteredOn
    }
  }
`);
