import { graphql } from '../gql';

/** What the party needs to know of the objections against one of its decisions. */
export const ObjectionStateFields = graphql(`
  fragment ObjectionStateFields on Objection {
    id
    status
    filedOn
  }
`);

export const FileObjectionMutation = graphql(`
  mutation FileObjection($decisionKind: ObjectionDecisionKind!, $decisionId: ID!, $grounds: String!) {
    fileObjection(decisionKind: $decisionKind, decisionId: $decisionId, grounds: $grounds) {
      ...ObjectionStateFields
    }
  }
`);

export const OpenObjectionCountsQuery = graphql(`
  query OpenObjectionCounts {
    openObjectionCounts {
      decisionKind
      count
    }
  }
`);

/** Objections still to decide (of some kinds, or all), oldest first, with the decision each is against. */
export const OpenObjectionsQuery = graphql(`
  query OpenObjections($decisionKind: [ObjectionDecisionKind!], $first: Int, $after: String) {
    objections(decisionKind: $decisionKind, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          version
          decisionKind
          filedOn
          grounds
          decision {
            id
            decidedOn
            outcome
            reasons
            partyName
            offeringTitle
            objectionDeadline
          }
        }
      }
    }
  }
`);

export const DecideObjectionMutation = graphql(`
  mutation DecideObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {
    decideObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {
      id
      status
      decidedOn
    }
  }
`);
