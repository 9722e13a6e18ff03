import { ApolloProvider } from '@apollo/client/react';
import type { i18n } from 'i18next';
import type { ComponentType } from 'react';
import { createApolloClient } from './apollo/createApolloClient';
import { mountUi } from './mountUi';

/** Starts an app in `#root` with the shared providers (i18n, MUI theme, Apollo) and the router under `basename`. */
export function mountApp(App: ComponentType, appI18n: i18n, basename = '/'): void {
  const client = createApolloClient();
  mountUi(function WithApollo() {
    return (
      <ApolloProvider client={client}>
        <App />
      </ApolloProvider>
    );
  }, appI18n, basename);
}
