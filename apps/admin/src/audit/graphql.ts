import { graphql } from '../gql';

/** One page of the audit log, newest first, every filter given applied. */
export const AuditTrailQuery = graphql(`
  query AuditTrail($entity: String, $entityId: String, $leaderId: ID, $actorAccountId: ID, $from: Date, $to: Date, $first: Int, $after: String) {
    auditLog(entity: $entity, entityId: $entityId, leaderId: $leaderId, actorAccountId: $actorAccountId, from: $from, to: $to, first: $first, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...AuditEntryFields
        }
      }
    }
  }
`);

export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    occurredAt
    actorAccountId
    actorName
    entity
    entityId
    action
    before
    after
    changedFields
    leaderId
    leaderName
  }
`);

/** Accounts whose name or e-mail address holds the words typed (the actor filter's suggestions). */
export const AuditActorSearchQuery = graphql(`
  query AuditActorSearch($query: String) {
    accounts(query: $query, first: 10) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

/** The account of an actor filter that came in through the address. */
export const AuditActorQuery = graphql(`
  query AuditActor($id: ID!) {
    account(id: $id) {
      id
      displayName
      email
    }
  }
`);

/** The name of the leader whose case file the trail is narrowed to. */
export const AuditLeaderQuery = graphql(`
  query AuditLeader($id: ID!) {
    leaderProfile(id: $id) {
      id
      displayName
    }
  }
`);
