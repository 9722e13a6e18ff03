import { graphql } from '../gql';

export const ApplicationCountsQuery = graphql(`
  query ApplicationCounts {
    applicationCounts {
      status
      count
    }
  }
`);

/** The queue: oldest submission first, filtered by status and kind on the server. */
export const ApplicationQueueQuery = graphql(`
  query ApplicationQueue($status: [ApplicationStatus!], $kind: [ApplicationKind!], $first: Int, $after: String) {
    applications(status: $status, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          id
          kind
          status
          submittedAt
          version
          leader {
            id
            displayName
            registerNumber
          }
          meeting {
            id
            meetingDate
          }
        }
      }
    }
  }
`);

export const StaffApplicationQuery = graphql(`
  query StaffApplication($id: ID!) {
    application(id: $id) {
      ...ApplicationFields
      ...ApplicationCheckFields
    }
  }
`);

export const ReturnApplicationMutation = graphql(`
  mutation ReturnApplication($id: ID!, $message: String!, $version: Int!) {
    returnApplication(id: $id, message: $message, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const MarkApplicationCompleteMutation = graphql(`
  mutation MarkApplicationComplete($id: ID!, $version: Int!) {
    markApplicationComplete(id: $id, version: $version) {
      ...ApplicationFields
      ...ApplicationCheckFields
    }
  }
`);

export const ScheduleApplicationMutation = graphql(`
  mutation ScheduleApplication($id: ID!, $meetingId: ID!, $version: Int!) {
    scheduleApplication(id: $id, meetingId: $meetingId, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const PlanCommitteeMeetingMutation = graphql(`
  mutation PlanCommitteeMeeting($meetingDate: Date!, $location: String) {
    planCommitteeMeeting(meetingDate: $meetingDate, location: $location) {
      id
      meetingDate
      location
    }
  }
`);

/** The e-mail outbox, newest first. */
export const EmailOutboxQuery = graphql(`
  query EmailOutbox($status: [EmailStatus!], $first: Int, $after: String) {
    emailOutbox(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          id
          toAddress
          subject
          status
          attempts
          createdAt
          sentAt
          lastError
          textBody
          waitReason
          lastAttemptAt
          nextAttemptAt
        }
      }
    }
  }
`);

/** How much work waits in each queue: the start page of staff and the committee. */
export const WorkCountsQuery = graphql(`
  query WorkCounts {
    workCounts {
      applicationsToCheck
      applicationsToSchedule
      applicationsToDecide
      deferralRequests
      certificationRequests
      certificatesToVerify
      openObjections
      outboxWaiting
    }
  }
`);
