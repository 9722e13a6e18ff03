import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

const submit = (completedOn: string) => ({ query: SubmitCertificateMutation, variables: { executionId: 'e1', completedOn, documentId: 'd1' } });
const pdf = () => new File(['%PDF-1.4'], 'certificaat.pdf', { type: 'application/pdf' });
const chooseFile = (file: File) => fireEvent.change(screen.getByLabelText(/Certificaat \(bestand\)/), { target: { files: [file] } });

// The upload (POST /documents) is the portal's only request outside GraphQL: answered here as the API would.
const upload = vi.fn(async () => new Response(JSON.stringify({ id: 'd1' }), { status: 201, headers: { 'content-type': 'application/json' } }));
beforeEach(() => vi.stubGlobal('fetch', upload));
afterEach(() => {
  vi.unstubAllGlobals();
  upload.mockClear();
});

describe('AddCertificateDialog', () => {
  it('asks for the offering, the execution and the date before sending', async () => {
    render();
    await screen.findByRole('combobox', { name: /Gecertificeerd aanbod/ });
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    expect(screen.getByText('Kies het aanbod.')).toBeTruthy();
    expect(screen.getByText('Kies de uitvoering.')).toBeTruthy();
    expect(screen.getByText('Vul de datum van afronding in.')).toBeTruthy();
    expect(screen.getByText('Voeg het bestand van uw certificaat toe.')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it('refuses a file type the API does not take, without sending it', async () => {
    render();
    await choose(/Gecertificeerd aanbod/, 'Leiderschap in verandering (Academie Noord)');
    await choose(/Uitvoering/, '1 februari 2026 t/m 1 december 2026, Utrecht');
    fireEvent.change(screen.getByLabelText(/Datum van afronding/), { target: { value: '2026-03-01' } });
    chooseFile(new File(['x'], 'certificaat.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    expect(await screen.findByText('Alleen PDF-, PNG- en JPEG-bestanden kunnen worden toegevoegd.')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it('lists the executions of the chosen offering, uploads the file and submits the certificate with it', async () => {
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
    chooseFile(pdf());
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    await vi.waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
    expect(upload).toHaveBeenCalledOnce();
    expect(upload.mock.calls[0]).toMatchObject(['/documents', { method: 'POST', headers: { 'Content-Type': 'application/pdf', 'X-File-Name': 'certificaat.pdf' } }]);
  });

  it('shows the API’s Dutch refusal, and a retry does not upload the file again', async () => {
    const onSubmitted = render([
      { request: submit('2020-01-01'), result: { errors: [apiError('BAD_USER_INPUT', OUTSIDE, { reason: 'OUTSIDE_CERTIFICATION_PERIOD', field: 'completedOn' })] } },
      { request: submit('2026-03-01'), result: { data: { __typename: 'Mutation', submitCertificate: completion() } } },
    ]);
    await choose(/Gecertificeerd aanbod/, 'Leiderschap in verandering (Academie Noord)');
    await choose(/Uitvoering/, '1 februari 2026 t/m 1 december 2026, Utrecht');
    fireEvent.change(screen.getByLabelText(/Datum van afronding/), { target: { value: '2020-01-01' } });
    chooseFile(pdf());
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(OUTSIDE);
    expect(onSubmitted).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Datum van afronding/), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Certificaat indienen' }));
    await vi.waitFor(() => expect(onSubmitted).toHaveBeenCalledOnce());
    expect(upload).toHaveBeenCalledOnce();
  });
});
