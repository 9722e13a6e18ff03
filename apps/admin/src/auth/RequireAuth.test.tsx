import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { leader, LocationProbe, staff, viewerMock } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { ViewerQuery } from './graphql';
import { RequireAuth } from './RequireAuth';

function renderGuarded(mocks: MockLink.MockedResponse[], route = '/medewerker?tab=aanvragen') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/medewerker"
        element={
          <RequireAuth roles={['STAFF']}>
            <h1>Registerbureau</h1>
          </RequireAuth>
        }
      />
      <Route element={<RequireAuth />}>
        <Route path="/themas" element={<h1>Thema’s</h1>} />
      </Route>
      <Route path="*" element={<LocationProbe />} />
    </Routes>,
    { mocks, route },
  );
}

describe('RequireAuth', () => {
  it('sends an anonymous visitor to the login page with the path to return to', async () => {
    renderGuarded([viewerMock(null)]);

    expect((await screen.findByTestId('location')).textContent).toBe('/inloggen from /medewerker?tab=aanvragen');
  });

  it('shows "geen toegang" to an account without the role', async () => {
    renderGuarded([viewerMock(leader)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Registerbureau' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar het overzicht' }).getAttribute('href')).toBe('/');
  });

  it('shows the page to an account with the role', async () => {
    renderGuarded([viewerMock(staff)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Registerbureau' })).toBeTruthy();
  });

  it('lets every signed-in account through when no roles are asked', async () => {
    renderGuarded([viewerMock(leader)], '/themas');

    expect(await screen.findByRole('heading', { level: 1, name: 'Thema’s' })).toBeTruthy();
  });

  it('offers a retry when the account cannot be loaded', async () => {
    renderGuarded([{ request: { query: ViewerQuery }, error: new Error('network down') }, viewerMock(staff)]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Uw gegevens konden niet worden geladen.');
    screen.getByRole('button', { name: 'Opnieuw proberen' }).click();
    expect(await screen.findByRole('heading', { level: 1, name: 'Registerbureau' })).toBeTruthy();
  });
});
