import { calendarDate, isBefore, isOnOrBefore, isWithin, type CalendarDate } from './calendar-date';
import { reason, type Reason } from './reasons';

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

const THEME_CODE = /^[0-9A-Za-z]{1,10}$/;
const SUBTHEME_SUFFIX = /^[0-9A-Za-z]{1,10}$/;

/**
 * Whether `code` is a valid new catalogue code: a theme's is 1–10 letters or digits; a subtheme's is
 * its theme's code, a dot and 1–10 letters or digits ("4.2"), so the code alone says where it belongs.
 */
export function checkCatalogueCode(code: string, themeCode?: string): Reason | null {
  const valid =
    themeCode === undefined ? THEME_CODE.test(code) : code.startsWith(`${themeCode}.`) && SUBTHEME_SUFFIX.test(code.slice(themeCode.length + 1));
  return valid ? null : reason('CATALOGUE_CODE_INVALID', { code, example: themeCode === undefined ? '9' : `${themeCode}.1` });
}

/** A proposed validity of a theme or subtheme with what constrains it (DESIGN §3.4, editable by staff). */
export interface CatalogueValidityChange {
  /** The code, for messages. */
  readonly code: string;
  /** The stored window; null for a new item. */
  readonly before: ValidityWindow | null;
  readonly after: ValidityWindow;
  readonly today: CalendarDate;
  /** For a subtheme: its theme's window. */
  readonly theme?: ValidityWindow;
  /** For a theme: its subthemes, which must stay inside it. */
  readonly subthemes?: readonly (ValidityWindow & { readonly code: string })[];
  /** The last day any certification covering the item (for a theme: or one of its subthemes) is valid; null when none. */
  readonly certifiedUntil: CalendarDate | null;
}

function dateChanged(before: CalendarDate | null | undefined, after: CalendarDate | null | undefined): boolean {
  return (before ?? null) !== (after ?? null);
}

function within(inner: ValidityWindow, outer: ValidityWindow): boolean {
  if (isBefore(inner.validFrom, outer.validFrom)) return false;
  if (!outer.validUntil) return true;
  return !!inner.validUntil && isOnOrBefore(inner.validUntil, outer.validUntil);
}

/**
 * Why a catalogue item may not get this validity (empty: it may). The rules:
 * - the end date is not before the start date;
 * - the past is fixed: a date that is set or changed lies on or after today, and a start or end date
 *   that has already passed does not change (completions were credited under it);
 * - a subtheme lies inside its theme's validity (checked from both sides);
 * - retiring never cuts off a certification: the end date is not before the last day an offering is
 *   certified for the item, so certified offerings keep crediting it (a certification ending in the
 *   future blocks an earlier end; staff end the theme on or after that day instead).
 */
export function checkValidityChange(change: CatalogueValidityChange): Reason[] {
  const { before, after, today } = change;
  if (after.validUntil && isBefore(after.validUntil, after.validFrom)) {
    return [reason('CATALOGUE_END_BEFORE_START', { validFrom: after.validFrom, validUntil: after.validUntil })];
  }
  const reasons: Reason[] = [];
  const past = (date: CalendarDate | null | undefined) => (date && isBefore(date, today) ? date : null);
  if (!before || dateChanged(before.validFrom, after.validFrom)) {
    const fixed = (before && past(before.validFrom)) ?? past(after.validFrom);
    if (fixed) reasons.push(reason('CATALOGUE_PAST_IS_FIXED', { date: fixed, today }));
  }
  if (before ? dateChanged(before.validUntil, after.validUntil) : after.validUntil) {
    const fixed = past(before?.validUntil) ?? past(after.validUntil);
    if (fixed) reasons.push(reason('CATALOGUE_PAST_IS_FIXED', { date: fixed, today }));
  }
  if (change.theme && !within(after, change.theme)) reasons.push(reason('SUBTHEME_OUTSIDE_THEME', { code: change.code }));
  for (const subtheme of change.subthemes ?? []) {
    if (!within(subtheme, after)) reasons.push(reason('SUBTHEME_OUTSIDE_THEME', { code: subtheme.code }));
  }
  if (after.validUntil && change.certifiedUntil && isBefore(after.validUntil, change.certifiedUntil)) {
    reasons.push(reason('CATALOGUE_ITEM_CERTIFIED', { code: change.code, certifiedUntil: change.certifiedUntil }));
  }
  return reasons;
}
