import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { ChangePasswordPage } from './ChangePasswordPage';
import { ChangePasswordMutation } from './graphql';

const variables = { currentPassword: 'demo-wachtwoord', newPassword: 'een-veel-langer-wachtwoord' };

function fill(current: string, next: string, repeat: string) {
  fireEvent.change(screen.getByLabelText(/^Huidig wachtwoord/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^Nieuw wachtwoord/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/^Herhaal het nieuwe wachtwoord/), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
}

describe('ChangePasswordPage', () => {
  it('stops when the two new passwords differ, without calling the API', async () => {
    // No mocks: a call would fail with "no more mocked responses" and show the general error.
    renderWithProviders(<ChangePasswordPage />);

    fill(variables.currentPassword, variables.newPassword, 'een-veel-langer-wachtwoort');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'De twee nieuwe wachtwoorden zijn niet gelijk.' }).getAttribute('href')).toBe(
      '#repeat-password',
    );
    expect(screen.getByLabelText(/^Herhaal het nieuwe wachtwoord/).getAttribute('aria-invalid')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/niet worden gewijzigd/)).toBeNull();
  });

  it('shows the API’s message at the field it is about', async () => {
    const wrong: MockLink.MockedResponse = {
      request: { query: ChangePasswordMutation, variables },
      result: { errors: [apiError('BAD_USER_INPUT', 'Het huidige wachtwoord is onjuist.', { reason: 'INVALID_CREDENTIALS' })] },
    };
    renderWithProviders(<ChangePasswordPage />, { mocks: [wrong] });

    fill(variables.currentPassword, variables.newPassword, variables.newPassword);

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Het huidige wachtwoord is onjuist.' }).getAttribute('href')).toBe('#current-password');
  });

  it('confirms the change and empties the form', async () => {
    const changed: MockLink.MockedResponse = {
      request: { query: ChangePasswordMutation, variables },
      result: { data: { __typename: 'Mutation', changePassword: true } },
    };
    renderWithProviders(<ChangePasswordPage />, { mocks: [changed] });

    fill(variables.currentPassword, variables.newPassword, variables.newPassword);

    expect(await screen.findByText('Uw wachtwoord is gewijzigd.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText(/^Nieuw wachtwoord/) as HTMLInputElement).value).toBe('');
  });
});
