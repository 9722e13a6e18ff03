import { graphql } from '../gql';

export const ProviderFieldsFragment = graphql(`
  fragment ProviderFields on Provider {
    id
    version
    name
    kvkNumber
    contactEmail
    phone
    website
    description
  }
`);

/** Providers by name: also the choices when an account is linked to a provider. */
export const ProvidersQuery = graphql(`
  query Providers($query: String, $first: Int, $after: String) {
    providers(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...ProviderFields
        }
      }
    }
  }
`);

export const CreateProviderMutation = graphql(`
  mutation CreateProvider($input: ProviderInput!) {
    createProvider(input: $input) {
      ...ProviderFields
    }
  }
`);

export const UpdateProviderMutation = graphql(`
  mutation UpdateProvider($id: ID!, $version: Int!, $input: ProviderInput!) {
    updateProvider(id: $id, version: $version, input: $input) {
      ...ProviderFields
    }
  }
`);
