/** What the visitor filters the offering catalogue on; lives in the URL (`/aanbod?thema=4&q=leiderschap`). */
export interface OfferingFilters {
  /** Code of a theme, e.g. "4"; also matches offerings certified for one of its subthemes. '' = every theme. */
  themeCode: string;
  /** Words in title, description or provider name. */
  query: string;
}

export const emptyFilters: OfferingFilters = { themeCode: '', query: '' };

const THEME = 'thema';
const QUERY = 'q';

/** Reads the filters from URL search params. */
export function filtersFromParams(params: URLSearchParams): OfferingFilters {
  return {
    themeCode: (params.get(THEME) ?? '').trim(),
    query: (params.get(QUERY) ?? '').trim().replace(/\s+/g, ' '),
  };
}

/** The URL search params of the filters: only what is set, so addresses stay short and shareable. */
export function filtersToParams(filters: OfferingFilters): URLSearchParams {
  const params = new URLSearchParams();
  const themeCode = filters.themeCode.trim();
  const query = filters.query.trim().replace(/\s+/g, ' ');
  if (themeCode) params.set(THEME, themeCode);
  if (query) params.set(QUERY, query);
  return params;
}

/** The variables of `CertifiedOfferings` for the filters (null for "no filter"). */
export function filtersToVariables(filters: OfferingFilters): { themeCode: string | null; query: string | null } {
  return { themeCode: filters.themeCode || null, query: filters.query || null };
}
