import { graphql } from '../gql';

export const CredentialVerificationFields = graphql(`
  fragment CredentialVerificationFields on CredentialVerification {
    signatureValid
    status
    issuerName
    credentialId
    registerNumber
    displayName
    title
    aspirant
    validFrom
    validUntil
    checkedAt
    problem
  }
`);

/** The register's word on the credential a QR code points to (null: no credential with that id). */
export const CredentialVerificationQuery = graphql(`
  query CredentialVerification($id: ID!) {
    credentialVerification(id: $id) {
      ...CredentialVerificationFields
    }
  }
`);

/** Checks a credential file a verifier pasted or chose: signature, period and the register's status list. */
export const VerifyCredentialQuery = graphql(`
  query VerifyCredential($credential: String!) {
    verifyCredential(credential: $credential) {
      ...CredentialVerificationFields
    }
  }
`);
