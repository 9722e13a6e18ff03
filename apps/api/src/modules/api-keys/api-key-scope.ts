import { Extensions } from 'type-graphql';

/** What a third party's API key may be used for. */
export enum ApiKeyScope {
  /** The public queries (register lookups and search, themes, offerings, statistics) on the key's quota. */
  PUBLIC_READ = 'PUBLIC_READ',
  /** The bulk check `publicRegistrations` (up to 100 register numbers per request) on the key's quota. */
  BULK_LOOKUP = 'BULK_LOOKUP',
  /** Webhook subscriptions for the register numbers the key lists (the operations marked with {@link ApiKeyScoped}). */
  WEBHOOKS = 'WEBHOOKS',
}

/** Extension key of a non-public operation that a key with the named scope may run (besides the roles in its `@Authorized`). */
export const API_KEY_SCOPE = 'apiKeyScope';

/** Opens a non-public operation to API keys holding `scope`; the guard and the auth checker both read this marker. */
export function ApiKeyScoped(scope: ApiKeyScope): MethodDecorator {
  return Extensions({ [API_KEY_SCOPE]: scope });
}

/** Root query fields that need a scope other than PUBLIC_READ when called with a key. */
const SCOPE_OF_QUERY: Readonly<Record<string, ApiKeyScope>> = {
  publicRegistrations: ApiKeyScope.BULK_LOOKUP,
};

/**
 * The scope a key needs for a root field: the scope it is marked with ({@link ApiKeyScoped}), else for a
 * public query BULK_LOOKUP for the bulk check and PUBLIC_READ for every other. Other mutations and
 * non-public queries are never open to a key (null).
 */
export function scopeNeededFor(operation: 'query' | 'mutation' | 'subscription', field: string, isPublic: boolean, markedScope?: ApiKeyScope): ApiKeyScope | null {
  if (markedScope && operation !== 'subscription') return markedScope;
  if (operation !== 'query' || !isPublic) return null;
  return SCOPE_OF_QUERY[field] ?? ApiKeyScope.PUBLIC_READ;
}
