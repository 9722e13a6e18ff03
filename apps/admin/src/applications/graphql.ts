import { graphql } from '../gql';

/** Everything of an application that staff, committee and the leader see on its detail view. */
export const ApplicationFieldsFragment = graphql(`
  fragment ApplicationFields on Application {
    id
    kind
    status
    version
    submittedAt
    leaderFunction
    requestedTitle
    qualificationRoute
    reRegistrationRoute
    claimedLevel
    evidenceDate
    institution
    certificationValidFrom
    certificationValidUntil
    enrolledOn
    expectedEndDate
    nvaoAccredited
    alignedWithStandard
    leaderNote
    staffMessage
    leader {
      id
      displayName
      registerNumber
    }
    meeting {
      id
      meetingDate
      location
    }
    documents {
      id
      fileName
      contentType
      sizeBytes
      uploadedAt
    }
    decision {
      id
      outcome
      decidedOn
      objectionDeadline
      reasons
      isException
      exceptionJustification
      grantedLevel
      objections {
        id
        status
        filedOn
        grounds
        decidedOn
        outcomeReasons
        version
      }
    }
  }
`);

/** Registration committee meetings from a date, soonest first, a page at a time. */
export const CommitteeMeetingsQuery = graphql(`
  query CommitteeMeetings($from: Date, $first: Int, $after: String) {
    committeeMeetings(from: $from, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          meetingDate
          location
          openAgendaCount
          agenda(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

/** What staff and the committee weigh beside the application: the required evidence and the rules' verdict. */
export const ApplicationCheckFieldsFragment = graphql(`
  fragment ApplicationCheckFields on Application {
    id
    evidence {
      item
      present
    }
    verdict {
      eligible
      title
      level
      aspirant
      aspirantUntil
      reasons {
        code
        message
      }
    }
  }
`);
