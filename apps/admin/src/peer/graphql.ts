import { graphql } from '../gql';

/** A session as every party sees it: when, where, who facilitates. */
export const PeerSessionFieldsFragment = graphql(`
  fragment PeerSessionFields on PeerSession {
    id
    version
    startsAt
    endsAt
    sessionDate
    location
    capacity
    state
    facilitator {
      id
      displayName
    }
  }
`);

/** A trio for staff and its facilitator: each member's theme, reflections and outcome, and why it cannot be confirmed yet (the reasons of an outcome are the leader's to read). */
export const PeerGroupFieldsFragment = graphql(`
  fragment PeerGroupFields on PeerGroup {
    id
    version
    confirmedOn
    reflectionDeadline
    confirmRefusal {
      code
      message
    }
    members {
      id
      leader {
        id
        displayName
      }
      theme {
        id
        code
        name
      }
      reflections {
        subjectLeaderId
        submittedAt
      }
      outcome
    }
  }
`);

/** A session with its sign-ups and trios (staff and the facilitator). */
export const PeerSessionDetailFragment = graphql(`
  fragment PeerSessionDetail on PeerSession {
    id
    signUps {
      id
      placed
      leader {
        id
        displayName
      }
    }
    groups {
      ...PeerGroupFields
    }
  }
`);

/**
 * Staff: upcoming sessions (soonest first) or all (latest first), without their trios: those come per
 * session ({@link PeerSessionDetailQuery}), as a page of sessions with all trios would exceed the API's cost budget.
 */
export const PeerSessionsQuery = graphql(`
  query PeerSessions($upcoming: Boolean, $first: Int, $after: String) {
    peerSessions(upcoming: $upcoming, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          ...PeerSessionFields
          signUpCount
        }
      }
    }
  }
`);

/** One session's sign-ups and trios (staff and its facilitator). */
export const PeerSessionDetailQuery = graphql(`
  query PeerSessionDetail($id: ID!) {
    peerSession(id: $id) {
      ...PeerSessionDetail
    }
  }
`);

export const PublishPeerSessionMutation = graphql(`
  mutation PublishPeerSession($input: PublishPeerSessionInput!) {
    publishPeerSession(input: $input) {
      ...PeerSessionFields
    }
  }
`);

export const FormPeerGroupsMutation = graphql(`
  mutation FormPeerGroups($sessionId: ID!, $version: Int!) {
    formPeerGroups(sessionId: $sessionId, version: $version) {
      ...PeerSessionFields
      signUpCount
      ...PeerSessionDetail
    }
  }
`);

/** Active accounts of one role by name or e-mail: the facilitator is a staff or assessor account. */
export const FacilitatorCandidatesQuery = graphql(`
  query FacilitatorCandidates($query: String, $role: Role!) {
    accounts(query: $query, role: $role, status: ACTIVE, first: 20) {
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

/** Leader: sessions open for sign-up. */
export const OpenPeerSessionsQuery = graphql(`
  query OpenPeerSessions {
    openPeerSessions {
      ...PeerSessionFields
      placesLeft
    }
  }
`);

/** Leader: own sign-ups with the trio, reflections and outcome. */
export const MyPeerValidationFieldsFragment = graphql(`
  fragment MyPeerValidationFields on MyPeerValidation {
    id
    status
    cancellable
    groupId
    theme {
      id
      code
      name
    }
    session {
      ...PeerSessionFields
    }
    partners {
      leaderId
      displayName
      theme {
        id
        code
        name
      }
    }
    reflectionDeadline
    reflectionOpen
    reflections {
      subjectLeaderId
      subjectName
      submittedAt
    }
    outcome
    outcomeReasons {
      code
      message
    }
    confirmedOn
    decisionId
    objections {
      ...ObjectionStateFields
    }
  }
`);

export const MyPeerValidationsQuery = graphql(`
  query MyPeerValidations {
    myPeerValidations {
      ...MyPeerValidationFields
    }
  }
`);

export const SignUpForPeerSessionMutation = graphql(`
  mutation SignUpForPeerSession($sessionId: ID!, $themeId: ID!) {
    signUpForPeerSession(sessionId: $sessionId, themeId: $themeId) {
      ...MyPeerValidationFields
    }
  }
`);

export const CancelPeerSignUpMutation = graphql(`
  mutation CancelPeerSignUp($sessionId: ID!) {
    cancelPeerSignUp(sessionId: $sessionId)
  }
`);

export const SubmitPeerReflectionMutation = graphql(`
  mutation SubmitPeerReflection($input: SubmitPeerReflectionInput!) {
    submitPeerReflection(input: $input) {
      ...MyPeerValidationFields
    }
  }
`);

/** Facilitator: the sessions the signed-in account facilitates, latest first, with their trios. */
export const FacilitatedPeerSessionsQuery = graphql(`
  query FacilitatedPeerSessions($first: Int, $after: String) {
    facilitatedPeerSessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          ...PeerSessionFields
          signUpCount
        }
      }
    }
  }
`);

export const ConfirmPeerGroupMutation = graphql(`
  mutation ConfirmPeerGroup($groupId: ID!, $version: Int!) {
    confirmPeerGroup(groupId: $groupId, version: $version) {
      ...PeerGroupFields
    }
  }
`);
