import { graphql } from '../gql';

export const AssessorOrganisationFieldsFragment = graphql(`
  fragment AssessorOrganisationFields on AssessorOrganisation {
    id
    version
    name
    kvkNumber
    contactEmail
    phone
    certifiedFrom
    certifiedUntil
    certifiedToday
    feeSchedule {
      oneOffCents
      perThemeCents
      perInterviewCents
      resubmissionCents
    }
  }
`);

/** Assessor organisations by name: also the choices when an ASSESSOR account is linked to one. */
export const AssessorOrganisationsQuery = graphql(`
  query AssessorOrganisations($query: String, $first: Int, $after: String) {
    assessorOrganisations(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...AssessorOrganisationFields
        }
      }
    }
  }
`);

export const CreateAssessorOrganisationMutation = graphql(`
  mutation CreateAssessorOrganisation($input: AssessorOrganisationInput!) {
    createAssessorOrganisation(input: $input) {
      ...AssessorOrganisationFields
    }
  }
`);

export const UpdateAssessorOrganisationMutation = graphql(`
  mutation UpdateAssessorOrganisation($id: ID!, $version: Int!, $input: AssessorOrganisationInput!) {
    updateAssessorOrganisation(id: $id, version: $version, input: $input) {
      ...AssessorOrganisationFields
    }
  }
`);
