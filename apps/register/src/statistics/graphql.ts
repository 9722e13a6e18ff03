import { graphql } from '../gql';

/** The register's figures on a date (today without one): key figures, titles, statuses, themes, months. */
export const RegisterStatisticsQuery = graphql(`
  query RegisterStatistics($asOf: Date) {
    registerStatistics(asOf: $asOf) {
      asOf
      enrolledLeaders
      enrolledBoards
      registeredLeaders
      reRegisteredLeaders
      leadersWithFormalThemeCompletion
      leadersWithInformalThemeCompletion
      initialDeferrals {
        requested
        granted
      }
      reRegistrationDeferrals {
        requested
        granted
      }
      byTitle {
        title
        aspirant
        count
      }
      byStatus {
        status
        count
      }
      themeCompletions {
        theme {
          id
          code
          name
        }
        formal
        informal
      }
      registrationsPerMonth(months: 24) {
        month
        registered
        registeredTotal
      }
    }
  }
`);
