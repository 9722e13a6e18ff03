import { enAudit } from './enAudit';
import type { SameKeys } from '@srpo/ui';
import type { nl } from './nl';
import { enAccounts } from './enAccounts';
import { enApiKeys } from './enApiKeys';
import { enLeader } from './enLeader';
import { enObjections } from './enObjections';
import { enPeer } from './enPeer';
import { enCaseFile } from './enCaseFile';
import { enProvider } from './enProvider';
import { enRegister } from './enRegister';
import { enWorkflow } from './enWorkflow';
import { enSelfService } from './enSelfService';
import { enCredit } from './enCredit';
import { enLegacyImport } from './enLegacyImport';
import { enAssessorOrganisations } from './enAssessorOrganisations';
import { enPortfolio } from './enPortfolio';
import { enSectorDashboard } from './enSectorDashboard';
import { enBoardOverview } from './enBoardOverview';
import { enDataRequests } from './enDataRequests';
import { enWebhooks } from './enWebhooks';
import { enCredentials } from './enCredentials';

/** English strings of the portal: the same keys as Dutch. */
export const en: SameKeys<typeof nl> = {
  ...enWorkflow,
  ...enRegister,
  ...enProvider,
  ...enApiKeys,
  ...enLeader,
  ...enObjections,
  ...enPeer,
  ...enCaseFile,
  ...enAccounts,
  ...enSelfService,
  ...enCredit,
  ...enLegacyImport,
  ...enAssessorOrganisations,
  ...enPortfolio,
  ...enAudit,
  ...enSectorDashboard,
  ...enBoardOverview,
  ...enDataRequests,
  ...enWebhooks,
  ...enCredentials,
  app: {
    title: 'School Leaders Register PO portal',
  },
  nav: {
    dashboard: 'Overview',
    themes: 'Themes',
    publicRegister: 'Public register',
  },
  roles: {
    STAFF: 'Staff',
    COMMITTEE: 'Committee member',
    LEADER: 'School leader',
    BOARD: 'School board',
    PROVIDER: 'Provider',
    ASSESSOR: 'Assessor',
  },
  forms: {
    errorSummaryTitle: 'There is a problem',
  },
  auth: {
    viewerLoadError: 'Your details could not be loaded. Please try again later.',
  },
  login: {
    documentTitle: 'Sign in | School Leaders Register PO portal',
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and password of your account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    emailRequired: 'Enter your e-mail address.',
    passwordRequired: 'Enter your password.',
    failed: 'Signing in did not work. Please try again later.',
  },
  forbidden: {
    documentTitle: 'No access | School Leaders Register PO portal',
    title: 'No access',
    body: 'You do not have access to this page. It is meant for accounts with another role.',
    home: 'Go to the overview',
  },
  userMenu: {
    changePassword: 'Change password',
    logout: 'Sign out',
    logoutFailed: 'Signing out did not work. Please try again.',
  },
  changePassword: {
    documentTitle: 'Change password | School Leaders Register PO portal',
    title: 'Change password',
    intro: 'After the change you are signed out on other devices.',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 12 characters.',
    repeat: 'Repeat the new password',
    submit: 'Change password',
    currentRequired: 'Enter your current password.',
    newRequired: 'Enter a new password.',
    mismatch: 'The two new passwords are not the same.',
    success: 'Your password has been changed.',
    signedOut: 'You are no longer signed in. Sign in again to change your password.',
    failed: 'The password could not be changed. Please try again later.',
  },
  dashboard: {
    documentTitle: 'Overview | School Leaders Register PO portal',
    title: 'Welcome, {{name}}',
    intro: 'Choose a workspace. There is one for each role of your account.',
    noRoles: 'Your account has no role yet. Please contact the register office.',
    themesLink: 'Go to the professional-development themes',
  },
  workspaces: {
    documentTitle: '{{name}} | School Leaders Register PO portal',
    STAFF: {
      title: 'Register office',
      nav: 'Register office',
      summary: 'Check applications and manage themes, offerings, deferrals and letters.',
    },
    COMMITTEE: {
      title: 'Committee',
      nav: 'Committee',
      summary: 'Prepare meetings and decide on applications.',
    },
    LEADER: {
      title: 'My registration',
      nav: 'My registration',
      summary: 'Your registration, your progress and your applications.',
    },
    BOARD: {
      title: 'School board',
      nav: 'School board',
      summary: 'The school leaders of your board and when they need to re-register.',
    },
    PROVIDER: {
      title: 'Provider',
      nav: 'Offerings',
      summary: 'Your offerings, their executions and participants’ completions.',
    },
    ASSESSOR: {
      title: 'Assessor',
      nav: 'Assessments',
      summary: 'Assess portfolios and record validation interviews.',
    },
  },
  themes: {
    documentTitle: 'Themes | School Leaders Register PO portal',
    title: 'Professional-development themes',
    intro: 'All themes and subthemes in the catalogue, with their validity.',
    loadError: 'The themes could not be loaded. Please try again later.',
    introStaff:
      'All themes and subthemes in the catalogue, with their validity. You add themes, change them and retire them with an end date; they cannot be deleted, so completed themes stay correct.',
    edit: {
      addTheme: 'Add theme',
      addSubtheme: 'Add subtheme',
      addSubthemeLabel: 'Add a subtheme to {{name}}',
      edit: 'Change',
      editLabel: 'Change {{name}}',
      retire: 'Retire',
      retireLabel: 'Retire {{name}}',
      addThemeTitle: 'Add theme',
      addSubthemeTitle: 'Add a subtheme to {{theme}}',
      editTitle: 'Change {{name}}',
      retireTitle: 'Retire {{name}}',
      intro: 'What applied before today is fixed: a new theme starts today or later.',
      retireIntro: 'After the end date it no longer counts for new completions. Themes completed earlier keep counting.',
      code: 'Code',
      codeHint: 'For example 9. The code never changes again.',
      subthemeCodeHint: 'The theme’s code, a dot and a number. The code never changes again.',
      name: 'Name',
      description: 'Description',
      validFrom: 'Valid from',
      validFromHint: 'Today or later. A start date that has passed stays as it is.',
      validUntil: 'Valid up to and including',
      validUntilHint: 'Empty: no end date.',
      retireHint: 'Today or later, and not before a certification for this theme ends.',
      required: 'Fill in this field.',
      submit: 'Save',
      retireSubmit: 'Retire',
      saved: '{{name}} has been saved.',
    },
  },
};
