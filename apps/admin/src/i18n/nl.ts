import { nlAudit } from './nlAudit';
import { nlAccounts } from './nlAccounts';
import { nlApiKeys } from './nlApiKeys';
import { nlLeader } from './nlLeader';
import { nlObjections } from './nlObjections';
import { nlPeer } from './nlPeer';
import { nlCaseFile } from './nlCaseFile';
import { nlProvider } from './nlProvider';
import { nlRegister } from './nlRegister';
import { nlWorkflow } from './nlWorkflow';
import { nlSelfService } from './nlSelfService';
import { nlCredit } from './nlCredit';
import { nlLegacyImport } from './nlLegacyImport';
import { nlAssessorOrganisations } from './nlAssessorOrganisations';
import { nlPortfolio } from './nlPortfolio';
import { nlSectorDashboard } from './nlSectorDashboard';
import { nlBoardOverview } from './nlBoardOverview';
import { nlDataRequests } from './nlDataRequests';
import { nlWebhooks } from './nlWebhooks';
import { nlCredentials } from './nlCredentials';

/** Dutch strings of the portal (default language). */
export const nl = {
  ...nlWorkflow,
  ...nlRegister,
  ...nlProvider,
  ...nlApiKeys,
  ...nlLeader,
  ...nlObjections,
  ...nlPeer,
  ...nlCaseFile,
  ...nlAccounts,
  ...nlSelfService,
  ...nlCredit,
  ...nlLegacyImport,
  ...nlAssessorOrganisations,
  ...nlPortfolio,
  ...nlAudit,
  ...nlSectorDashboard,
  ...nlBoardOverview,
  ...nlDataRequests,
  ...nlWebhooks,
  ...nlCredentials,
  app: {
    title: 'Portaal Schoolleidersregister PO',
  },
  nav: {
    dashboard: 'Overzicht',
    themes: 'Thema’s',
    publicRegister: 'Openbaar register',
  },
  roles: {
    STAFF: 'Medewerker',
    COMMITTEE: 'Commissielid',
    LEADER: 'Schoolleider',
    BOARD: 'Bestuur',
    PROVIDER: 'Aanbieder',
    ASSESSOR: 'Beoordelaar',
  },
  forms: {
    errorSummaryTitle: 'Er is een probleem',
  },
  auth: {
    viewerLoadError: 'Uw gegevens konden niet worden geladen. Probeer het later opnieuw.',
  },
  login: {
    documentTitle: 'Inloggen | Portaal Schoolleidersregister PO',
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en het wachtwoord van uw account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    emailRequired: 'Vul uw e-mailadres in.',
    passwordRequired: 'Vul uw wachtwoord in.',
    failed: 'Inloggen is niet gelukt. Probeer het later opnieuw.',
  },
  forbidden: {
    documentTitle: 'Geen toegang | Portaal Schoolleidersregister PO',
    title: 'Geen toegang',
    body: 'U hebt geen toegang tot deze pagina. Deze pagina is er voor accounts met een andere rol.',
    home: 'Naar het overzicht',
  },
  userMenu: {
    changePassword: 'Wachtwoord wijzigen',
    logout: 'Uitloggen',
    logoutFailed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
  },
  changePassword: {
    documentTitle: 'Wachtwoord wijzigen | Portaal Schoolleidersregister PO',
    title: 'Wachtwoord wijzigen',
    intro: 'Na het wijzigen wordt u op andere apparaten afgemeld.',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    newHint: 'Minstens 12 tekens.',
    repeat: 'Herhaal het nieuwe wachtwoord',
    submit: 'Wachtwoord wijzigen',
    currentRequired: 'Vul uw huidige wachtwoord in.',
    newRequired: 'Vul een nieuw wachtwoord in.',
    mismatch: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
    success: 'Uw wachtwoord is gewijzigd.',
    signedOut: 'U bent niet meer ingelogd. Log opnieuw in om uw wachtwoord te wijzigen.',
    failed: 'Het wachtwoord kon niet worden gewijzigd. Probeer het later opnieuw.',
  },
  dashboard: {
    documentTitle: 'Overzicht | Portaal Schoolleidersregister PO',
    title: 'Welkom, {{name}}',
    intro: 'Kies een werkruimte. Voor elke rol van uw account is er een.',
    noRoles: 'Uw account heeft nog geen rol. Neem contact op met het registerbureau.',
    themesLink: 'Naar de professionaliseringsthema’s',
  },
  workspaces: {
    documentTitle: '{{name}} | Portaal Schoolleidersregister PO',
    STAFF: {
      title: 'Registerbureau',
      nav: 'Registerbureau',
      summary: 'Aanvragen controleren en thema’s, aanbod, uitstel en brieven beheren.',
    },
    COMMITTEE: {
      title: 'Commissie',
      nav: 'Commissie',
      summary: 'Vergaderingen voorbereiden en besluiten over aanvragen.',
    },
    LEADER: {
      title: 'Mijn registratie',
      nav: 'Mijn registratie',
      summary: 'Uw registratie, uw voortgang en uw aanvragen.',
    },
    BOARD: {
      title: 'Bestuur',
      nav: 'Bestuur',
      summary: 'De schoolleiders van uw bestuur en wanneer zij moeten herregistreren.',
    },
    PROVIDER: {
      title: 'Aanbieder',
      nav: 'Aanbod',
      summary: 'Uw aanbod, de uitvoeringen en de afrondingen van deelnemers.',
    },
    ASSESSOR: {
      title: 'Beoordelaar',
      nav: 'Beoordelen',
      summary: 'Portfolio’s beoordelen en valideringsgesprekken vastleggen.',
    },
  },
  themes: {
    documentTitle: 'Thema’s | Portaal Schoolleidersregister PO',
    title: 'Professionaliseringsthema’s',
    intro: 'Alle thema’s en deelthema’s in de catalogus, met hun geldigheid.',
    loadError: 'De thema’s konden niet worden geladen. Probeer het later opnieuw.',
    introStaff:
      'Alle thema’s en deelthema’s in de catalogus, met hun geldigheid. U voegt thema’s toe, wijzigt ze en beëindigt ze met een einddatum; verwijderen kan niet, zodat afgeronde thema’s blijven kloppen.',
    edit: {
      addTheme: 'Thema toevoegen',
      addSubtheme: 'Deelthema toevoegen',
      addSubthemeLabel: 'Deelthema toevoegen aan {{name}}',
      edit: 'Wijzigen',
      editLabel: '{{name}} wijzigen',
      retire: 'Beëindigen',
      retireLabel: '{{name}} beëindigen',
      addThemeTitle: 'Thema toevoegen',
      addSubthemeTitle: 'Deelthema toevoegen aan {{theme}}',
      editTitle: '{{name}} wijzigen',
      retireTitle: '{{name}} beëindigen',
      intro: 'Wat vóór vandaag gold, ligt vast: een nieuw thema begint vandaag of later.',
      retireIntro: 'Na de einddatum telt het niet meer mee voor nieuwe afrondingen. Eerder afgeronde thema’s blijven tellen.',
      code: 'Code',
      codeHint: 'Bijvoorbeeld 9. De code verandert nooit meer.',
      subthemeCodeHint: 'De code van het thema, een punt en een volgnummer. De code verandert nooit meer.',
      name: 'Naam',
      description: 'Omschrijving',
      validFrom: 'Geldig vanaf',
      validFromHint: 'Vandaag of later. Een begindatum die al voorbij is, blijft staan.',
      validUntil: 'Geldig tot en met',
      validUntilHint: 'Leeg: zonder einddatum.',
      retireHint: 'Vandaag of later, en niet vóór het einde van een certificering voor dit thema.',
      required: 'Vul dit veld in.',
      submit: 'Opslaan',
      retireSubmit: 'Beëindigen',
      saved: '{{name}} is opgeslagen.',
    },
  },
} as const;
