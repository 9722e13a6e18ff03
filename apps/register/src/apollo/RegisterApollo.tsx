import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { createApolloClient } from '@srpo/ui';
import { useContext, type ReactNode } from 'react';

let client: ReturnType<typeof createApolloClient> | undefined;

/**
 * Apollo Client for the pages that ask the API. It comes in the chunk of the first such page, so the
 * frame and the home page load without it; one client (and cache) serves every page. A client given
 * from outside (a test's mocked provider) is kept.
 */
export function RegisterApollo({ children }: { children: ReactNode }) {
  const outer = useContext(getApolloContext()).client;
  if (outer) return children;
  client ??= createApolloClient();
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
