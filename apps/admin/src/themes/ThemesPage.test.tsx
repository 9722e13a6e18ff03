import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AdminThemesQuery as AdminThemesResult } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { AdminThemesQuery } from './graphql';
import { ThemesPage } from './ThemesPage';

const themes: AdminThemesResult['themes'] = [
  {
    __typename: 'Theme',
    id: 't6',
    code: '6',
    name: 'Leiding geven aan verandering',
    description: 'Veranderprocessen leiden.',
    isWildcard: false,
    validFrom: '2014-01-01',
    validUntil: null,
    subthemes: [
      { __typename: 'Subtheme', id: 's61', code: '6.1', name: 'Veranderprocessen ontwerpen en begeleiden', description: null },
      { __typename: 'Subtheme', id: 's62', code: '6.2', name: 'Teamontwikkeling en professionele cultuur', description: 'Samen leren.' },
    ],
  },
  {
    __typename: 'Theme',
    id: 't7',
    code: '7',
    name: 'Toekomstgericht onderwijs',
    description: 'Onderwijs voor later.',
    isWildcard: false,
    validFrom: '2014-01-01',
    validUntil: '2022-07-31',
    subthemes: [],
  },
  {
    __typename: 'Theme',
    id: 't8',
    code: '8',
    name: 'Wildcard',
    description: 'Het lege thema.',
    isWildcard: true,
    validFrom: '2014-01-01',
    validUntil: null,
    subthemes: [],
  },
];

const success: MockLink.MockedResponse = { request: { query: AdminThemesQuery }, result: { data: { themes } } };
const failure: MockLink.MockedResponse = { request: { query: AdminThemesQuery }, error: new Error('network down') };

function themeCard(name: string): HTMLElement {
  const card = screen.getByRole('heading', { level: 2, name }).closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

describe('ThemesPage (portal)', () => {
  it('shows a loading status, then the themes with subthemes and validity', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success] });

    expect(screen.getByRole('status').textContent).toContain('Bezig met laden');
    await screen.findByRole('heading', { level: 2, name: 'Leiding geven aan verandering' });

    const changing = within(themeCard('Leiding geven aan verandering'));
    expect(changing.getByText('Geldig vanaf 1 januari 2014')).toBeTruthy();
    expect(changing.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '6.1 Veranderprocessen ontwerpen en begeleiden',
      '6.2 Teamontwikkeling en professionele cultuurSamen leren.',
    ]);

    const ended = within(themeCard('Toekomstgericht onderwijs'));
    expect(ended.getByText('Geldig van 1 januari 2014 tot en met 31 juli 2022')).toBeTruthy();
    expect(ended.getByText('Dit thema heeft geen deelthema’s.')).toBeTruthy();
  });

  it('marks the wildcard and only the wildcard', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success] });

    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    expect(within(themeCard('Wildcard')).getByText('Vrij thema')).toBeTruthy();
    expect(screen.getAllByText('Vrij thema')).toHaveLength(1);
  });

  it('shows an error with a retry that loads the themes', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [failure, success] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De thema’s konden niet worden geladen.');
    expect(alert.textContent).not.toContain('network down');

    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Wildcard' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('formats dates in English when English is chosen', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success], language: 'en' });

    await screen.findByRole('heading', { level: 2, name: 'Toekomstgericht onderwijs' });
    expect(
      within(themeCard('Toekomstgericht onderwijs')).getByText('Valid from January 1, 2014 up to and including July 31, 2022'),
    ).toBeTruthy();
  });
});
