import { ASPIRANT_STATUS_NAMES, LEVEL_NAMES, REGISTRATION_STATUS_NAMES, TITLE_NAMES } from '@srpo/domain';
import type { SameKeys } from './messages';

/** Strings of the shared components (namespace `ui`), Dutch. */
export const uiNl = {
  layout: {
    skipLink: 'Naar de inhoud',
    mainNavigation: 'Hoofdmenu',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  status: {
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    more: 'Meer laden',
    loadingMore: 'Meer laden…',
    loadMoreError: 'De volgende items konden niet worden geladen.',
  },
  notFound: {
    documentTitle: 'Pagina niet gevonden',
    title: 'Pagina niet gevonden',
    body: 'De pagina die u zoekt bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
    home: 'Naar de startpagina',
  },
  themes: {
    empty: 'Er zijn geen thema’s om te tonen.',
    code: 'Thema {{code}}',
    wildcard: 'Vrij thema',
    wildcardExplanation: 'Voor informeel leren in een ander domein en voor aanbod dat bij geen ander thema past.',
    subthemes: 'Deelthema’s',
    noSubthemes: 'Dit thema heeft geen deelthema’s.',
    validFrom: 'Geldig vanaf {{from}}',
    validBetween: 'Geldig van {{from}} tot en met {{until}}',
  },
  chart: {
    label: 'Grafiek: {{title}}',
    showTable: 'Toon als tabel',
    hideTable: 'Verberg de tabel',
    download: 'Download als CSV',
    loading: 'Gegevens laden…',
    noData: 'Geen gegevens om te tonen',
    noValue: 'geen waarde',
  },
  registration: {
    // The register's own words, shared with the texts the server writes (letters, files, credentials).
    status: REGISTRATION_STATUS_NAMES,
    /** The same statuses for an aspirant: not yet a full registration, so no "Geregistreerd" and no re-registration. */
    aspirantStatus: ASPIRANT_STATUS_NAMES,
    title: {
      RDO: 'RDO',
      RADO: 'RADO',
    },
    titleName: TITLE_NAMES,
    aspirantTitle: 'aspirant {{title}}',
    level: LEVEL_NAMES,
    route: {
      FORMAL: 'formeel leren',
      INFORMAL: 'informeel leren',
    },
  },
} as const;

/** Strings of the shared components (namespace `ui`), English. */
export const uiEn: SameKeys<typeof uiNl> = {
  layout: {
    skipLink: 'Skip to content',
    mainNavigation: 'Main menu',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  status: {
    loading: 'Loading…',
    retry: 'Try again',
    more: 'Load more',
    loadingMore: 'Loading more…',
    loadMoreError: 'The next items could not be loaded.',
  },
  notFound: {
    documentTitle: 'Page not found',
    title: 'Page not found',
    body: 'The page you are looking for does not exist (any more). Check the address or go to the home page.',
    home: 'Go to the home page',
  },
  themes: {
    empty: 'There are no themes to show.',
    code: 'Theme {{code}}',
    wildcard: 'Open theme',
    wildcardExplanation: 'For informal learning in another domain and for offerings that fit no other theme.',
    subthemes: 'Subthemes',
    noSubthemes: 'This theme has no subthemes.',
    validFrom: 'Valid from {{from}}',
    validBetween: 'Valid from {{from}} up to and including {{until}}',
  },
  chart: {
    label: 'Chart: {{title}}',
    showTable: 'Show as table',
    hideTable: 'Hide the table',
    download: 'Download as CSV',
    loading: 'Loading data…',
    noData: 'No data to show',
    noValue: 'no value',
  },
  registration: {
    status: {
      ACTIVE: 'Registered',
      CONDITIONAL: 'Registered under conditions',
      EXPIRED: 'Re-registration expired',
      DEREGISTERED: 'Deregistered',
    },
    aspirantStatus: {
      ACTIVE: 'Aspirant',
      CONDITIONAL: 'Registered under conditions',
      EXPIRED: 'Aspirant period expired',
      DEREGISTERED: 'Deregistered',
    },
    title: {
      RDO: 'RDO',
      RADO: 'RADO',
    },
    titleName: {
      RDO: 'Registered Director of Education',
      RADO: 'Registered Deputy Director of Education',
    },
    aspirantTitle: 'aspirant {{title}}',
    level: {
      BASISBEKWAAM: 'basisbekwaam',
      VAKBEKWAAM: 'vakbekwaam',
      MASTER: 'master',
    },
    route: {
      FORMAL: 'formal learning',
      INFORMAL: 'informal learning',
    },
  },
};
