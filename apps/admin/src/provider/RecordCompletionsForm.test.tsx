import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CompletionReportFieldsFragment } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { RecordCompletionsMutation } from './graphql';
import { RecordCompletionsForm } from './RecordCompletionsForm';

const UNKNOWN = 'Dit registernummer is onbekend.';

function report(rows: [string, 'RECORDED' | 'ALREADY_RECORDED' | 'REJECTED', string | null, string][]): CompletionReportFieldsFragment {
  return {
    __typename: 'RecordCompletionsResult',
    executionId: 'e1',
    total: rows.length,
    recorded: rows.filter((row) => row[1] === 'RECORDED').length,
    alreadyRecorded: rows.filter((row) => row[1] === 'ALREADY_RECORDED').length,
    rejected: rows.filter((row) => row[1] === 'REJECTED').length,
    rows: rows.map(([registerNumber, status, code, message], index) => ({ __typename: 'CompletionRowOutcome', row: index + 1, registerNumber, status, code, message })),
  };
}

function rowsOf() {
  return screen.getAllByTestId('report-row').map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
}

describe('RecordCompletionsForm', () => {
  it('sends the pasted rows and shows counts and the outcome per line (lines as typed)', async () => {
    const recorded: MockLink.MockedResponse = {
      request: {
        query: RecordCompletionsMutation,
        variables: {
          executionId: 'e1',
          completions: [
            { registerNumber: '100042', completedOn: '2026-03-01' },
            { registerNumber: '100043', completedOn: '2026-03-01' },
            { registerNumber: '999999', completedOn: '2026-03-01' },
          ],
        },
      },
      result: {
        data: {
          __typename: 'Mutation',
          recordCompletions: report([
            ['100042', 'RECORDED', null, 'Geregistreerd.'],
            ['100043', 'ALREADY_RECORDED', null, 'Al geregistreerd.'],
            ['999999', 'REJECTED', 'UNKNOWN_REGISTER_NUMBER', UNKNOWN],
          ]),
        },
      },
    };
    const onRecorded = vi.fn();
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={onRecorded} />, { mocks: [recorded] });

    fireEvent.change(screen.getByRole('textbox', { name: /Deelnemers: één per regel/ }), {
      target: { value: '100042;2026-03-01\nfout\n100043;01-03-2026\n999999;2026-03-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));

    expect((await screen.findByTestId('report-counts')).textContent).toBe('3 regels: 1 geregistreerd, 1 al eerder geregistreerd, 1 afgewezen.');
    expect(rowsOf()).toEqual([
      ['1', '100042', 'Geregistreerd', ''],
      ['3', '100043', 'Al geregistreerd', ''],
      ['4', '999999', 'Afgewezen', UNKNOWN],
    ]);
    expect(screen.getByTestId('invalid-lines').textContent).toContain('Regel 2: fout');
    expect(onRecorded).toHaveBeenCalledOnce();
  });

  it('uploads a CSV file and shows its report', async () => {
    const upload = vi.fn(async () => report([['100042', 'RECORDED', null, 'Geregistreerd.'], ['100042', 'REJECTED', 'DUPLICATE_ROW', 'Deze deelnemer staat al eerder in de upload.']]));
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={() => undefined} upload={upload} />);

    fireEvent.click(screen.getByRole('button', { name: 'CSV uploaden' }));
    expect(screen.getByRole('alert').textContent).toBe('Kies een CSV-bestand.');

    const file = new File(['registernummer;datum\n100042;2026-03-01\n100042;2026-03-01\n'], 'deelnemers.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText(/CSV-bestand/), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'CSV uploaden' }));

    expect((await screen.findByTestId('report-counts')).textContent).toBe('2 regels: 1 geregistreerd, 0 al eerder geregistreerd, 1 afgewezen.');
    expect(upload).toHaveBeenCalledWith('e1', file);
    expect(rowsOf()[1]).toEqual(['2', '100042', 'Afgewezen', 'Deze deelnemer staat al eerder in de upload.']);
  });
});
