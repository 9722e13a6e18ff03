import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { RequestDeferralMutation } from './graphql';
import { RequestDeferralDialog } from './RequestDeferralDialog';

const CAP = 'Het gevraagde uitstel gaat verder dan 1 juli 2026, de grens van 2 jaar.';

function chooseReason(option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: /Reden/ }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

function render(mocks: MockLink.MockedResponse[] = [], onRequested = vi.fn()) {
  renderWithProviders(<RequestDeferralDialog open onClose={() => undefined} onRequested={onRequested} currentDue="2026-07-01" />, { mocks });
  return onRequested;
}

const request = (motivation: string | null, reason = 'GROUNDED_REASON') => ({
  query: RequestDeferralMutation,
  variables: { kind: 'RE_REGISTRATION', reason, requestedDueDate: '2027-01-01', motivation },
});

describe('RequestDeferralDialog', () => {
  it('lists the re-registration reasons with their Dutch labels', () => {
    render();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Reden/ }));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Gegronde reden (bijv. langdurige ziekte)',
      'Vroege registratie (2014/2015, maximaal 2 jaar)',
    ]);
  });

  it('requires a motivation for a grounded reason', async () => {
    const onRequested = render([
      {
        request: request('Langdurig ziek geweest.'),
        result: { data: { __typename: 'Mutation', requestDeferral: deferral('Langdurig ziek geweest.') } },
      },
    ]);
    chooseReason('Gegronde reden (bijv. langdurige ziekte)');
    fireEvent.change(screen.getByLabelText(/Gevraagde nieuwe uiterste datum/), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitstel aanvragen' }));
    expect(screen.getByText('Schrijf waarom u uitstel nodig hebt.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Langdurig ziek geweest.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitstel aanvragen' }));
    await vi.waitFor(() => expect(onRequested).toHaveBeenCalledOnce());
  });

  it('sends an early registration without motivation and shows the API’s refusal reasons', async () => {
    render([
      {
        request: request(null, 'EARLY_REGISTRANT'),
        result: { errors: [apiError('BAD_USER_INPUT', CAP, { reason: 'DEFERRAL_EXCEEDS_CAP', reasons: [{ code: 'DEFERRAL_EXCEEDS_CAP', message: CAP }] })] },
      },
    ]);
    chooseReason('Vroege registratie (2014/2015, maximaal 2 jaar)');
    expect(screen.getByText('Niet nodig bij vroege registratie.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Gevraagde nieuwe uiterste datum/), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitstel aanvragen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit kan niet, omdat:');
    expect(within(alert).getByTestId('error-reasons').textContent).toBe(CAP);
  });
});

function deferral(motivation: string | null) {
  return {
    __typename: 'DeferralRequest',
    id: 'd1',
    kind: 'RE_REGISTRATION',
    reason: 'GROUNDED_REASON',
    motivation,
    requestedOn: '2026-03-01',
    requestedDueDate: '2027-01-01',
    status: 'REQUESTED',
    decidedOn: null,
    grantedDueDate: null,
    decisionReasons: null,
    version: 1,
    leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Fatima el Amrani', registerNumber: '100042' },
  };
}
