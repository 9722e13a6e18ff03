import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { connection } from '../test/connection';
import { renderWithProviders } from '../test/renderWithProviders';
import { completion, offeringsMock } from './fixtures';
import { CertificatesToVerifyQuery, VerifyCertificateMutation } from './graphql';
import { VerifyCertificatesPage } from './VerifyCertificatesPage';

const toVerify = (certificates: unknown[], page: { after?: string; hasNextPage?: boolean; endCursor?: string; totalCount?: number } = {}): MockLink.MockedResponse => ({
  request: { query: CertificatesToVerifyQuery, variables: page.after ? { after: page.after } : {} },
  result: { data: { __typename: 'Query', certificatesToVerify: connection('Completion', certificates, page) } },
});

const pending = [completion(), completion({ id: 'c2', executionId: 'gone', completedOn: '2025-11-15', document: null, leader: { __typename: 'LeaderSummary', id: 'l2', displayName: 'Jan de Vries', registerNumber: 'SR-000456' } })];

function render(mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<VerifyCertificatesPage />, { mocks: [offeringsMock, toVerify(pending), ...mocks], route: '/medewerker/certificaten' });
}

describe('VerifyCertificatesPage', () => {
  it('lists leader, offering, execution, date and the certificate’s file to download; an execution outside the catalogue by its id', async () => {
    render([]);
    const rows = await screen.findAllByTestId('certificate-to-verify');
    await within(rows[0]!).findByText('Leiderschap in verandering (Academie Noord)');
    expect(rows[0]!.textContent).toContain('Fatima el Amrani (SR-000123)');
    expect(rows[0]!.textContent).toContain('1 februari 2026 t/m 1 december 2026');
    expect(rows[0]!.textContent).toContain('1 maart 2026');
    expect(rows[1]!.textContent).toContain('Uitvoering gone');
    const file = within(rows[0]!).getByRole('link', { name: /^certificaat\.pdf/ });
    expect(file.getAttribute('href')).toBe('/documents/d1');
    expect(file.getAttribute('download')).toBe('');
    expect(rows[1]!.textContent).toContain('Geen bestand');
    expect(screen.getByRole('link', { name: 'Certificaten controleren' })).toBeTruthy();
  });

  it('approves a certificate', async () => {
    render([
      {
        request: { query: VerifyCertificateMutation, variables: { id: 'c1', version: 1, approve: true, reason: null } },
        result: { data: { __typename: 'Mutation', verifyCertificate: completion({ status: 'VERIFIED', version: 2, handledOn: '2026-03-02' }) } },
      },
      toVerify(pending.slice(1)),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Certificaat van Fatima el Amrani goedkeuren' }));
    expect((await screen.findByRole('status')).textContent).toBe('Het certificaat van Fatima el Amrani is goedgekeurd.');
    await screen.findByText('Uitvoering gone');
    await expect.poll(() => screen.queryAllByTestId('certificate-to-verify').length).toBe(1);
  });

  it('rejects only with a reason and shows the API’s answer', async () => {
    render([
      {
        request: { query: VerifyCertificateMutation, variables: { id: 'c2', version: 1, approve: false, reason: 'Geen deelnemer van deze uitvoering.' } },
        result: { errors: [apiError('CONFLICT', 'Dit certificaat is al beoordeeld.')] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Certificaat van Jan de Vries afwijzen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Certificaat van Jan de Vries afwijzen' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(within(dialog).getByText('Geef aan waarom het certificaat wordt afgewezen.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reden van afwijzing/ }), { target: { value: 'Geen deelnemer van deze uitvoering.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Dit certificaat is al beoordeeld.');
  });

  it('loads the next page under the first with "Meer laden"', async () => {
    const third = completion({ id: 'c3', leader: { __typename: 'LeaderSummary', id: 'l3', displayName: 'Els Jansen', registerNumber: 'SR-000789' } });
    renderWithProviders(<VerifyCertificatesPage />, {
      mocks: [offeringsMock, toVerify(pending, { hasNextPage: true, endCursor: 'p1', totalCount: 3 }), toVerify([third], { after: 'p1', totalCount: 3 })],
      route: '/medewerker/certificaten',
    });
    expect(await screen.findAllByTestId('certificate-to-verify')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByText(/Els Jansen/);
    expect(screen.getAllByTestId('certificate-to-verify')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
  });
});
