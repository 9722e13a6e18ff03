import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AdminThemesQuery as AdminThemesResult } from '../gql/graphql';
import { apiError, leader, staff, viewerMock } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { AddThemeMutation, AdminThemesQuery, UpdateThemeMutation } from './graphql';
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
    version: 1,
    subthemes: [
      { __typename: 'Subtheme', id: 's61', code: '6.1', name: 'Veranderprocessen ontwerpen en begeleiden', description: null, validFrom: '2014-01-01', validUntil: null, version: 1 },
      { __typename: 'Subtheme', id: 's62', code: '6.2', name: 'Teamontwikkeling en professionele cultuur', description: 'Samen leren.', validFrom: '2020-01-01', validUntil: '2030-12-31', version: 2 },
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
    version: 3,
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
    version: 1,
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
    expect(changing.getAllByText('Geldig vanaf 1 januari 2014')).toHaveLength(2); // the theme and subtheme 6.1
    expect(changing.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '6.1 Veranderprocessen ontwerpen en begeleidenGeldig vanaf 1 januari 2014',
      '6.2 Teamontwikkeling en professionele cultuurSamen leren.Geldig van 1 januari 2020 tot en met 31 december 2030',
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

  it('is read-only for everyone but staff', async () => {
    renderWithProviders(<ThemesPage />, { mocks: [success, viewerMock(leader)] });

    await screen.findByRole('heading', { level: 2, name: 'Wildcard' });
    expect(screen.queryByRole('button', { name: 'Thema toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /wijzigen$/ })).toBeNull();
  });

  it('lets staff add a theme in a dialog and reloads the catalogue', async () => {
    const input = { code: '9', name: 'Pedagogisch leiderschap', description: 'Het pedagogisch klimaat.', validFrom: '2031-01-01', validUntil: null };
    const added: MockLink.MockedResponse = {
      request: { query: AddThemeMutation, variables: { input } },
      result: { data: { addTheme: { __typename: 'Theme', id: 't9', version: 1 } } },
    };
    renderWithProviders(<ThemesPage />, { mocks: [success, viewerMock(staff), added, success] });

    fireEvent.click(await screen.findByRole('button', { name: 'Thema toevoegen' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Thema toevoegen' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Opslaan' }));
    expect(dialog.getAllByText('Vul dit veld in.')).toHaveLength(4);

    fireEvent.change(dialog.getByLabelText(/^Code/), { target: { value: '9' } });
    fireEvent.change(dialog.getByLabelText(/^Naam/), { target: { value: input.name } });
    fireEvent.change(dialog.getByLabelText(/^Omschrijving/), { target: { value: input.description } });
    fireEvent.change(dialog.getByLabelText(/^Geldig vanaf/), { target: { value: input.validFrom } });
    fireEvent.click(dialog.getByRole('button', { name: 'Opslaan' }));

    await screen.findByText('Pedagogisch leiderschap is opgeslagen.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('retires a theme with only an end date, and shows the API’s refusal', async () => {
    const input = { name: 'Leiding geven aan verandering', description: 'Veranderprocessen leiden.', validFrom: '2014-01-01', validUntil: '2027-12-31' };
    const refused: MockLink.MockedResponse = {
      request: { query: UpdateThemeMutation, variables: { id: 't6', version: 1, input } },
      result: {
        errors: [
          apiError('CONFLICT', 'Er is aanbod voor 6 gecertificeerd tot en met 30 juni 2029; de einddatum kan niet eerder liggen.', { reason: 'CATALOGUE_ITEM_CERTIFIED' }),
        ],
      },
    };
    renderWithProviders(<ThemesPage />, { mocks: [success, viewerMock(staff), refused] });

    fireEvent.click(await screen.findByRole('button', { name: 'Leiding geven aan verandering beëindigen' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Leiding geven aan verandering beëindigen' }));
    expect(dialog.queryByLabelText(/^Naam/)).toBeNull();
    fireEvent.change(dialog.getByLabelText(/^Geldig tot en met/), { target: { value: '2027-12-31' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Beëindigen' }));
    expect((await dialog.findByRole('alert')).textContent).toContain('30 juni 2029');
  });
});
