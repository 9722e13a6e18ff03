import type { i18n } from 'i18next';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { UiProviders } from './AppProviders';

/**
 * Starts an app in `#root` with i18n, the MUI theme and the router, without Apollo Client: for an app
 * that loads Apollo with the pages that ask the API (the public register), so its first load stays small.
 * `basename` is the path the app is served under (Vite's `import.meta.env.BASE_URL`, e.g. `/portaal/`).
 */
export function mountUi(App: ComponentType, appI18n: i18n, basename = '/'): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Element #root is missing from index.html.');
  createRoot(container).render(
    <StrictMode>
      <UiProviders i18n={appI18n}>
        <BrowserRouter basename={basename}>
          <App />
        </BrowserRouter>
      </UiProviders>
    </StrictMode>,
  );
}
