import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection } from '../test/connection';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { DataRequestsPage } from './DataRequestsPage';
import type { QueuedDataRequest } from './DecideDataRequestDialog';
import { dataRequest, queuedRequest } from './fixtures';
import { DataRequestsQuery, DecideDataRequestMutation } from './graphql';

const erasure = queuedRequest({
  id: 'r2',
  kind: 'ERASURE',
  subject: null,
  proposedValue: null,
  description: 'Ik werk niet meer in het onderwijs.',
  receivedOn: '2026-01-31',
  deadline: '2026-02-28',
  overdue: true,
  leader: { __typename: 'LeaderSummary', id: 'l2', displayName: 'Piet de Vries', registerNumber: '100043' },
  check: {
    __typename: 'DataRequestCheck',
    grantAllowed: false,
    reasons: [{ __typename: 'RuleReason', code: 'ERASURE_WHILE_REGISTERED', message: 'Zolang de schoolleider in het register staat, moet het register de openbare registratie volgens de wet bewaren.' }],
  },
});
const correction = queuedRequest();

const queue = (nodes: QueuedDataRequest[]): MockLink.MockedResponse => ({
  request: { query: DataRequestsQuery, variables: { includeDecided: false } },
  result: { data: { __typename: 'Query', dataRequests: connection('DataRequest', nodes) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function decided(variables: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: DecideDataRequestMutation, variables: { version: 1, grounds: null, correction: null, ...variables } }, result };
}

async function openDecide(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Besluiten over het verzoek van ${name}` }));
  return within(await screen.findByRole('dialog'));
}

describe('DataRequestsPage', () => {
  it('lists the queue with Dutch dates, the overdue one marked, and a count', async () => {
    renderWithProviders(<DataRequestsPage />, { mocks: [queue([erasure, correction])] });
    const rows = await screen.findAllByTestId('data-request');
    expect(screen.getByTestId('data-request-count').textContent).toBe('2 verzoeken');
    expect(rows[0]!.textContent).toContain('Piet de Vries (100043)');
    expect(rows[0]!.textContent).toContain('31 januari 2026');
    expect(within(rows[0]!).getByTestId('overdue').textContent).toBe('Termijn verstreken');
    expect(rows[1]!.textContent).toContain('Correctie: naam');
    expect(within(rows[1]!).queryByTestId('overdue')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|ERASURE|CORRECTION/);
  });

  it('preselects nothing, and offers no grant of an erasure the rules refuse, saying why', async () => {
    renderWithProviders(<DataRequestsPage />, { mocks: [queue([erasure, correction])] });
    const dialog = await openDecide('Piet de Vries');
    expect(dialog.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(dialog.getByTestId('grant-not-allowed').textContent).toContain('openbare registratie volgens de wet bewaren');
    expect((dialog.getByRole('radio', { name: /Verwijderen/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(dialog.getByText('Kies een besluit.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('radio', { name: 'Afwijzen' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(dialog.getByText('Motiveer de beslissing; de schoolleider krijgt de motivering in een brief.')).toBeTruthy();
  });

  it('carries out a correction with only the changed fields, then confirms', async () => {
    renderWithProviders(<DataRequestsPage />, {
      mocks: [
        queue([correction]),
        decided(
          { id: 'r1', outcome: 'GRANTED', correction: { lastName: 'Janssen' } },
          { data: { __typename: 'Mutation', decideDataRequest: dataRequest({ status: 'GRANTED', decidedOn: '2026-03-12', changedFields: ['LAST_NAME'], version: 2 }) } },
        ),
      ],
    });
    const dialog = await openDecide('Janne Jansen');
    fireEvent.click(dialog.getByRole('radio', { name: 'Correctie uitvoeren' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(dialog.getByText('Wijzig ten minste één gegeven, of beschrijf wat er is aangepast.')).toBeTruthy();
    expect((dialog.getByLabelText('Achternaam') as HTMLInputElement).value).toBe('Jansen');
    fireEvent.change(dialog.getByLabelText('Achternaam'), { target: { value: 'Janssen ' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    expect((await screen.findByRole('status')).textContent).toBe('Het besluit over het verzoek van Janne Jansen is vastgelegd; de brief staat in de uitgaande post.');
  });

  it('shows a CONFLICT from the API with “Opnieuw laden”', async () => {
    const conflict = 'Dit verzoek is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.';
    renderWithProviders(<DataRequestsPage />, {
      mocks: [queue([correction]), decided({ id: 'r1', outcome: 'REFUSED', grounds: 'De naam klopt volgens het diploma.' }, { errors: [apiError('CONFLICT', conflict)] })],
    });
    const dialog = await openDecide('Janne Jansen');
    fireEvent.click(dialog.getByRole('radio', { name: 'Afwijzen' }));
    fireEvent.change(dialog.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'De naam klopt volgens het diploma.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Besluit vastleggen' }));
    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toContain(conflict);
    expect(within(alert).getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
  });
});
