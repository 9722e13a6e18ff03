import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import type { SearchRegisterQuery as SearchResult } from './gql/graphql';
import { CertifiedOfferingsQuery, OfferingThemeOptionsQuery } from './offerings/graphql';
import { SearchRegisterQuery } from './search/graphql';
import { LocationProbe } from './test/LocationProbe';
import { PublicThemesQuery } from './themes/graphql';
import { renderWithProviders } from './test/renderWithProviders';

const emptyPage: SearchResult = {
  __typename: 'Query',
  searchRegister: {
    __typename: 'PublicRegistrationConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  },
};

describe('App routes', () => {
  it('shows the home page with a skip link, navigation and main landmark', async () => {
    renderWithProviders(<App />, { route: '/' });

    // Each page is its own chunk: it appears once loaded.
    expect(await screen.findByRole('heading', { level: 1, name: 'Schoolleidersregister PO' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
    const nav = within(screen.getByRole('navigation', { name: 'Hoofdmenu' }));
    expect(nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Zoeken' }).getAttribute('href')).toBe('/zoeken');
    expect(nav.getByRole('link', { name: 'Thema’s' }).getAttribute('href')).toBe('/themas');
    expect(nav.getByRole('link', { name: 'Aanbod' }).getAttribute('href')).toBe('/aanbod');
    await waitFor(() => expect(document.title).toBe('Schoolleidersregister PO'));
  });

  it('leads with a search box that opens the search page with the query in the URL', async () => {
    const anything = { request: { query: SearchRegisterQuery, variables: () => true }, result: { data: emptyPage } };
    renderWithProviders(
      <>
        <App />
        <LocationProbe />
      </>,
      { route: '/', mocks: [anything] },
    );

    const search = within(await screen.findByRole('search', { name: 'Zoeken in het register' }));
    expect(search.queryByRole('checkbox')).toBeNull();
    fireEvent.change(search.getByRole('searchbox', { name: 'Naam of registernummer' }), { target: { value: 'el Amrani' } });
    fireEvent.click(search.getByRole('button', { name: 'Zoeken' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/zoeken?q=el+Amrani'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoeken in het register' })).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Naam of registernummer' }) as HTMLInputElement).value).toBe('el Amrani');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Geen schoolleiders gevonden'));
    // Focus lands on the announced result count, not on the page top.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  });

  it('moves focus to the main content after navigating', async () => {
    const noThemes = { request: { query: PublicThemesQuery, variables: () => true }, result: { data: { themes: [] } } };
    renderWithProviders(<App />, { route: '/', mocks: [noThemes] });
    await screen.findByRole('heading', { level: 1, name: 'Schoolleidersregister PO' });

    fireEvent.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Thema’s' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Professionaliseringsthema’s' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('opens the catalogue of certified offerings from the navigation', async () => {
    const noOfferings = {
      request: { query: CertifiedOfferingsQuery, variables: () => true },
      result: {
        data: {
          certifiedOfferings: { __typename: 'OfferingConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
        },
      },
    };
    const noThemes = { request: { query: OfferingThemeOptionsQuery, variables: () => true }, result: { data: { themes: [] } } };
    renderWithProviders(<App />, { route: '/', mocks: [noOfferings, noThemes] });
    await screen.findByRole('heading', { level: 1, name: 'Schoolleidersregister PO' });

    fireEvent.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Aanbod' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Gecertificeerd aanbod' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('offerings-status').textContent).toBe('Geen gecertificeerd aanbod gevonden'));
  });

  it('shows a not-found page for an unknown address', () => {
    renderWithProviders(<App />, { route: '/bestaat-niet' });

    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('/');
  });

  it('switches the language and the document language', async () => {
    renderWithProviders(<App />, { route: '/' });
    await screen.findByRole('heading', { level: 1 });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'School Leaders Register PO' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
  });
});
