import { AppProviders, createApolloClient } from '@srpo/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createAppI18n } from './i18n/createAppI18n';

const container = document.getElementById('root');
if (!container) throw new Error('Element #root is missing from index.html.');

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={createAppI18n()} client={createApolloClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
