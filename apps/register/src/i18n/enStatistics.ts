import type { SameKeys } from '@srpo/ui';
import type { nlStatistics } from './nlStatistics';

/** English strings of the statistics page: the same keys as Dutch. */
export const enStatistics: SameKeys<typeof nlStatistics> = {
  statistics: {
    documentTitle: 'Register figures | School Leaders Register PO',
    documentTitleOn: 'Figures on {{date}} | School Leaders Register PO',
    title: 'Register figures',
    intro:
      'How many school leaders are in the register, with which title and status, and how many professional development themes have been completed? The figures are computed from the register’s history, for the date you choose.',
    showing: 'You are viewing the figures on {{date}}.',
    showingToday: 'You are viewing today’s figures, {{date}}.',
    invalidInUrl: 'The reference date in the address is not an existing date; you are viewing today’s figures.',
    futureInUrl: 'The reference date {{date}} is after today. The register counts what is or was, not what is still to come; you are viewing today’s figures.',
    loadError: 'The figures could not be loaded. Please try again later.',
    tooEarly: 'There are no figures for this reference date: it lies before the start of the register’s history. Choose a later date.',
    asOf: {
      title: 'Figures on another date',
      intro: 'Choose a date, for example the end of a year, to see how the register stood then. You can share the page’s address.',
      future: 'Choose today or an earlier date: the register counts what is or was, not what is still to come.',
      today: 'View today’s figures',
    },
    keyFigures: {
      title: 'Key figures',
      download: 'Download the key figures as CSV',
      csvFile: 'key-figures-{{date}}.csv',
      csvFigure: 'Figure',
      csvCount: 'Number',
      initialDeferralsGrantedCsv: 'deferral of registration granted (fully or partly)',
      reRegistrationDeferralsGrantedCsv: 'deferral of re-registration granted (fully or partly)',
      enrolledLeaders_one: 'enrolled school leader',
      enrolledLeaders_other: 'enrolled school leaders',
      enrolledLeadersDefinition: 'School leaders enrolled on the reference date and not deregistered; those without a registration (yet) count too.',
      enrolledBoards_one: 'board signed up',
      enrolledBoards_other: 'boards signed up',
      enrolledBoardsDefinition: 'School boards that employ at least one enrolled school leader on the reference date.',
      registeredLeaders_one: 'school leader meets the basic qualifications',
      registeredLeaders_other: 'school leaders meet the basic qualifications',
      registeredLeadersDefinition:
        'School leaders in the public register on the reference date: registered, under conditions or with an expired re-registration, aspirants included. Together they are the registrations by title below.',
      reRegisteredLeaders_one: 'school leader has re-registered',
      reRegisteredLeaders_other: 'school leaders have re-registered',
      reRegisteredLeadersDefinition: 'School leaders with at least one re-registration approved up to and including the reference date.',
      conditional_one: 'registration under conditions',
      conditional_other: 'registrations under conditions',
      conditionalDefinition: 'The re-registration date has passed, less than six months ago; a granted deferral moves that date.',
      expired_one: 'expired registration',
      expired_other: 'expired registrations',
      expiredDefinition: 'The re-registration date passed more than six months ago without re-registration.',
      initialDeferrals_one: 'school leader asked for deferral of registration',
      initialDeferrals_other: 'school leaders asked for deferral of registration',
      initialDeferralsGranted: '{{number}} of them were granted it (fully or partly).',
      initialDeferralsDefinition:
        'School leaders who asked, up to and including the reference date, for deferral of their first registration (deadline 1 January 2018), and how many of them a decision on or before that date granted it fully or partly.',
      reRegistrationDeferrals_one: 'school leader asked for deferral of re-registration',
      reRegistrationDeferrals_other: 'school leaders asked for deferral of re-registration',
      reRegistrationDeferralsGranted: '{{number}} of them were granted it (fully or partly).',
      reRegistrationDeferralsDefinition:
        'School leaders who asked, up to and including the reference date, for deferral of their re-registration, and how many of them a decision on or before that date granted it fully or partly.',
      formal_one: 'school leader has completed themes through formal learning',
      formal_other: 'school leaders have completed themes through formal learning',
      formalDefinition:
        'School leaders who completed at least one theme up to and including the reference date with certified offerings: for the whole theme, or for all its subthemes together, within the offering’s certification.',
      informal_one: 'school leader has completed themes through informal learning',
      informal_other: 'school leaders have completed themes through informal learning',
      informalDefinition:
        'School leaders with at least one theme validated through informal learning (portfolio or peer validation) up to and including the reference date.',
    },
    byTitle: {
      title: 'Registrations by title',
      summary: 'On {{date}}, {{total}} school leaders met the basic qualifications: {{list}}.',
      item: '{{number}} {{title}}',
      definition:
        'RDO is the title of directors, RADO of deputy directors. An aspirant is still in a certified programme for the title. Each school leader counts once, with the registration as the register showed it on the reference date.',
      category: 'Title',
      series: 'School leaders',
      csvFile: 'registrations-by-title-{{date}}.csv',
    },
    byStatus: {
      title: 'Registrations by status',
      summary: 'On {{date}}: {{list}}.',
      item: '{{number}} {{status}}',
      definition:
        'Registered: before the re-registration date, or aspirant. Under conditions: the first six months after that date without re-registration. Re-registration expired: after that. Deregistered: no longer in the register. A granted deferral moves the re-registration date.',
      category: 'Status',
      series: 'School leaders',
      csvFile: 'registrations-by-status-{{date}}.csv',
    },
    themes: {
      title: 'Completed themes by theme',
      summary: '{{formal}} school leaders completed themes through formal learning, {{informal}} through informal learning. Completed most often: {{theme}}.',
      summaryNone: 'Up to and including {{date}}, no theme has been completed yet.',
      definition:
        'Per theme, the number of school leaders who completed it up to and including the reference date, by learning route. Formal learning: certified offerings for the whole theme or for all its subthemes. Informal learning: a validation through portfolio or peer validation. Someone who completed several themes counts with each of them.',
      category: 'Theme',
      themeLabel: 'Theme {{code}}: {{name}}',
      themeShort: 'Theme {{code}}',
      formal: 'Formal learning',
      informal: 'Informal learning',
      csvFile: 'completed-themes-{{date}}.csv',
    },
    perMonth: {
      title: 'New registrations per month',
      summary: 'From {{from}} up to and including {{until}}, {{total}} registered school leaders were added, {{average}} a month on average.',
      definition:
        'School leaders who entered the public register for the first time that month; someone who registers again after deregistration does not count again. The month of the reference date counts up to and including that date.',
      category: 'Month',
      series: 'New registrations',
      csvFile: 'new-registrations-per-month-{{date}}.csv',
    },
    total: {
      title: 'Registered school leaders over time',
      summary: 'End of {{from}}: {{first}} registered school leaders; on {{date}}: {{last}}.',
      definition: 'The number of school leaders who meet the basic qualifications (as in the key figures), on the last day of each month and on the reference date.',
      category: 'Month',
      series: 'Registered school leaders',
      csvFile: 'registered-school-leaders-per-month-{{date}}.csv',
    },
  },
};
