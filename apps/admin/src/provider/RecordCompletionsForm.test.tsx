import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CompletionReportFieldsFragment, CompletionRowStatus } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { RecordCompletionsMutation } from './graphql';
import { RecordCompletionsForm } from './RecordCompletionsForm';

const UNKNOWN = 'Dit registernummer is onbekend.';

interface Row {
  registerNumber: string;
  status: CompletionRowStatus;
  leaderName?: string | null;
  code?: string | null;
  message?: string;
  completedOn?: string | null;
  recordedOn?: string | null;
}

function report(dryRun: boolean, rows: Row[]): CompletionReportFieldsFragment {
  const count = (status: CompletionRowStatus) => rows.filter((row) => row.status === status).length;
  return {
    __typename: 'RecordCompletionsResult',
    executionId: 'e1',
    dryRun,
    total: rows.length,
    recorded: count('RECORDED'),
    alreadyRecorded: count('ALREADY_RECORDED'),
    dateDiffers: count('DATE_DIFFERS'),
    rejected: count('REJECTED'),
    rows: rows.map((row, index) => ({
      __typename: 'CompletionRowOutcome',
      row: index + 1,
      registerNumber: row.registerNumber,
      leaderName: row.leaderName ?? null,
      completedOn: row.completedOn ?? '2026-03-01',
      recordedOn: row.recordedOn ?? null,
      status: row.status,
      code: row.code ?? null,
      message: row.message ?? '',
    })),
  };
}

function recordMock(dryRun: boolean, completions: { registerNumber: string; completedOn: string }[], result: CompletionReportFieldsFragment): MockLink.MockedResponse {
  return {
    request: { query: RecordCompletionsMutation, variables: { executionId: 'e1', completions, dryRun } },
    result: { data: { __typename: 'Mutation', recordCompletions: result } },
  };
}

function rowsOf() {
  return screen.getAllByTestId('report-row').map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
}

describe('RecordCompletionsForm', () => {
  it('checks the pasted rows first, showing each leader’s public name, and records only on "Vastleggen"', async () => {
    const sent = [
      { registerNumber: '100042', completedOn: '2026-03-01' },
      { registerNumber: '100043', completedOn: '2026-03-01' },
      { registerNumber: '999999', completedOn: '2026-03-01' },
    ];
    const rows: Row[] = [
      { registerNumber: '100042', status: 'RECORDED', leaderName: 'Anna van der Berg' },
      { registerNumber: '100043', status: 'ALREADY_RECORDED', leaderName: null, recordedOn: '2026-03-01' },
      { registerNumber: '999999', status: 'REJECTED', code: 'UNKNOWN_REGISTER_NUMBER', message: UNKNOWN },
    ];
    const onRecorded = vi.fn();
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={onRecorded} />, {
      mocks: [recordMock(true, sent, report(true, rows)), recordMock(false, sent, report(false, rows))],
    });

    fireEvent.change(screen.getByRole('textbox', { name: /Deelnemers: één per regel/ }), {
      target: { value: '100042;2026-03-01\nfout\n100043;01-03-2026\n999999;2026-03-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    expect((await screen.findByTestId('report-counts')).textContent).toBe('3 regels: 1 vast te leggen, 1 al eerder geregistreerd, 1 afgewezen.');
    expect(screen.getByRole('heading', { name: 'Controle vóór het vastleggen' })).toBeTruthy();
    expect(rowsOf()).toEqual([
      ['1', '100042Anna van der Berg', 'Wordt geregistreerd', ''],
      ['3', '100043Naam niet openbaar in het register', 'Al geregistreerd', ''],
      ['4', '999999', 'Wordt afgewezen', UNKNOWN],
    ]);
    expect(screen.getByTestId('invalid-lines').textContent).toContain('Regel 2: fout');
    expect(onRecorded).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByRole('heading', { name: 'Verslag van de registratie' })).toBeTruthy();
    expect(screen.getByTestId('report-counts').textContent).toBe('3 regels: 1 geregistreerd, 1 al eerder geregistreerd, 1 afgewezen.');
    expect(rowsOf()[0]).toEqual(['1', '100042Anna van der Berg', 'Geregistreerd', '']);
    expect(screen.queryByRole('button', { name: 'Vastleggen' })).toBeNull();
    expect(onRecorded).toHaveBeenCalledOnce();
  });

  it('reports a participant already recorded with another date as its own outcome, naming both dates in words', async () => {
    const sent = [{ registerNumber: '100042', completedOn: '2026-03-05' }];
    const rows: Row[] = [{ registerNumber: '100042', status: 'DATE_DIFFERS', leaderName: 'Anna van der Berg', completedOn: '2026-03-05', recordedOn: '2026-03-03' }];
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={() => undefined} />, { mocks: [recordMock(true, sent, report(true, rows))] });

    fireEvent.change(screen.getByRole('textbox', { name: /Deelnemers: één per regel/ }), { target: { value: '100042;5-3-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));

    expect((await screen.findByTestId('report-date-differs')).textContent).toBe(' 1 deelnemer staat al vastgelegd met een andere datum; die datum is niet overgenomen.');
    expect(rowsOf()).toEqual([
      ['1', '100042Anna van der Berg', 'Andere datum', 'Al vastgelegd op 3 maart 2026; 5 maart 2026 is niet overgenomen. Trek de afronding in om de datum te corrigeren.'],
    ]);
    // Nothing to record: no "Vastleggen".
    expect(screen.queryByRole('button', { name: 'Vastleggen' })).toBeNull();
  });

  it('drops a check when the rows are changed afterwards', async () => {
    const sent = [{ registerNumber: '100042', completedOn: '2026-03-01' }];
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={() => undefined} />, {
      mocks: [recordMock(true, sent, report(true, [{ registerNumber: '100042', status: 'RECORDED', leaderName: 'Anna van der Berg' }]))],
    });
    const rows = screen.getByRole('textbox', { name: /Deelnemers: één per regel/ });
    fireEvent.change(rows, { target: { value: '100042;2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await screen.findByRole('button', { name: 'Vastleggen' });

    fireEvent.change(rows, { target: { value: '100024;2026-03-01' } });
    expect(screen.queryByRole('button', { name: 'Vastleggen' })).toBeNull();
    expect(screen.queryByTestId('completion-report')).toBeNull();
  });

  it('checks a CSV file, then records the same file', async () => {
    const upload = vi.fn(async (_executionId: string, _file: Blob, dryRun: boolean) =>
      report(dryRun, [
        { registerNumber: '100042', status: 'RECORDED', leaderName: 'Anna van der Berg' },
        { registerNumber: '100042', status: 'REJECTED', code: 'DUPLICATE_ROW', message: 'Deze deelnemer staat al eerder in de upload.', leaderName: 'Anna van der Berg' },
      ]),
    );
    const onRecorded = vi.fn();
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={onRecorded} upload={upload} />);

    fireEvent.click(screen.getByRole('button', { name: 'CSV controleren' }));
    expect(screen.getByRole('alert').textContent).toBe('Kies een CSV-bestand.');

    const file = new File(['registernummer;datum\n100042;2026-03-01\n100042;2026-03-01\n'], 'deelnemers.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText(/CSV-bestand/), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'CSV controleren' }));

    expect((await screen.findByTestId('report-counts')).textContent).toBe('2 regels: 1 vast te leggen, 0 al eerder geregistreerd, 1 afgewezen.');
    expect(upload).toHaveBeenCalledWith('e1', file, true);
    expect(rowsOf()[1]).toEqual(['2', '100042Anna van der Berg', 'Wordt afgewezen', 'Deze deelnemer staat al eerder in de upload.']);

    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByRole('heading', { name: 'Verslag van de registratie' })).toBeTruthy();
    expect(upload).toHaveBeenLastCalledWith('e1', file, false);
    expect(screen.getByTestId('report-counts').textContent).toBe('2 regels: 1 geregistreerd, 0 al eerder geregistreerd, 1 afgewezen.');
    expect(onRecorded).toHaveBeenCalledOnce();
  });

  it('says "1 regel", not "1 regels"', async () => {
    const sent = [{ registerNumber: '100042', completedOn: '2026-03-01' }];
    renderWithProviders(<RecordCompletionsForm executionId="e1" onRecorded={() => undefined} />, {
      mocks: [recordMock(true, sent, report(true, [{ registerNumber: '100042', status: 'RECORDED', leaderName: 'Anna van der Berg' }]))],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Deelnemers: één per regel/ }), { target: { value: '100042;2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect((await screen.findByTestId('report-counts')).textContent).toBe('1 regel: 1 vast te leggen, 0 al eerder geregistreerd, 0 afgewezen.');
  });
});
