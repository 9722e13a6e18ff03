import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DeferralFieldsFragment } from '../gql/graphql';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { DecideDeferralDialog } from './DecideDeferralDialog';
import { DecideDeferralMutation, LeaderDeferralsQuery } from './graphql';

const REQUEST: DeferralFieldsFragment = {
  __typename: 'DeferralRequest',
  id: 'd1',
  kind: 'RE_REGISTRATION',
  reason: 'GROUNDED_REASON',
  motivation: 'Langdurig ziek geweest.',
  requestedOn: '2026-03-01',
  requestedDueDate: '2027-06-01',
  status: 'REQUESTED',
  decidedOn: null,
  grantedDueDate: null,
  decisionReasons: null,
  version: 2,
  objections: [],
  leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Fatima el Amrani', registerNumber: '100042' },
};

function decided(outcome: string, newDueDate: string | null, reasons: string | null): MockLink.MockedResponse {
  return {
    request: { query: DecideDeferralMutation, variables: { id: 'd1', version: 2, outcome, newDueDate, reasons } },
    result: { data: { __typename: 'Mutation', decideDeferral: { ...REQUEST, status: outcome, grantedDueDate: newDueDate, decidedOn: '2026-03-02', version: 3 } } },
  };
}

function render(mocks: MockLink.MockedResponse[]) {
  const onDecided = vi.fn();
  const onReload = vi.fn();
  renderWithProviders(<DecideDeferralDialog request={REQUEST} open onClose={() => undefined} onDecided={onDecided} onReload={onReload} />, { mocks });
  return { onDecided, onReload, dialog: within(screen.getByRole('dialog')) };
}

describe('DecideDeferralDialog', () => {
  it('grants the requested date with the version read', async () => {
    const { onDecided, dialog } = render([decided('GRANTED', '2027-06-01', null)]);
    expect(dialog.getByText('Fatima el Amrani (100042) vraagt uitstel tot 1 juni 2027. Reden: Gegronde reden (bijv. langdurige ziekte).')).toBeTruthy();
    expect(dialog.getByTestId('granted-date').textContent).toBe('Toegekend tot 1 juni 2027 (de gevraagde datum).');
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    await vi.waitFor(() => expect(onDecided).toHaveBeenCalledWith(expect.objectContaining({ status: 'GRANTED', grantedDueDate: '2027-06-01' })));
  });

  it('asks a date for a partial grant, then sends it', async () => {
    const { onDecided, dialog } = render([decided('PARTLY_GRANTED', '2027-01-01', null)]);
    fireEvent.click(dialog.getByRole('radio', { name: 'Gedeeltelijk toekennen' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(dialog.getByText('Vul een datum in die vóór de gevraagde datum ligt.')).toBeTruthy();
    fireEvent.change(dialog.getByLabelText(/Nieuwe uiterste datum \(vóór 1 juni 2027\)/), { target: { value: '2027-01-01' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    await vi.waitFor(() => expect(onDecided).toHaveBeenCalledOnce());
  });

  it('asks grounds for a rejection, and shows CONFLICT with “Opnieuw laden”', async () => {
    const conflict = 'Dit verzoek is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw.';
    const { onReload, dialog } = render([
      {
        request: { query: DecideDeferralMutation, variables: { id: 'd1', version: 2, outcome: 'REJECTED', newDueDate: null, reasons: 'Geen grond.' } },
        result: { errors: [apiError('CONFLICT', conflict)] },
      },
    ]);
    fireEvent.click(dialog.getByRole('radio', { name: 'Afwijzen' }));
    expect(dialog.queryByTestId('granted-date')).toBeNull();
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(dialog.getByText('Schrijf waarom het verzoek wordt afgewezen.')).toBeTruthy();
    fireEvent.change(dialog.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Geen grond.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toContain(conflict);
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('shows the earlier deferrals with a warning, and offers only a rejection when the rules allow no more', async () => {
    const earlier: DeferralFieldsFragment = { ...REQUEST, id: 'd0', status: 'GRANTED', requestedOn: '2025-01-01', requestedDueDate: '2026-06-01', decidedOn: '2025-02-01', grantedDueDate: '2026-06-01' };
    const history: MockLink.MockedResponse = {
      request: { query: LeaderDeferralsQuery, variables: { id: 'l1' } },
      result: { data: { __typename: 'Query', leaderProfile: { __typename: 'LeaderProfile', id: 'l1', deferralRequests: [REQUEST, earlier] } } },
    };
    renderWithProviders(
      <DecideDeferralDialog
        request={REQUEST}
        check={{ allowed: false, reasons: [{ code: 'DEFERRAL_EXCEEDS_CAP', message: 'Het uitstel mag niet later zijn dan 1 maart 2021 (maximaal 2 jaar).' }] }}
        open
        onClose={() => undefined}
        onDecided={() => undefined}
        onReload={() => undefined}
      />,
      { mocks: [history] },
    );
    const dialog = within(screen.getByRole('dialog'));
    expect((await dialog.findByTestId('deferral-warning')).textContent).toBe('Let op: deze schoolleider kreeg al 1 keer uitstel.');
    expect(dialog.getAllByTestId('earlier-deferral')).toHaveLength(1);
    expect(dialog.getByTestId('deferral-check').textContent).toContain('Het uitstel mag niet later zijn dan 1 maart 2021');
    expect((dialog.getByRole('radio', { name: 'Toekennen' }) as HTMLInputElement).disabled).toBe(true);
    expect((dialog.getByRole('radio', { name: 'Afwijzen' }) as HTMLInputElement).checked).toBe(true);
  });
});
