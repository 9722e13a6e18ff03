import { graphql } from '../gql';

export const BoardFieldsFragment = graphql(`
  fragment BoardFields on Board {
    id
    version
    boardNumber
    name
    city
  }
`);

/** School boards by name (staff): also the choices when an account is linked to a board. */
export const StaffBoardsQuery = graphql(`
  query StaffBoards($query: String, $first: Int, $after: String) {
    staffBoards(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...BoardFields
        }
      }
    }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: BoardInput!) {
    createBoard(input: $input) {
      ...BoardFields
    }
  }
`);

export const UpdateBoardMutation = graphql(`
  mutation UpdateBoard($id: ID!, $version: Int!, $input: BoardInput!) {
    updateBoard(id: $id, version: $version, input: $input) {
      ...BoardFields
    }
  }
`);
