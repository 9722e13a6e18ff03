import { graphql } from '../gql';

/** A meeting with its agenda, a page at a time: every application on it, decided or not (`nodes`: the depth limit is 6). */
export const CommitteeMeetingAgendaQuery = graphql(`
  query CommitteeMeetingAgenda($id: ID!, $first: Int, $after: String) {
    committeeMeeting(id: $id) {
      id
      meetingDate
      location
      agenda(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...NextPage
        }
        nodes {
          ...ApplicationFields
          ...ApplicationCheckFields
        }
      }
    }
  }
`);

export const DecideApplicationMutation = graphql(`
  mutation DecideApplication($input: DecisionInput!) {
    decideApplication(input: $input) {
      id
      outcome
      decidedOn
      objectionDeadline
    }
  }
`);

export const DecideAgendaMutation = graphql(`
  mutation DecideAgenda($meetingId: ID!, $decisions: [DecisionInput!]!) {
    decideAgenda(meetingId: $meetingId, decisions: $decisions) {
      id
      outcome
      decidedOn
      objectionDeadline
    }
  }
`);
