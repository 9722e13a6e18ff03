import { graphql } from '../gql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      ...RegistrationCardFields
      employments {
        id
        boardName
        schoolName
        function
        startsOn
        endsOn
      }
      developmentPlan {
        themeId
        code
        name
        addedOn
      }
    }
  }
`);

/** The themes a leader can plan: those valid today. */
export const PlannableThemesQuery = graphql(`
  query PlannableThemes($activeOn: Date!) {
    themes(activeOn: $activeOn) {
      id
      code
      name
      isWildcard
    }
  }
`);

export const SetDevelopmentPlanMutation = graphql(`
  mutation SetDevelopmentPlan($themeIds: [ID!]!) {
    setDevelopmentPlan(themeIds: $themeIds) {
      id
      developmentPlan {
        themeId
        code
        name
        addedOn
      }
    }
  }
`);

export const MyApplicationsQuery = graphql(`
  query MyApplications {
    myApplications {
      ...ApplicationFields
    }
  }
`);

export const MyApplicationQuery = graphql(`
  query MyApplication($id: ID!) {
    application(id: $id) {
      ...ApplicationFields
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($kind: ApplicationKind!, $input: ApplicationInput!, $submit: Boolean) {
    createApplication(kind: $kind, input: $input, submit: $submit) {
      ...ApplicationFields
    }
  }
`);

export const UpdateApplicationMutation = graphql(`
  mutation UpdateApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {
    updateApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($id: ID!, $version: Int!) {
    submitApplication(id: $id, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const MyLettersQuery = graphql(`
  query MyLetters($first: Int, $after: String) {
    myLetters(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          subject
          datedOn
          pdfUrl
        }
      }
    }
  }
`);

/** The leader's letters with what each is about, to show those of one application (a leader has few letters). */
export const MyRelatedLettersQuery = graphql(`
  query MyRelatedLetters {
    myLetters(first: 100) {
      edges {
        node {
          id
          subject
          datedOn
          pdfUrl
          relatedEntity
          relatedId
        }
      }
    }
  }
`);
