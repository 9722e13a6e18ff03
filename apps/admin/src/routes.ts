/** Paths of the portal: login, account pages, the theme catalogue and a workspace per role. */
export const paths = {
  dashboard: '/',
  login: '/inloggen',
  changePassword: '/wachtwoord-wijzigen',
  themes: '/themas',
  staff: '/medewerker',
  committee: '/commissie',
  leader: '/mijn-registratie',
  board: '/bestuur',
  provider: '/aanbieder',
  assessor: '/beoordelaar',
} as const;
