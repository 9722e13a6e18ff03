import { graphql } from '../gql';

export const CompletionFields = graphql(`
  fragment CompletionFields on Completion {
    id
    executionId
    completedOn
    source
    status
    handledOn
    handlingNote
    version
    leader {
      id
      displayName
      registerNumber
    }
  }
`);

/** The signed-in leader's completions, newest first. */
export const MyCompletionsQuery = graphql(`
  query MyCompletions {
    myCompletions {
      ...CompletionFields
    }
  }
`);

/**
 * The catalogue of offerings certified today with their executions that have not ended: the only executions the
 * API exposes to a leader (and the only way to name an execution's offering, since a Completion carries just its id).
 */
export const CertificateOfferingsQuery = graphql(`
  query CertificateOfferings {
    certifiedOfferings(first: 100) {
      edges {
        node {
          id
          title
          owner {
            name
          }
          upcomingExecutions {
            id
            startsOn
            endsOn
            location
            online
          }
        }
      }
    }
  }
`);

export const SubmitCertificateMutation = graphql(`
  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!) {
    submitCertificate(executionId: $executionId, completedOn: $completedOn) {
      ...CompletionFields
    }
  }
`);

/** Certificates awaiting verification, oldest first (staff). */
export const CertificatesToVerifyQuery = graphql(`
  query CertificatesToVerify {
    certificatesToVerify {
      ...CompletionFields
    }
  }
`);

export const VerifyCertificateMutation = graphql(`
  mutation VerifyCertificate($id: ID!, $version: Int!, $approve: Boolean!, $reason: String) {
    verifyCertificate(id: $id, version: $version, approve: $approve, reason: $reason) {
      ...CompletionFields
    }
  }
`);
