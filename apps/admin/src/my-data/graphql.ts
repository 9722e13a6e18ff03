import { graphql } from '../gql';

/** The signed-in leader's requests about their own data, newest first. */
export const MyDataRequestsQuery = graphql(`
  query MyDataRequests {
    myDataRequests {
      ...DataRequestFields
    }
  }
`);

/** What the register holds, in short: name, number, address, registration and employments. */
export const MyDataSummaryQuery = graphql(`
  query MyDataSummary {
    myProfile {
      id
      registerNumber
      displayName
      initials
      email
      enrolledOn
      registration {
        id
        title
        status
        registeredOn
        deregisteredOn
      }
      employments {
        id
        boardName
      }
    }
  }
`);

export const FileDataRequestMutation = graphql(`
  mutation FileDataRequest($input: FileDataRequestInput!) {
    fileDataRequest(input: $input) {
      ...DataRequestFields
    }
  }
`);
