/** Paths of the portal: login, account pages, the theme catalogue and a workspace per role. */
export const paths = {
  dashboard: '/',
  login: '/inloggen',
  changePassword: '/wachtwoord-wijzigen',
  enrol: '/account-aanmaken',
  verifyEmail: '/account-bevestigen',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen',
  themes: '/themas',
  staff: '/medewerker',
  staffApplication: '/medewerker/aanvragen/:id',
  staffMeetings: '/medewerker/vergaderingen',
  staffOutbox: '/medewerker/uitgaande-post',
  staffDeferrals: '/medewerker/uitstel',
  staffCertification: '/medewerker/certificering',
  staffCertificates: '/medewerker/certificaten',
  staffLeaders: '/medewerker/schoolleiders',
  staffLeader: '/medewerker/schoolleiders/:id',
  staffApiKeys: '/medewerker/api-sleutels',
  staffAccounts: '/medewerker/accounts',
  staffBoards: '/medewerker/besturen',
  staffProviders: '/medewerker/aanbieders',
  staffAssessorOrganisations: '/medewerker/beoordelaarsorganisaties',
  committee: '/commissie',
  committeeMeeting: '/commissie/vergaderingen/:id',
  committeeObjections: '/commissie/bezwaren',
  leader: '/mijn-registratie',
  leaderNewApplication: '/mijn-registratie/aanvragen/nieuw',
  leaderApplication: '/mijn-registratie/aanvragen/:id',
  board: '/bestuur',
  boardLeader: '/bestuur/schoolleiders/:id',
  provider: '/aanbieder',
  providerNewOffering: '/aanbieder/aanbod/nieuw',
  providerOffering: '/aanbieder/aanbod/:id',
  providerExecution: '/aanbieder/aanbod/:offeringId/uitvoeringen/:id',
  assessor: '/beoordelaar',
} as const;

/** `path` with its `:id` filled in. */
export function pathWithId(path: string, id: string): string {
  return path.replace(':id', encodeURIComponent(id));
}
