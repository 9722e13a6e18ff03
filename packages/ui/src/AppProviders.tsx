import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLanguage } from './i18n/useLanguage';
import { createSrpoTheme } from './theme/createSrpoTheme';

function LocalisedTheme({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const theme = useMemo(() => createSrpoTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}

/** i18n and the MUI theme (following the language); tests add their own (mocked) Apollo provider. */
export function UiProviders({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalisedTheme>{children}</LocalisedTheme>
    </I18nextProvider>
  );
}

export interface AppProvidersProps {
  i18n: i18n;
  client: ApolloClient;
  children: ReactNode;
}

/** Everything an app needs around its routes: i18n, MUI theme and Apollo Client. The router is the app's. */
export function AppProviders({ i18n, client, children }: AppProvidersProps) {
  return (
    <UiProviders i18n={i18n}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </UiProviders>
  );
}
