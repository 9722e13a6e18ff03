import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicThemesQuery as PublicThemesResult } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { PublicThemesQuery } from './graphql';
import { ThemesPage } from './ThemesPage';

const themes: PublicThemesResult['themes'] = [
  {
    __typename: 'Theme',
    id: 't1',
    code: '1',
    name: 'Persoonlijk leiderschap',
    description: 'Sturing geven aan de eigen ontwikkeling.',
    isWildcard: false,
    subthemes: [],
  },
  {
    __typename: 'Theme',
    id: 't4',
    code: '4',
    name: 'Kennis- en kwaliteitsontwikkeling',
    description: 'Onderzoekend leiderschap.',
    isWildcard: false,
    subthemes: [
      { __typename: 'Subtheme', id: 's41', code: '4.1', name: 'Onderzoekend vermogen en data gebruiken', description: null },
      { __typename: 'Subtheme', id: 's42', code: '4.2', name: 'Kwaliteitszorg en verantwoording', description: null },
    ],
  },
  {
    __typename: 'Theme',
    id: 't8',
    code: '8',
    name: 'Wildcard',
    description: 'Het lege thema.',
    isWildcard: true,
    subthemes: [],
  },
];

const anyDay = () => true;
const success: MockLink.MockedResponse = { request: { query: PublicThemesQuery, variables: anyDay }, result: { data: { themes } } };
const failure: MockLink.MockedResponse = { request: { query: PublicThemesQuery, variables: anyDay }, error: new Error('network down') };

function themeCard(name: string): HTMLElement {
  const card = screen.getByRole('heading', { level: 2, name }).closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

describe('ThemesPage (public register)', () => {
  it('shows a loading status, then every theme with its subthemes', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success] });

    expect(screen.getByRole('status').textContent).toContain('Bezig met laden');
    expect(await screen.findByRole('heading', { level: 2, name: 'Persoonlijk leiderschap' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Professionaliseringsthema’s' })).toBeTruthy();
    expect(screen.getAllByTestId('theme')).toHaveLength(3);

    const withSubthemes = within(themeCard('Kennis- en kwaliteitsontwikkeling'));
    expect(withSubthemes.getByRole('heading', { level: 3, name: 'Deelthema’s' })).toBeTruthy();
    expect(withSubthemes.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '4.1 Onderzoekend vermogen en data gebruiken',
      '4.2 Kwaliteitszorg en verantwoording',
    ]);
    expect(within(themeCard('Persoonlijk leiderschap')).queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('links each theme to the offerings certified for it', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success] });

    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    const link = within(themeCard('Kennis- en kwaliteitsontwikkeling')).getByRole('link', { name: 'Gecertificeerd aanbod voor Kennis- en kwaliteitsontwikkeling' });
    expect(link.getAttribute('href')).toBe('/aanbod?thema=4');
    expect(screen.getAllByRole('link').map((each) => each.getAttribute('href'))).toEqual(['/aanbod?thema=1', '/aanbod?thema=4', '/aanbod?thema=8']);
  });

  it('marks the wildcard and only the wildcard', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success] });

    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    expect(within(themeCard('Wildcard')).getByText('Vrij thema')).toBeTruthy();
    expect(screen.getAllByText('Vrij thema')).toHaveLength(1);
  });

  it('asks for the themes valid today', async () => {
    let askedFor: unknown;
    const recording: MockLink.MockedResponse = {
      request: {
        query: PublicThemesQuery,
        variables: (variables) => {
          askedFor = variables.activeOn;
          return true;
        },
      },
      result: { data: { themes } },
    };
    renderWithProviders(<ThemesPage />, { mocks: [recording] });

    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    expect(askedFor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows an error with a retry that loads the themes', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [failure, success] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De thema’s konden niet worden geladen.');
    expect(alert.textContent).not.toContain('network down');

    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Persoonlijk leiderschap' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks English when English is chosen', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success], language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'Professional-development themes' })).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    expect(within(themeCard('Wildcard')).getByText('Open theme')).toBeTruthy();
  });
});
