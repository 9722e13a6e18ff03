import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applicationFixture } from '../test/applicationFixture';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { MarkApplicationCompleteMutation, ReturnApplicationMutation } from './graphql';
import { StaffActions } from './StaffActions';

const CONFLICT = 'Deze aanvraag is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.';

function buttons(): string[] {
  return within(screen.getByTestId('staff-actions'))
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
}

describe('StaffActions', () => {
  it('offers the steps of the status: submitted → return or complete; complete → return or schedule', () => {
    const { unmount } = renderWithProviders(<StaffActions application={applicationFixture({ status: 'SUBMITTED' })} onReload={() => undefined} />);
    expect(buttons()).toEqual(['Terugsturen voor informatie', 'Compleet']);
    unmount();

    renderWithProviders(<StaffActions application={applicationFixture({ status: 'COMPLETE' })} onReload={() => undefined} />);
    expect(buttons()).toEqual(['Terugsturen voor informatie', 'Agenderen']);
  });

  it('disables “Compleet” and says why while required evidence is missing', () => {
    renderWithProviders(
      <StaffActions application={applicationFixture({ status: 'SUBMITTED' })} evidence={[{ __typename: 'EvidenceRequirement', item: 'QUALIFICATION_PROOF', present: false }]} onReload={() => undefined} />,
    );
    const complete = screen.getByRole('button', { name: 'Compleet' }) as HTMLButtonElement;
    expect(complete.disabled).toBe(true);
    expect(screen.getByTestId('complete-blocked').textContent).toContain('vereiste bewijs');
  });

  it('says there is nothing to do for a decided application', () => {
    renderWithProviders(<StaffActions application={applicationFixture({ status: 'APPROVED' })} onReload={() => undefined} />);
    expect(screen.queryByTestId('staff-actions')).toBeNull();
    expect(screen.getByText('In deze status zijn er geen stappen voor het registerbureau.')).toBeTruthy();
  });

  it('passes the version it read and shows the API’s CONFLICT message with “Opnieuw laden”', async () => {
    const conflict: MockLink.MockedResponse = {
      request: { query: MarkApplicationCompleteMutation, variables: { id: applicationFixture().id, version: 3 } },
      result: { errors: [apiError('CONFLICT', CONFLICT, { currentVersion: 4 })] },
    };
    const onReload = vi.fn();
    renderWithProviders(<StaffActions application={applicationFixture()} onReload={onReload} />, { mocks: [conflict] });

    fireEvent.click(screen.getByRole('button', { name: 'Compleet' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(CONFLICT);
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('returns an application with the message, after asking for one', async () => {
    const application = applicationFixture();
    const returned: MockLink.MockedResponse = {
      request: { query: ReturnApplicationMutation, variables: { id: application.id, message: 'Stuur uw diploma mee.', version: 3 } },
      result: { data: { __typename: 'Mutation', returnApplication: { ...application, status: 'RETURNED', version: 4, staffMessage: 'Stuur uw diploma mee.' } } },
    };
    renderWithProviders(<StaffActions application={application} onReload={() => undefined} />, { mocks: [returned] });

    fireEvent.click(screen.getByRole('button', { name: 'Terugsturen voor informatie' }));
    const dialog = within(screen.getByRole('dialog'));
    fireEvent.click(dialog.getByRole('button', { name: 'Terugsturen' }));
    expect(dialog.getByText('Schrijf welke informatie nog nodig is.', { selector: 'p' })).toBeTruthy();

    fireEvent.change(dialog.getByRole('textbox', { name: /Bericht aan de schoolleider/ }), { target: { value: 'Stuur uw diploma mee.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Terugsturen' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
