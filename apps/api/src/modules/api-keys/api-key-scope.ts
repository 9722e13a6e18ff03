/** What a third party's API key may be used for. */
export enum ApiKeyScope {
  /** The public queries (register lookups and search, themes, offerings, statistics) on the key's quota. */
  PUBLIC_READ = 'PUBLIC_READ',
  /** The bulk check `publicRegistrations` (up to 100 register numbers per request) on the key's quota. */
  BULK_LOOKUP = 'BULK_LOOKUP',
}

/** Root query fields that need a scope other than PUBLIC_READ when called with a key. */
const SCOPE_OF_QUERY: Readonly<Record<string, ApiKeyScope>> = {
  publicRegistrations: ApiKeyScope.BULK_LOOKUP,
};

/**
 * The scope a key needs for a public root field: BULK_LOOKUP for the bulk check, PUBLIC_READ for every
 * other public query. Mutations and non-public queries are never open to a key (null).
 */
export function scopeNeededFor(operation: 'query' | 'mutation' | 'subscription', field: string, isPublic: boolean): ApiKeyScope | null {
  if (operation !== 'query' || !isPublic) return null;
  return SCOPE_OF_QUERY[field] ?? ApiKeyScope.PUBLIC_READ;
}
