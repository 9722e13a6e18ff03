import { graphql } from '../gql';

export const AccountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    version
    email
    displayName
    roles
    status
    deactivatedAt
    board {
      id
      name
    }
    provider {
      id
      name
    }
    assessorOrganisation {
      id
      name
    }
    leader {
      id
      registerNumber
      displayName
    }
  }
`);

/** Accounts in name order, by name or e-mail, role and status. */
export const AccountsQuery = graphql(`
  query Accounts($query: String, $role: Role, $status: AccountStatus, $first: Int, $after: String) {
    accounts(query: $query, role: $role, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...AccountFields
        }
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, version: $version, input: $input) {
      ...AccountFields
    }
  }
`);

export const DeactivateAccountMutation = graphql(`
  mutation DeactivateAccount($id: ID!, $version: Int!) {
    deactivateAccount(id: $id, version: $version) {
      ...AccountFields
    }
  }
`);

export const ReactivateAccountMutation = graphql(`
  mutation ReactivateAccount($id: ID!, $version: Int!) {
    reactivateAccount(id: $id, version: $version) {
      ...AccountFields
    }
  }
`);
