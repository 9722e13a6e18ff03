import type { i18n } from 'i18next';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/createApolloClient';
import { AppProviders } from './AppProviders';

/** Starts an app in `#root` with the shared providers (i18n, MUI theme, Apollo) and the router. */
export function mountApp(App: ComponentType, appI18n: i18n): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Element #root is missing from index.html.');
  createRoot(container).render(
    <StrictMode>
      <AppProviders i18n={appI18n} client={createApolloClient()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}
