import { calendarDate, isWithin, type CalendarDate } from './calendar-date';

/** Anything with a validity window in the catalogue (theme, subtheme). `validUntil` is the last valid day (inclusive); null or absent = still valid. */
export interface ValidityWindow {
  readonly validFrom: CalendarDate;
  readonly validUntil?: CalendarDate | null;
}

/** A theme as catalogue data (DESIGN §3.4). */
export interface ThemeCatalogueEntry extends ValidityWindow {
  /** Public code, '1'..'8' for the start catalogue. */
  readonly code: string;
  /** Dutch name. */
  readonly name: string;
  /** One-sentence Dutch description. */
  readonly description: string;
  /** The "empty" theme for topics that fit no other theme. */
  readonly isWildcard: boolean;
  readonly validUntil: CalendarDate | null;
}

/**
 * Whether a catalogue item (theme or subtheme) is valid on `date`: `validFrom` ≤ `date` and, if
 * set, `date` ≤ `validUntil`. DESIGN §3.4: the catalogue is data with validity dates.
 */
export function isActiveOn(item: ValidityWindow, date: CalendarDate): boolean {
  return isWithin(date, item.validFrom, item.validUntil);
}

/**
 * The 2018 start catalogue (DESIGN §3.4), reference data for the first migration. Later themes are
 * added by staff as data. The wildcard was introduced in 2018 (seed 000).
 */
export const START_THEME_CATALOGUE: readonly ThemeCatalogueEntry[] = [
  {
    code: '1',
    name: 'Persoonlijk leiderschap',
    description: 'Vanuit eigen waarden en visie richting geven, reflecteren op het eigen handelen en blijven leren als schoolleider.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '2',
    name: 'Regie & strategie',
    description: 'Samen met team en bestuur een koers voor de school bepalen en die doelgericht en planmatig uitvoeren.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '3',
    name: 'In relatie staan tot de omgeving',
    description: 'Verbindingen aangaan met ouders, partners en de wijk en de school daarin zichtbaar positioneren.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '4',
    name: 'Kennis- en kwaliteitsontwikkeling',
    description: 'De kwaliteit van het onderwijs onderzoekend en met gegevens verbeteren en verantwoorden.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '5',
    name: 'Omgaan met verschillen',
    description: 'Onderwijs vormgeven dat recht doet aan verschillen tussen leerlingen, leraren en ouders.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '6',
    name: 'Leiding geven aan verandering',
    description: 'Veranderprocessen in school en team ontwerpen, begeleiden en borgen.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '7',
    name: 'Toekomstgericht onderwijs',
    description: 'Het onderwijs voorbereiden op de toekomst van leerlingen, onder meer met ICT en brede vorming.',
    isWildcard: false,
    validFrom: calendarDate('2014-01-01'),
    validUntil: null,
  },
  {
    code: '8',
    name: 'Wildcard',
    description: 'Het ‘lege’ thema voor ontwikkeling in een ander kennisdomein dat relevant is voor schoolleiders.',
    isWildcard: true,
    validFrom: calendarDate('2018-01-01'),
    validUntil: null,
  },
];
