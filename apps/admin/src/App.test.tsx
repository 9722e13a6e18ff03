import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { LogoutMutation } from './auth/graphql';
import { viewerMock, viewerWith } from './test/fixtures';
import { renderWithProviders } from './test/renderWithProviders';

const leaderOnCommittee = viewerWith(['LEADER', 'COMMITTEE'], 'Fatima el Amrani');

describe('App routes', () => {
  it('sends an anonymous visitor to the login page, without navigation', async () => {
    renderWithProviders(<App />, { route: '/', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
    // The title is set in a passive effect, which may run after the heading is painted.
    await waitFor(() => expect(document.title).toBe('Inloggen | Portaal Schoolleidersregister PO'));
  });

  it('greets the viewer with a card per role, a skip link, navigation and main landmark', async () => {
    renderWithProviders(<App />, { route: '/', mocks: [viewerMock(leaderOnCommittee)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima el Amrani' })).toBeTruthy();
    const cards = screen.getAllByTestId('workspace-card').map((card) => within(card).getByRole('link'));
    expect(cards.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Commissielid', '/commissie'],
      ['Schoolleider', '/mijn-registratie'],
    ]);
    expect(screen.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
    const nav = within(screen.getByRole('navigation', { name: 'Hoofdmenu' }));
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['Overzicht', 'Commissie', 'Mijn registratie', 'Thema’s']);
    expect(nav.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.title).toBe('Overzicht | Portaal Schoolleidersregister PO'));
  });

  it('opens a workspace of the account’s role and refuses another one', async () => {
    const { unmount } = renderWithProviders(<App />, { route: '/commissie', mocks: [viewerMock(leaderOnCommittee)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Commissie' })).toBeTruthy();
    unmount();

    renderWithProviders(<App />, { route: '/medewerker', mocks: [viewerMock(leaderOnCommittee)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
  });

  it('shows the user menu with name and roles in Dutch, and logs out to the login page', async () => {
    const logout = { request: { query: LogoutMutation }, result: { data: { __typename: 'Mutation', logout: true } } };
    // After logout the server knows no viewer any more, should the portal ask again.
    renderWithProviders(<App />, { route: '/', mocks: [viewerMock(leaderOnCommittee, 1), logout, viewerMock(null)] });

    const menuButton = await screen.findByRole('button', { name: /Fatima el Amrani/ });
    expect(menuButton.textContent).toBe('Fatima el AmraniCommissielid, Schoolleider');
    fireEvent.click(menuButton);
    expect(screen.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).getAttribute('href')).toBe('/wachtwoord-wijzigen');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Fatima el Amrani/ })).toBeNull();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderWithProviders(<App />, { route: '/onbekend', mocks: [viewerMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
  });

  it('switches to English', async () => {
    renderWithProviders(<App />, { route: '/', mocks: [viewerMock(leaderOnCommittee)] });
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima el Amrani' });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Fatima el Amrani' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Committee member' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
