import { graphql } from '../gql';

export const MyAssessorOrganisationQuery = graphql(`
  query MyAssessorOrganisation {
    myAssessorOrganisation {
      ...AssessorOrganisationFields
    }
  }
`);

/** The organisation changes its own fee schedule (for cases from then on). */
export const UpdateMyFeeScheduleMutation = graphql(`
  mutation UpdateMyFeeSchedule($version: Int!, $feeSchedule: AssessorFeeScheduleInput!) {
    updateMyFeeSchedule(version: $version, feeSchedule: $feeSchedule) {
      ...AssessorOrganisationFields
    }
  }
`);

/** The organisation's cases, optionally in one state, paged. */
export const AssessorPortfolioCasesQuery = graphql(`
  query AssessorPortfolioCases($state: [PortfolioCaseState!], $first: Int, $after: String) {
    assessorPortfolioCases(state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          state
          submittedOn
          leader {
            id
            displayName
          }
          themes {
            theme {
              id
              code
              name
            }
          }
          assessors {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** A case as its assessors work on it: the shared fields, the leader and every theme's outcome proposals. */
export const AssessorPortfolioCaseQuery = graphql(`
  query AssessorPortfolioCase($id: ID!) {
    portfolioCase(id: $id) {
      ...PortfolioCaseFields
      round
      leader {
        id
        displayName
      }
      themes {
        theme {
          id
        }
        outcomeProposals {
          assessor {
            id
            displayName
          }
          validated
        }
      }
    }
  }
`);

/** ASSESSOR accounts of the viewer's organisation, to assign. */
export const OrganisationAssessorsQuery = graphql(`
  query OrganisationAssessors {
    organisationAssessors {
      id
      displayName
    }
  }
`);

export const AssignPortfolioAssessorsMutation = graphql(`
  mutation AssignPortfolioAssessors($caseId: ID!, $version: Int!, $assessorAccountIds: [ID!]!) {
    assignPortfolioAssessors(caseId: $caseId, version: $version, assessorAccountIds: $assessorAccountIds) {
      id
    }
  }
`);

export const RecordPortfolioAssessmentMutation = graphql(`
  mutation RecordPortfolioAssessment($input: RecordPortfolioAssessmentInput!) {
    recordPortfolioAssessment(input: $input) {
      id
    }
  }
`);

export const PlanPortfolioInterviewMutation = graphql(`
  mutation PlanPortfolioInterview($caseId: ID!, $version: Int!, $startsAt: DateTimeISO!, $location: String!) {
    planPortfolioInterview(caseId: $caseId, version: $version, startsAt: $startsAt, location: $location) {
      id
    }
  }
`);

export const RecordPortfolioOutcomeMutation = graphql(`
  mutation RecordPortfolioOutcome($input: RecordPortfolioOutcomeInput!) {
    recordPortfolioOutcome(input: $input) {
      id
    }
  }
`);

export const MarkPortfolioFeesPaidMutation = graphql(`
  mutation MarkPortfolioFeesPaid($caseId: ID!, $version: Int!, $paidOn: Date!) {
    markPortfolioFeesPaid(caseId: $caseId, version: $version, paidOn: $paidOn) {
      id
    }
  }
`);
