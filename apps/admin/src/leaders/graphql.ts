import { graphql } from '../gql';

/** One leader as staff and the committee see them. */
export const LeaderProfileQuery = graphql(`
  query LeaderProfile($id: ID!) {
    leaderProfile(id: $id) {
      ...RegistrationCardFields
      email
      employments {
        id
        boardName
        schoolName
        function
        startsOn
        endsOn
      }
    }
  }
`);

export const DeregisterMutation = graphql(`
  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {
    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {
      ...RegistrationCardFields
    }
  }
`);
