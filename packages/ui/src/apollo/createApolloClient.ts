import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface CreateApolloClientOptions {
  /** GraphQL endpoint; the apps reach the API through their own origin (Vite proxies `/graphql`). */
  uri?: string;
}

/** Apollo Client for the API; sends the session cookie along (`credentials: 'include'`). */
export function createApolloClient({ uri = '/graphql' }: CreateApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'include' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Counts per status have no id: keyed by status, a fresh count replaces the old one without
        // "cache data may be lost" warnings.
        ApplicationStatusCount: { keyFields: ['status'] },
      },
    }),
  });
}
