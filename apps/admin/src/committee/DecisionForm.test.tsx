import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { applicationFixture } from '../test/applicationFixture';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { EMPTY_DRAFT, type DecisionDraft } from './decisionDraft';
import { DecisionForm } from './DecisionForm';
import { DecideApplicationMutation } from './graphql';

const application = applicationFixture({ status: 'SCHEDULED', version: 5, claimedLevel: 'BASISBEKWAAM' });
const EXCEPTION = 'De regels staan deze registratie niet toe; goedkeuren kan alleen als uitzondering met een motivering.';
const REASON = 'Een directeur moet minimaal vakbekwaam zijn voor de titel RDO.';

function decide(input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: DecideApplicationMutation, variables: { input: { applicationId: application.id, version: 5, grantedLevel: null, ...input } } },
    result,
  };
}

const decision = {
  __typename: 'Decision',
  id: 'dec1',
  outcome: 'APPROVED',
  decidedOn: '2026-11-24',
  objectionDeadline: '2027-01-05',
};

/** The form with its draft kept in state, as the agenda page does. */
function Harness({ onReload, app = application }: { onReload(): void; app?: ApplicationFieldsFragment }) {
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DRAFT);
  return <DecisionForm application={app} draft={draft} onChange={setDraft} onReload={onReload} />;
}

describe('DecisionForm', () => {
  it('shows the rules’ reasons when an approval needs an exception, and resends with the justification', async () => {
    const onReload = vi.fn();
    renderWithProviders(<Harness onReload={onReload} />, {
      mocks: [
        decide(
          { outcome: 'APPROVED', reasons: null, exceptionJustification: null },
          { errors: [apiError('BAD_USER_INPUT', EXCEPTION, { reason: 'APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION', reasons: [{ code: 'DIRECTOR_NEEDS_VAKBEKWAAM', message: REASON }] })] },
        ),
        decide(
          { outcome: 'APPROVED', reasons: null, exceptionJustification: 'Ruime ervaring als directeur; opleiding loopt.' },
          { data: { __typename: 'Mutation', decideApplication: decision } },
        ),
      ],
    });

    expect(screen.getByRole('button', { name: 'Besluit vastleggen' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Goedkeuren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    const reasons = await screen.findByTestId('exception-reasons');
    expect(within(reasons).getAllByRole('listitem').map((item) => item.textContent)).toEqual([REASON]);
    expect(onReload).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Uitzondering motiveren/ }), {
      target: { value: 'Ruime ervaring als directeur; opleiding loopt.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Goedkeuren als uitzondering' }));

    await vi.waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });

  it('sends a rejection with its motivation, and shows the API’s message when it is refused', async () => {
    const message = 'Een afwijzing moet gemotiveerd worden.';
    renderWithProviders(<Harness onReload={() => undefined} />, {
      mocks: [decide({ outcome: 'REJECTED', reasons: null, exceptionJustification: null }, { errors: [apiError('BAD_USER_INPUT', message, { reason: 'APPLICATION_REJECTION_NEEDS_REASONS' })] })],
    });

    fireEvent.click(screen.getByRole('radio', { name: 'Afwijzen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('textbox', { name: /Uitzondering motiveren/ })).toBeNull();
  });
});
