import type { ApolloCache } from '@apollo/client';

/**
 * A mutation's `update` that drops lists it changed from the cache (root query fields, all their
 * arguments): a list on screen fetches itself again, one opened later comes from the server.
 * Instead of `refetchQueries` by name, which only reaches mounted queries and warns for the others
 * ("Unknown query named 'MyApplications'").
 */
export function staleLists(...fieldNames: readonly string[]) {
  return (cache: ApolloCache) => {
    for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
    cache.gc();
  };
}
