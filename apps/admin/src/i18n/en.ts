import type { SameKeys } from '@srpo/ui';
import type { nl } from './nl';

/** English strings of the portal: the same keys as Dutch. */
export const en: SameKeys<typeof nl> = {
  app: {
    title: 'School Leaders Register PO portal',
  },
  nav: {
    dashboard: 'Overview',
    themes: 'Themes',
  },
  dashboard: {
    documentTitle: 'Overview | School Leaders Register PO portal',
    title: 'Welcome to the portal',
    intro:
      'Staff of the register office, committee members, school leaders, boards and providers work in this portal, each in a workspace of their own.',
    loginComing: 'Signing in is coming soon. Until then you can view the professional-development themes.',
    themesLink: 'Go to the themes',
  },
  themes: {
    documentTitle: 'Themes | School Leaders Register PO portal',
    title: 'Professional-development themes',
    intro: 'All themes and subthemes in the catalogue, with their validity.',
    loadError: 'The themes could not be loaded. Please try again later.',
  },
};
