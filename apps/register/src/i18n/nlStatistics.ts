/**
 * Dutch strings of the statistics page (they load with the page). The definitions say in plain words
 * what the API's schema descriptions of `registerStatistics` define; the key figures follow the annual report.
 */
export const nlStatistics = {
  statistics: {
    documentTitle: 'Cijfers van het register | Schoolleidersregister PO',
    documentTitleOn: 'Cijfers op {{date}} | Schoolleidersregister PO',
    title: 'Cijfers van het register',
    intro:
      'Hoeveel schoolleiders staan in het register, met welke titel en status, en hoeveel professionaliseringsthema’s zijn afgerond? De cijfers worden berekend uit de geschiedenis van het register, voor de datum die u kiest.',
    showing: 'U ziet de cijfers op {{date}}.',
    showingToday: 'U ziet de cijfers van vandaag, {{date}}.',
    invalidInUrl: 'De peildatum in het adres is geen bestaande datum; u ziet de cijfers van vandaag.',
    futureInUrl: 'De peildatum {{date}} ligt na vandaag. Het register telt wat is of was, niet wat nog komt; u ziet de cijfers van vandaag.',
    loadError: 'De cijfers konden niet worden geladen. Probeer het later opnieuw.',
    tooEarly: 'Voor deze peildatum zijn er geen cijfers: die ligt vóór het begin van de geschiedenis van het register. Kies een latere datum.',
    asOf: {
      title: 'Cijfers op een andere datum',
      intro: 'Kies een datum, bijvoorbeeld het einde van een jaar, om te zien hoe het register er toen voor stond. Het adres van de pagina kunt u delen.',
      future: 'Kies vandaag of een eerdere datum: het register telt wat is of was, niet wat nog komt.',
      today: 'Bekijk de cijfers van vandaag',
    },
    keyFigures: {
      title: 'Kerncijfers',
      download: 'Download de kerncijfers als CSV',
      csvFile: 'kerncijfers-{{date}}.csv',
      csvFigure: 'Cijfer',
      csvCount: 'Aantal',
      initialDeferralsGrantedCsv: 'uitstel van registratie (deels) gehonoreerd',
      reRegistrationDeferralsGrantedCsv: 'uitstel van herregistratie (deels) gehonoreerd',
      enrolledLeaders_one: 'ingeschreven schoolleider',
      enrolledLeaders_other: 'ingeschreven schoolleiders',
      enrolledLeadersDefinition: 'Schoolleiders die op de peildatum ingeschreven zijn en niet uitgeschreven; ook wie (nog) geen registratie heeft, telt mee.',
      enrolledBoards_one: 'aangemeld bestuur',
      enrolledBoards_other: 'aangemelde besturen',
      enrolledBoardsDefinition: 'Schoolbesturen waar op de peildatum minstens één ingeschreven schoolleider in dienst is.',
      registeredLeaders_one: 'schoolleider beschikt over basiskwalificaties',
      registeredLeaders_other: 'schoolleiders beschikken over basiskwalificaties',
      registeredLeadersDefinition:
        'Schoolleiders die op de peildatum in het openbare register staan: geregistreerd, onder voorwaarden of met een verlopen herregistratie, aspiranten inbegrepen. Samen zijn dat de registraties per titel hieronder.',
      reRegisteredLeaders_one: 'schoolleider is geherregistreerd',
      reRegisteredLeaders_other: 'schoolleiders zijn geherregistreerd',
      reRegisteredLeadersDefinition: 'Schoolleiders bij wie tot en met de peildatum minstens één herregistratie is goedgekeurd.',
      conditional_one: 'registratie onder voorwaarden',
      conditional_other: 'registraties onder voorwaarden',
      conditionalDefinition: 'De herregistratiedatum is verstreken, minder dan zes maanden geleden; een toegekend uitstel schuift die datum op.',
      expired_one: 'verlopen registratie',
      expired_other: 'verlopen registraties',
      expiredDefinition: 'De herregistratiedatum is meer dan zes maanden verstreken zonder herregistratie.',
      initialDeferrals_one: 'schoolleider heeft uitstel van registratie gevraagd',
      initialDeferrals_other: 'schoolleiders hebben uitstel van registratie gevraagd',
      initialDeferralsGranted: 'Bij {{number}} is dit (deels) gehonoreerd.',
      initialDeferralsDefinition:
        'Schoolleiders die tot en met de peildatum uitstel vroegen van de eerste registratie (uiterlijk 1 januari 2018), en bij hoeveel van hen een besluit van vóór of op de peildatum het uitstel geheel of deels toekende.',
      reRegistrationDeferrals_one: 'schoolleider heeft uitstel van herregistratie gevraagd',
      reRegistrationDeferrals_other: 'schoolleiders hebben uitstel van herregistratie gevraagd',
      reRegistrationDeferralsGranted: 'Bij {{number}} is dit (deels) gehonoreerd.',
      reRegistrationDeferralsDefinition:
        'Schoolleiders die tot en met de peildatum uitstel van hun herregistratie vroegen, en bij hoeveel van hen een besluit van vóór of op de peildatum het uitstel geheel of deels toekende.',
      formal_one: 'schoolleider heeft thema’s afgerond door formeel leren',
      formal_other: 'schoolleiders hebben thema’s afgerond door formeel leren',
      formalDefinition:
        'Schoolleiders die tot en met de peildatum minstens één thema afrondden met gecertificeerd aanbod: voor het hele thema, of voor al zijn deelthema’s samen, binnen de certificering van het aanbod.',
      informal_one: 'schoolleider heeft thema’s afgerond door informeel leren',
      informal_other: 'schoolleiders hebben thema’s afgerond door informeel leren',
      informalDefinition:
        'Schoolleiders met minstens één thema gevalideerd via informeel leren (portfolio of Schoolleiders waarderen schoolleiders) tot en met de peildatum.',
    },
    byTitle: {
      title: 'Registraties per titel',
      summary: 'Op {{date}} beschikten {{total}} schoolleiders over basiskwalificaties: {{list}}.',
      item: '{{number}} {{title}}',
      definition:
        'RDO is de titel van directeuren, RADO van adjunct-directeuren. Een aspirant volgt nog een gecertificeerde opleiding voor de titel. Elke schoolleider telt één keer, met de registratie zoals het register die op de peildatum toonde.',
      category: 'Titel',
      series: 'Schoolleiders',
      csvFile: 'registraties-per-titel-{{date}}.csv',
    },
    byStatus: {
      title: 'Registraties per status',
      summary: 'Op {{date}}: {{list}}.',
      item: '{{number}} {{status}}',
      definition:
        'Geregistreerd: vóór de herregistratiedatum, of aspirant. Onder voorwaarden: de eerste zes maanden na die datum zonder herregistratie. Herregistratie verlopen: daarna. Uitgeschreven: niet meer in het register. Een toegekend uitstel schuift de herregistratiedatum op.',
      category: 'Status',
      series: 'Schoolleiders',
      csvFile: 'registraties-per-status-{{date}}.csv',
    },
    themes: {
      title: 'Afgeronde thema’s per thema',
      summary: '{{formal}} schoolleiders rondden thema’s af door formeel leren, {{informal}} door informeel leren. Het vaakst afgerond: {{theme}}.',
      summaryNone: 'Tot en met {{date}} is nog geen thema afgerond.',
      definition:
        'Per thema het aantal schoolleiders dat het thema tot en met de peildatum afrondde, per leerroute. Formeel leren: gecertificeerd aanbod voor het hele thema of voor al zijn deelthema’s. Informeel leren: een validering via portfolio of Schoolleiders waarderen schoolleiders. Wie meer thema’s afrondde, telt bij elk daarvan.',
      category: 'Thema',
      themeLabel: 'Thema {{code}}: {{name}}',
      themeShort: 'Thema {{code}}',
      formal: 'Formeel leren',
      informal: 'Informeel leren',
      csvFile: 'themas-afgerond-{{date}}.csv',
    },
    perMonth: {
      title: 'Nieuwe registraties per maand',
      summary: 'Van {{from}} tot en met {{until}} kwamen er {{total}} geregistreerde schoolleiders bij, gemiddeld {{average}} per maand.',
      definition:
        'Schoolleiders die die maand voor het eerst in het openbare register kwamen; wie na een uitschrijving opnieuw registreert, telt niet opnieuw mee. De maand van de peildatum telt tot en met de peildatum.',
      category: 'Maand',
      series: 'Nieuwe registraties',
      csvFile: 'nieuwe-registraties-per-maand-{{date}}.csv',
    },
    total: {
      title: 'Geregistreerde schoolleiders door de tijd',
      summary: 'Eind {{from}}: {{first}} geregistreerde schoolleiders; op {{date}}: {{last}}.',
      definition: 'Het aantal schoolleiders dat over basiskwalificaties beschikt (zoals in de kerncijfers), op de laatste dag van elke maand en op de peildatum.',
      category: 'Maand',
      series: 'Geregistreerde schoolleiders',
      csvFile: 'geregistreerde-schoolleiders-per-maand-{{date}}.csv',
    },
  },
} as const;
