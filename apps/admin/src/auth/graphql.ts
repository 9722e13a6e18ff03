import { graphql } from '../gql';

/** The signed-in account, or null when anonymous. Every guard and menu reads this one query. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      roles
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      displayName
      roles
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
