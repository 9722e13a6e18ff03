import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { DeregisterDialog } from './DeregisterDialog';
import { DeregisterMutation } from './graphql';

describe('DeregisterDialog', () => {
  it('asks a reason, then deregisters with the date and the registration’s version', async () => {
    const onDeregistered = vi.fn();
    const profile = {
      __typename: 'LeaderProfile',
      id: 'l1',
      displayName: 'Jan van Dijk',
      registerNumber: '100042',
      enrolledOn: '2015-01-01',
      registration: null,
    };
    renderWithProviders(
      <DeregisterDialog name="Jan van Dijk" registrationId="r1" version={7} open onClose={() => undefined} onDeregistered={onDeregistered} onReload={() => undefined} />,
      {
        mocks: [
          {
            request: { query: DeregisterMutation, variables: { registrationId: 'r1', version: 7, on: '2026-02-01', reason: 'Met pensioen' } },
            result: { data: { __typename: 'Mutation', deregister: profile } },
          },
        ],
      },
    );
    const dialog = within(screen.getByRole('dialog'));
    fireEvent.change(dialog.getByLabelText(/Uitgeschreven per/), { target: { value: '2026-02-01' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Uitschrijven' }));
    expect(dialog.getByText('Schrijf de reden van het uitschrijven.')).toBeTruthy();
    fireEvent.change(dialog.getByRole('textbox', { name: /Reden/ }), { target: { value: 'Met pensioen' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Uitschrijven' }));
    await vi.waitFor(() => expect(onDeregistered).toHaveBeenCalledWith('2026-02-01'));
  });
});
