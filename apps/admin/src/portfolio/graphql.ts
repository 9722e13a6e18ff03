import { graphql } from '../gql';

/** What the leader and the assessors see of a case (the assessors also see checklists and proposals, below). */
export const PortfolioCaseFields = graphql(`
  fragment PortfolioCaseFields on PortfolioCase {
    id
    version
    state
    submittedOn
    canResubmit
    assessorOrganisation {
      id
      name
    }
    themes {
      theme {
        id
        code
        name
      }
      documents {
        id
        fileName
        sizeBytes
      }
      assessments {
        id
        round
        assessor {
          id
          displayName
        }
        sufficient
        feedback
      }
      outcome
      grounds
    }
    assessors {
      id
      displayName
    }
    interviewStartsAt
    interviewMinutes
    interviewLocation
    assessedOn
    decidedOn
    objections {
      ...ObjectionStateFields
    }
    feeLines {
      id
      kind
      quantity
      unitCents
      amountCents
      paidOn
    }
    feeTotalCents
    feeOutstandingCents
    invoiceUrl
  }
`);

export const MyPortfolioCasesQuery = graphql(`
  query MyPortfolioCases {
    myPortfolioCases {
      id
      state
      resubmissions
      submittedOn
      assessorOrganisation {
        id
        name
      }
      themes {
        theme {
          id
          code
          name
        }
      }
    }
  }
`);

export const PortfolioCaseQuery = graphql(`
  query PortfolioCase($id: ID!) {
    portfolioCase(id: $id) {
      ...PortfolioCaseFields
    }
  }
`);

/** The organisations a leader can choose, with their own fee schedule. */
export const CertifiedAssessorOrganisationsQuery = graphql(`
  query CertifiedAssessorOrganisations {
    certifiedAssessorOrganisations {
      id
      name
      certifiedUntil
      feeSchedule {
        oneOffCents
        perThemeCents
        perInterviewCents
        resubmissionCents
      }
    }
  }
`);

export const OpenPortfolioCaseMutation = graphql(`
  mutation OpenPortfolioCase($input: OpenPortfolioCaseInput!) {
    openPortfolioCase(input: $input) {
      id
    }
  }
`);

export const RemovePortfolioDocumentMutation = graphql(`
  mutation RemovePortfolioDocument($caseId: ID!, $documentId: ID!) {
    removePortfolioDocument(caseId: $caseId, documentId: $documentId) {
      ...PortfolioCaseFields
    }
  }
`);

export const SubmitPortfolioCaseMutation = graphql(`
  mutation SubmitPortfolioCase($id: ID!, $version: Int!) {
    submitPortfolioCase(id: $id, version: $version) {
      ...PortfolioCaseFields
    }
  }
`);

export const ResubmitPortfolioCaseMutation = graphql(`
  mutation ResubmitPortfolioCase($id: ID!, $version: Int!) {
    resubmitPortfolioCase(id: $id, version: $version) {
      ...PortfolioCaseFields
    }
  }
`);

/** The leader's themes already completed in the current period, to say so beside each theme to choose. */
export const PortfolioCompletedThemesQuery = graphql(`
  query PortfolioCompletedThemes {
    myThemeProgress {
      themes {
        completed
        completedOn
        theme {
          code
        }
      }
    }
  }
`);
