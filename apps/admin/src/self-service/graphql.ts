import { graphql } from '../gql';

/** Public boards by name, for the enrolment form's board picker. */
export const EnrolBoardsQuery = graphql(`
  query EnrolBoards($query: String, $first: Int) {
    boards(query: $query, first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The schools of the chosen board. */
export const EnrolSchoolsQuery = graphql(`
  query EnrolSchools($boardId: ID!) {
    boardSchools(boardId: $boardId, first: 100) {
      nodes {
        id
        name
        city
      }
    }
  }
`);

export const EnrolMutation = graphql(`
  mutation Enrol($input: EnrolInput!) {
    enrol(input: $input)
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);
