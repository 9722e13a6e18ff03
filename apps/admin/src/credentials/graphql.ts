import { graphql } from '../gql';

/** The signed-in leader's credentials, one per registration period (the API issues them on the first ask). */
export const MyCredentialsQuery = graphql(`
  query MyCredentials {
    myCredentials {
      id
      title
      aspirant
      validFrom
      validUntil
      status
      verificationUrl
      downloadUrl
    }
  }
`);
