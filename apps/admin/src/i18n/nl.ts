/** Dutch strings of the portal (default language). */
export const nl = {
  app: {
    title: 'Portaal Schoolleidersregister PO',
  },
  nav: {
    dashboard: 'Overzicht',
    themes: 'Thema’s',
  },
  dashboard: {
    documentTitle: 'Overzicht | Portaal Schoolleidersregister PO',
    title: 'Welkom in het portaal',
    intro:
      'In dit portaal werken medewerkers van het registerbureau, commissieleden, schoolleiders, besturen en aanbieders, ieder in een eigen werkruimte.',
    loginComing: 'Inloggen volgt binnenkort. Tot die tijd kunt u de professionaliseringsthema’s bekijken.',
    themesLink: 'Naar de thema’s',
  },
  themes: {
    documentTitle: 'Thema’s | Portaal Schoolleidersregister PO',
    title: 'Professionaliseringsthema’s',
    intro: 'Alle thema’s en deelthema’s in de catalogus, met hun geldigheid.',
    loadError: 'De thema’s konden niet worden geladen. Probeer het later opnieuw.',
  },
} as const;
