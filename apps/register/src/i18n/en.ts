import type { SameKeys } from '@srpo/ui';
import type { nl } from './nl';

/** English strings of the public register: the same keys as Dutch. */
export const en: SameKeys<typeof nl> = {
  app: {
    title: 'School Leaders Register PO',
  },
  nav: {
    home: 'Home',
    themes: 'Themes',
  },
  home: {
    documentTitle: 'School Leaders Register PO',
    title: 'School Leaders Register PO',
    intro:
      'The School Leaders Register PO is the public register of school leaders in Dutch primary education. Registered directors (RDO) and deputy directors (RADO) keep developing professionally and re-register every four years.',
    themesIntro: 'To re-register, a school leader completes three different professional-development themes.',
    themesLink: 'View the professional-development themes',
  },
  themes: {
    documentTitle: 'Professional-development themes | School Leaders Register PO',
    title: 'Professional-development themes',
    intro:
      'School leaders develop in these themes. A theme is completed by a certified offering for the whole theme or for all its subthemes, or by validated informal learning. Re-registration takes three different themes.',
    loadError: 'The themes could not be loaded. Please try again later.',
  },
};
