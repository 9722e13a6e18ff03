import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import { createI18n, UiProviders, type Language } from '@srpo/ui';
import type { ReactElement } from 'react';
import { MemoryRouter, type InitialEntry } from 'react-router';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';

export interface RenderOptions {
  /** Start address; an object also carries router state (e.g. the login page's return path). */
  route?: InitialEntry;
  mocks?: readonly MockLink.MockedResponse[];
  language?: Language;
}

/** Renders with the app's i18n and theme, mocked GraphQL responses and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/', mocks = [], language = 'nl' }: RenderOptions = {}): RenderResult {
  // Both languages bundled, so a test in English renders English at once.
  const i18n = createI18n({ language, storage: null, resources: { nl, en } });
  return render(
    <UiProviders i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </MockedProvider>
    </UiProviders>,
  );
}
