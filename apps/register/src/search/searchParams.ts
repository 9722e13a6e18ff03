import { isRegistrationStatus, isRegistrationTitle, type RegistrationStatusValue, type RegistrationTitleValue } from '@srpo/ui';

/** What the visitor searches for; lives in the URL (`/zoeken?q=dijk&status=CONDITIONAL&titel=RDO`). */
export interface SearchCriteria {
  query: string;
  statuses: RegistrationStatusValue[];
  titles: RegistrationTitleValue[];
}

export const emptyCriteria: SearchCriteria = { query: '', statuses: [], titles: [] };

const QUERY = 'q';
const STATUS = 'status';
const TITLE = 'titel';

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Reads the criteria from URL search params; unknown statuses or titles are ignored. */
export function criteriaFromParams(params: URLSearchParams): SearchCriteria {
  return {
    query: (params.get(QUERY) ?? '').trim(),
    statuses: unique(params.getAll(STATUS).filter(isRegistrationStatus)),
    titles: unique(params.getAll(TITLE).filter(isRegistrationTitle)),
  };
}

/** The URL search params of the criteria: only what is set, so addresses stay short and shareable. */
export function criteriaToParams(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  const query = criteria.query.trim();
  if (query) params.set(QUERY, query);
  for (const status of unique(criteria.statuses)) params.append(STATUS, status);
  for (const title of unique(criteria.titles)) params.append(TITLE, title);
  return params;
}

/** A search runs once the visitor asked for something: a name or number, or a filter. */
export function hasCriteria(criteria: SearchCriteria): boolean {
  return criteria.query !== '' || criteria.statuses.length > 0 || criteria.titles.length > 0;
}

/** Navigation state of a search started elsewhere (the home page): move focus to the results once found. */
export const FOCUS_RESULTS = { focusResults: true } as const;
