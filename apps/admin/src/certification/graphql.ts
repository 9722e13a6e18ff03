import { graphql } from '../gql';

/** Offerings submitted for certification, oldest first (staff and committee). */
export const OfferingsToCertifyQuery = graphql(`
  query OfferingsToCertify($first: Int, $after: String) {
    offeringsToCertify(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OfferingFields
        }
      }
    }
  }
`);

export const DecideCertificationMutation = graphql(`
  mutation DecideCertification($id: ID!, $version: Int!, $input: CertificationDecisionInput!) {
    decideCertification(id: $id, version: $version, input: $input) {
      ...OfferingFields
    }
  }
`);

