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

export const FileCertificationObjectionMutation = graphql(`
  mutation FileCertificationObjection($certificationId: ID!, $grounds: String!) {
    fileCertificationObjection(certificationId: $certificationId, grounds: $grounds) {
      id
      status
      filedOn
    }
  }
`);

export const CertificationObjectionsQuery = graphql(`
  query CertificationObjections($first: Int, $after: String) {
    certificationObjections(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          version
          certificationId
          filedOn
          grounds
          status
        }
      }
    }
  }
`);

export const DecideCertificationObjectionMutation = graphql(`
  mutation DecideCertificationObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {
    decideCertificationObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {
      id
      status
      decidedOn
    }
  }
`);
