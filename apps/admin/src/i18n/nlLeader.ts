/** Dutch strings of the leader's workspace: the state at a glance, application checks and read-only applications. */
export const nlLeader = {
  leaderWorkspace: {
    glance: {
      meterLabel: 'Afgeronde thema’s voor herregistratie',
      meter: '{{completed}} van {{required}}',
      meterText: '{{completed}} van de {{required}} thema’s afgerond',
      eligible: 'U voldoet aan de eisen voor herregistratie: u hebt {{completed}} van de {{required}} thema’s afgerond. Vraag herregistratie aan uiterlijk {{due}}.',
      notEligible_one: 'U hebt {{completed}} van de {{required}} thema’s afgerond. Rond uiterlijk {{due}} nog {{count}} thema af om u te kunnen herregistreren.',
      notEligible_other: 'U hebt {{completed}} van de {{required}} thema’s afgerond. Rond uiterlijk {{due}} nog {{count}} thema’s af om u te kunnen herregistreren.',
      apply: 'Herregistratie aanvragen',
      applyNotYet: 'Herregistratie aanvragen kan zodra u aan de eisen voldoet.',
      themesTitle: 'De acht thema’s',
      tileCompleted: 'Afgerond op {{date}}',
      tilePartly: 'Deels afgerond; nog nodig: {{missing}}',
      tileOpen: 'Nog niet afgerond',
      how: {
        WHOLE_THEME: 'formeel leren, heel thema',
        ALL_SUBTHEMES: 'formeel leren, alle deelthema’s',
        INFORMAL_VALIDATION: 'informeel leren, validering',
      },
      completionsTitle: 'Uw afrondingen',
      completionsNone: 'Er zijn nog geen afrondingen van u bekend.',
      completionLine: '{{title}}, afgerond op {{date}}',
      counts: 'Telt mee voor: {{credits}}',
      notCounted: 'Telt niet mee, want {{reason}}',
      whatIf: 'Wat als ik nog aanbod afrond?',
    },
    start: {
      newDisabled: 'Een nieuwe aanvraag kan niet nu',
    },
    form: {
      prefilled: 'Wij hebben alvast ingevuld wat het register van u weet. Controleer dit en pas het aan waar nodig.',
      source: {
        employment: 'Uit het register: uw functie bij {{where}}',
        registration: 'Uit het register: uw huidige registratie',
        application: 'Uit uw goedgekeurde aanvraag (besluit van {{date}})',
      },
      errors: {
        required: 'Vul “{{label}}” in.',
        choose: 'Kies “{{label}}”.',
        invalidDate: '“{{label}}” is geen bestaande datum.',
        untilBeforeFrom: 'De certificering kan niet eindigen vóór ze begint: kies een datum na “geldig vanaf”.',
        endBeforeEnrolment: 'De verwachte einddatum ligt vóór de inschrijving voor de opleiding.',
        themesMissing_one:
          'U hebt {{completed}} van de {{required}} thema’s afgerond; er ontbreekt nog {{count}}. Met deze route kunt u pas indienen als u genoeg thema’s hebt afgerond.',
        themesMissing_other:
          'U hebt {{completed}} van de {{required}} thema’s afgerond; er ontbreken er nog {{count}}. Met deze route kunt u pas indienen als u genoeg thema’s hebt afgerond.',
      },
    },
    view: {
      open: 'Bekijken',
      title: 'Aanvraag: {{kind}}',
      status: 'Status: {{status}}',
      decision: 'Besluit',
      documents: 'Bewijsstukken',
      letters: 'Brieven over deze aanvraag',
      noLetters: 'Er zijn nog geen brieven over deze aanvraag.',
    },
  },
} as const;
