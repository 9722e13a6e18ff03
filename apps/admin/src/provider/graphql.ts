import { graphql } from '../gql';

export const OfferingFields = graphql(`
  fragment OfferingFields on Offering {
    id
    title
    kind
    description
    hours
    learningGoals
    programme
    priceCents
    contentLocked
    leadsToLevel
    status
    submittedOn
    ownerName
    version
    claimedThemes {
      code
      name
    }
    claimedSubthemes {
      code
      name
    }
    currentCertification {
      id
      validFrom
      validUntil
      themes {
        code
        name
      }
      subthemes {
        code
        name
      }
    }
    certifications {
      id
      outcome
      decidedOn
      grounds
      validFrom
      validUntil
    }
    executions {
      id
      startsOn
      endsOn
      location
      online
      capacity
      version
    }
  }
`);

export const MyProviderQuery = graphql(`
  query MyProvider {
    myProvider {
      id
      name
      kvkNumber
      contactEmail
      website
    }
  }
`);

export const MyOfferingsQuery = graphql(`
  query MyOfferings($first: Int, $after: String) {
    myOfferings(first: $first, after: $after) {
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

export const OfferingQuery = graphql(`
  query Offering($id: ID!) {
    offering(id: $id) {
      ...OfferingFields
      certifications {
        id
        objections {
          ...ObjectionStateFields
        }
      }
    }
  }
`);

/** Themes valid on a date with their subthemes: what an offering can claim. */
export const ClaimableThemesQuery = graphql(`
  query ClaimableThemes($activeOn: Date!) {
    themes(activeOn: $activeOn) {
      id
      code
      name
      subthemes(activeOn: $activeOn) {
        id
        code
        name
      }
    }
  }
`);

export const CreateOfferingMutation = graphql(`
  mutation CreateOffering($input: OfferingInput!) {
    createOffering(input: $input) {
      ...OfferingFields
    }
  }
`);

export const UpdateOfferingMutation = graphql(`
  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {
    updateOffering(id: $id, version: $version, input: $input) {
      ...OfferingFields
    }
  }
`);

export const SubmitOfferingMutation = graphql(`
  mutation SubmitOffering($id: ID!, $version: Int!) {
    submitOffering(id: $id, version: $version) {
      ...OfferingFields
    }
  }
`);

export const PublishExecutionMutation = graphql(`
  mutation PublishExecution($offeringId: ID!, $input: ExecutionInput!) {
    publishExecution(offeringId: $offeringId, input: $input) {
      id
      startsOn
      endsOn
      location
      online
      capacity
      version
    }
  }
`);

export const CompletionReportFields = graphql(`
  fragment CompletionReportFields on RecordCompletionsResult {
    executionId
    dryRun
    total
    recorded
    alreadyRecorded
    dateDiffers
    rejected
    rows {
      row
      registerNumber
      leaderName
      completedOn
      recordedOn
      status
      code
      message
    }
  }
`);

export const ExecutionCompletionsQuery = graphql(`
  query ExecutionCompletions($executionId: ID!, $first: Int, $after: String) {
    executionCompletions(executionId: $executionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          completedOn
          status
          source
          handlingNote
          version
          leader {
            id
            displayName
            registerNumber
          }
        }
      }
    }
  }
`);

export const RecordCompletionsMutation = graphql(`
  mutation RecordCompletions($executionId: ID!, $completions: [CompletionInput!]!, $dryRun: Boolean!) {
    recordCompletions(executionId: $executionId, completions: $completions, dryRun: $dryRun) {
      ...CompletionReportFields
    }
  }
`);

export const WithdrawCompletionMutation = graphql(`
  mutation WithdrawCompletion($id: ID!, $version: Int!, $reason: String!) {
    withdrawCompletion(id: $id, version: $version, reason: $reason) {
      id
      status
      handlingNote
      version
    }
  }
`);
