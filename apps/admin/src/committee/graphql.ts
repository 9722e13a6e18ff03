import { graphql } from '../gql';

/** A meeting with its agenda: every application on it, decided or not. */
export const CommitteeMeetingAgendaQuery = graphql(`
  query CommitteeMeetingAgenda($id: ID!) {
    committeeMeeting(id: $id) {
      id
      meetingDate
      location
      agenda {
        ...ApplicationFields
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
