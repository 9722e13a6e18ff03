import { emptyFilters, filtersToParams, type OfferingFilters } from './offerings/offeringParams';

/** Paths of the public register. */
export const paths = {
  home: '/',
  search: '/zoeken',
  entry: '/register/:registerNumber',
  themes: '/themas',
  offerings: '/aanbod',
  statistics: '/statistieken',
  api: '/api',
  verification: '/verificatie',
  credentialVerification: '/verificatie/:id',
} as const;

/** Shareable address of the offering catalogue, filtered on a theme and/or words: `/aanbod?thema=4&q=leiderschap`. */
export function offeringsPath(filters: Partial<OfferingFilters> = {}): string {
  const search = filtersToParams({ ...emptyFilters, ...filters }).toString();
  return search ? `${paths.offerings}?${search}` : paths.offerings;
}

/** URL parameter of the entry page for "the registration as it was on this date". */
export const AS_OF_PARAM = 'peildatum';

/** Shareable address of a register entry, optionally on a past date: `/register/100001?peildatum=2020-01-01`. */
export function entryPath(registerNumber: string, asOf?: string | null): string {
  const path = `/register/${encodeURIComponent(registerNumber)}`;
  return asOf ? `${path}?${new URLSearchParams({ [AS_OF_PARAM]: asOf }).toString()}` : path;
}
