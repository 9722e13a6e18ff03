/** English strings of the leader's workspace (same keys as nlLeader). */
export const enLeader = {
  leaderWorkspace: {
    glance: {
      meterLabel: 'Completed themes for re-registration',
      meter: '{{completed}} of {{required}}',
      meterText: '{{completed}} of the {{required}} themes completed',
      eligible: 'You meet the requirements for re-registration: you have completed {{completed}} of the {{required}} themes. Apply for re-registration by {{due}}.',
      notEligible_one: 'You have completed {{completed}} of the {{required}} themes. Complete {{count}} more theme by {{due}} to be able to re-register.',
      notEligible_other: 'You have completed {{completed}} of the {{required}} themes. Complete {{count}} more themes by {{due}} to be able to re-register.',
      apply: 'Apply for re-registration',
      applyNotYet: 'You can apply for re-registration once you meet the requirements.',
      themesTitle: 'The eight themes',
      tileCompleted: 'Completed on {{date}}',
      tilePartly: 'Partly completed; still needed: {{missing}}',
      tileOpen: 'Not completed yet',
      how: {
        WHOLE_THEME: 'formal learning, whole theme',
        ALL_SUBTHEMES: 'formal learning, all subthemes',
        INFORMAL_VALIDATION: 'informal learning, validation',
      },
      completionsTitle: 'Your completions',
      completionsNone: 'No completions of yours are known yet.',
      completionLine: '{{title}}, completed on {{date}}',
      counts: 'Counts for: {{credits}}',
      notCounted: 'Does not count, because {{reason}}',
      whatIf: 'What if I complete more offerings?',
    },
    start: {
      newDisabled: 'A new application is not possible now',
    },
    form: {
      prefilled: 'We have filled in what the register knows about you. Check it and change it where needed.',
      source: {
        employment: 'From the register: your position at {{where}}',
        registration: 'From the register: your current registration',
        application: 'From your approved application (decision of {{date}})',
      },
      errors: {
        required: 'Fill in “{{label}}”.',
        choose: 'Choose “{{label}}”.',
        invalidDate: '“{{label}}” is not an existing date.',
        untilBeforeFrom: 'The certification cannot end before it starts: choose a date after “valid from”.',
        endBeforeEnrolment: 'The expected end date is before the enrolment in the programme.',
        themesMissing_one:
          'You have completed {{completed}} of the {{required}} themes; {{count}} is still missing. With this route you can submit once you have completed enough themes.',
        themesMissing_other:
          'You have completed {{completed}} of the {{required}} themes; {{count}} are still missing. With this route you can submit once you have completed enough themes.',
      },
    },
    view: {
      open: 'View',
      title: 'Application: {{kind}}',
      status: 'Status: {{status}}',
      decision: 'Decision',
      documents: 'Evidence',
      letters: 'Letters about this application',
      noLetters: 'There are no letters about this application yet.',
    },
  },
};
