import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { apiError, LocationProbe, staff, viewerMock } from '../test/fixtures';
import { renderWithProviders, type RenderOptions } from '../test/renderWithProviders';
import { LoginMutation } from './graphql';
import { LoginPage } from './LoginPage';

const credentials = { email: 'medewerker@demo.srpo.nl', password: 'demo-wachtwoord' };

function loginFails(error: Error): MockLink.MockedResponse {
  return { request: { query: LoginMutation, variables: credentials }, result: { errors: [error] } };
}

const loginSucceeds: MockLink.MockedResponse = {
  request: { query: LoginMutation, variables: credentials },
  result: { data: { __typename: 'Mutation', login: staff } },
};

function renderLogin(mocks: MockLink.MockedResponse[], route: RenderOptions['route'] = '/inloggen') {
  return renderWithProviders(
    <Routes>
      <Route path="/inloggen" element={<LoginPage />} />
      <Route path="*" element={<LocationProbe />} />
    </Routes>,
    { mocks: [viewerMock(null), ...mocks], route },
  );
}

async function submit(email = credentials.email, password = credentials.password) {
  fireEvent.change(await screen.findByRole('textbox', { name: 'E-mailadres' }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Wachtwoord/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  it('asks for the missing fields in an error summary that links to them', async () => {
    renderLogin([]);
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });

    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { level: 2, name: 'Er is een probleem' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Vul uw e-mailadres in.' }).getAttribute('href')).toBe('#login-email');
    expect(within(summary).getByRole('link', { name: 'Vul uw wachtwoord in.' }).getAttribute('href')).toBe('#login-password');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('textbox', { name: 'E-mailadres' }).getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'E-mailadres of wachtwoord is onjuist.'],
    ['RATE_LIMITED', 'LOGIN_THROTTLED', 'Te veel mislukte pogingen. Probeer het over 8 seconden opnieuw.'],
  ])('shows the API’s message for %s (%s)', async (code, reason, message) => {
    renderLogin([loginFails(apiError(code, message, { reason }))]);

    await submit();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('shows a general message for other failures, without internals', async () => {
    renderLogin([loginFails(apiError('INTERNAL_SERVER_ERROR', 'connection refused at 10.0.0.1'))]);

    await submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inloggen is niet gelukt. Probeer het later opnieuw.');
    expect(alert.textContent).not.toContain('10.0.0.1');
  });

  it('goes to the role’s home after login', async () => {
    renderLogin([loginSucceeds]);

    await submit();

    expect((await screen.findByTestId('location')).textContent).toBe('/');
  });

  it('goes back to the page the user came from', async () => {
    renderLogin([loginSucceeds], { pathname: '/inloggen', state: { from: '/themas?sort=code' } });

    await submit();

    expect((await screen.findByTestId('location')).textContent).toBe('/themas?sort=code');
  });

  it('never returns to another site', async () => {
    renderLogin([loginSucceeds], { pathname: '/inloggen', state: { from: '//evil.example/' } });

    await submit();

    expect((await screen.findByTestId('location')).textContent).toBe('/');
  });

  it('sends an account that is already signed in on', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>,
      { mocks: [viewerMock(staff)], route: '/inloggen' },
    );

    expect((await screen.findByTestId('location')).textContent).toBe('/');
  });
});
