/** Dutch strings of the public register (default language). */
export const nl = {
  app: {
    title: 'Schoolleidersregister PO',
  },
  nav: {
    home: 'Home',
    themes: 'Thema’s',
  },
  home: {
    documentTitle: 'Schoolleidersregister PO',
    title: 'Schoolleidersregister PO',
    intro:
      'Het Schoolleidersregister PO is het openbare register van schoolleiders in het primair onderwijs. Geregistreerde directeuren (RDO) en adjunct-directeuren (RADO) werken aan hun professionele ontwikkeling en herregistreren elke vier jaar.',
    themesIntro: 'Voor herregistratie rondt een schoolleider drie verschillende professionaliseringsthema’s af.',
    themesLink: 'Bekijk de professionaliseringsthema’s',
  },
  themes: {
    documentTitle: 'Professionaliseringsthema’s | Schoolleidersregister PO',
    title: 'Professionaliseringsthema’s',
    intro:
      'Schoolleiders ontwikkelen zich in deze thema’s. Een thema is afgerond met gecertificeerd aanbod voor het hele thema of voor al zijn deelthema’s, of met een validering van informeel leren. Voor herregistratie zijn drie verschillende thema’s nodig.',
    loadError: 'De thema’s konden niet worden geladen. Probeer het later opnieuw.',
  },
} as const;
