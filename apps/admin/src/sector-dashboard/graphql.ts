import { graphql } from '../gql';

/** The register office's throughput per month, oldest first, and the committee backlog now. */
export const StaffThroughputQuery = graphql(`
  query StaffThroughput($months: Int!) {
    staffThroughput(months: $months) {
      asOf
      committeeBacklogNow
      awaitingScheduling
      onAgenda
      months {
        month
        submitted
        decided
        medianDaysToDecision
        p90DaysToDecision
        committeeBacklog
      }
    }
  }
`);

export const IndicatorTargetFieldsFragment = graphql(`
  fragment IndicatorTargetFields on IndicatorTarget {
    id
    version
    indicator
    value
    validFrom
    validUntil
  }
`);

export const IndicatorTargetsQuery = graphql(`
  query IndicatorTargets {
    indicatorTargets {
      ...IndicatorTargetFields
    }
  }
`);

export const CreateIndicatorTargetMutation = graphql(`
  mutation CreateIndicatorTarget($input: IndicatorTargetInput!) {
    createIndicatorTarget(input: $input) {
      ...IndicatorTargetFields
    }
  }
`);

export const UpdateIndicatorTargetMutation = graphql(`
  mutation UpdateIndicatorTarget($id: ID!, $version: Int!, $input: IndicatorTargetInput!) {
    updateIndicatorTarget(id: $id, version: $version, input: $input) {
      ...IndicatorTargetFields
    }
  }
`);

/** Indicator 20 per month, oldest first, with the targets that apply. */
export const SectorDashboardQuery = graphql(`
  query SectorDashboard($months: Int!) {
    sectorDashboard(months: $months) {
      asOf
      months {
        month
        enrolledLeaders
        registeredLeaders
        registeredShare
        registeredShareTarget
        newRegistrations
        newRegistrationsTarget
      }
    }
  }
`);
