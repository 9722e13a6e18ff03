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
    offeringTitle
    ownerName
    document {
      id
      fileName
      sizeBytes
    }
    objections {
      ...ObjectionStateFields
    }
    leader {
      id
      displayName
      registerNumber
    }
  }
`);

/** The signed-in leader's completions, most recently completed first, a page at a time. */
export const MyCompletionsQuery = graphql(`
  query MyCompletions($first: Int, $after: String) {
    myCompletions(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...CompletionFields
        }
      }
    }
  }
`);

/** The catalogue of offerings certified today with their executions of the past year and those still to come. */
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
          recentExecutions {
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
  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!, $documentId: ID!) {
    submitCertificate(executionId: $executionId, completedOn: $completedOn, documentId: $documentId) {
      ...CompletionFields
    }
  }
`);

/** Certificates awaiting verification, oldest first (staff). */
export const CertificatesToVerifyQuery = graphql(`
  query CertificatesToVerify($first: Int, $after: String) {
    certificatesToVerify(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...CompletionFields
        }
      }
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
