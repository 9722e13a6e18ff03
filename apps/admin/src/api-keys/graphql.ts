import { graphql } from '../gql';

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    organisation
    contactName
    contactEmail
    purpose
    scopes
    prefix
    createdAt
    revokedAt
    lastUsedAt
    usageCount
  }
`);

/** Keys issued to third parties, newest first; revoked ones only on request. */
export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {
    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
`);

/** Issues a key: the answer holds the secret, which is never shown again. */
export const IssueApiKeyMutation = graphql(`
  mutation IssueApiKey($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);
