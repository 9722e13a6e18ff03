import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../test/fixtures';
import { renderWithProviders } from '../test/renderWithProviders';
import { AddCertificateDialog } from './AddCertificateDialog';
import { completion, offeringsMock } from './fixtures';
import { SubmitCertificateMutation } from './graphql';

const OUTSIDE = 'Op deze datum was het aanbod niet gecertificeerd; het certificaat telt niet.';

function render(mocks: MockLink.MockedResponse[] = []) {
  const onSubmitted = vi.fn();
  renderWithProviders(<AddCertificateDialog open onClose={() => undefined} onSubmitted={onSubmitted} />, { mocks: [offeringsMock, ...mocks] });
  return onSubmitted;
}

async function choose(label: RegExp, option: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

const submit = (completedOn: string) => ({ query: SubmitCertificateMutation, variables: { executionId: 'e1', completedOn } });

describe('AddCertificateDialog', () => {
  it('asks for the offering, the execution and the date before sending', async () => {
    render();
    await screen.findByRole('combobox', { name: /Gecertificeerd aanbod/ });
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    expect(screen.getByText('Kies het aanbod.')).toBeTruthy();
    expect(screen.getByText('Kies de uitvoering.')).toBeTruthy();
    expect(screen.getByText('Vul de datum van afronding in.')).toBeTruthy();
  });

  it('lists the executions of the chosen offering and submits the certificate', async () => {
    const onSubmitted = render([
      { request: submit('2026-03-01'), result: { data: { __typename: 'Mutation', submitCertificate: completion() } } },
    ]);
    await choose(/Gecertificeerd aanbod/, 'Leiderschap in verandering (Academie Noord)');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Uitvoering/ }));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '1 februari 2026 t/m 1 december 2026, Utrecht',
      '1 september 2026 t/m 31 januari 2027, online',
    ]);
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: /Utrecht/ }));
    fireEvent.change(screen.getByLabelText(/Datum van afronding/), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    await vi.waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
  });

  it('shows the API’s Dutch refusal', async () => {
    const onSubmitted = render([
      { request: submit('2020-01-01'), result: { errors: [apiError('BAD_USER_INPUT', OUTSIDE, { reason: 'OUTSIDE_CERTIFICATION_PERIOD', field: 'completedOn' })] } },
    ]);
    await choose(/Gecertificeerd aanbod/, 'Leiderschap in verandering (Academie Noord)');
    await choose(/Uitvoering/, '1 februari 2026 t/m 1 december 2026, Utrecht');
    fireEvent.change(screen.getByLabelText(/Datum van afronding/), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(OUTSIDE);
    expect(onSubmitted).not.toHaveBeenCalled();
  });
});
