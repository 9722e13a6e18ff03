import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LegacyImportState } from '../gql/graphql';
import { renderWithProviders } from '../test/renderWithProviders';
import { CheckLegacyImportMutation, LegacyImportQuery, LegacyImportRowsQuery, RunLegacyImportMutation } from './graphql';
import { LegacyImportPage } from './LegacyImportPage';

// The uploads (POST /imports, POST /imports/:id/files) are the page's only requests outside GraphQL: answered here as the API would.
const upload = vi.fn(async () => new Response(JSON.stringify({ id: 'imp-1' }), { status: 201, headers: { 'content-type': 'application/json' } }));
beforeEach(() => vi.stubGlobal('fetch', upload));
afterEach(() => {
  vi.unstubAllGlobals();
  upload.mockClear();
});

const counts = (kind: string, created: number, unchanged: number, refused: number) => ({
  __typename: 'LegacyImportKindCounts' as const,
  kind,
  read: created + unchanged + refused,
  created,
  updated: 0,
  unchanged,
  refused,
});

const report = (refused: number) => ({
  __typename: 'LegacyImportReport' as const,
  seconds: 2.5,
  counts: [counts('besturen', 993, 0, 0), counts('schoolleiders', 8912, 0, refused)],
  problems: [{ __typename: 'LegacyImportFileProblem' as const, file: 'extra.csv', reasons: [{ __typename: 'LegacyImportReason' as const, code: 'LEGACY_FILE_UNKNOWN_KIND', message: 'Onbekende soort: extra.' }] }],
});

function state(value: LegacyImportState, fields: Record<string, unknown> = {}) {
  return {
    request: { query: LegacyImportQuery, variables: { id: 'imp-1' } },
    result: {
      data: {
        __typename: 'Query' as const,
        legacyImport: {
          __typename: 'LegacyImport' as const,
          id: 'imp-1',
          state: value,
          failed: false,
          fileNames: ['besturen.csv', 'schoolleiders.csv'],
          createdAt: '2026-11-30T05:00:00.000Z',
          progress: [],
          dryRunReport: null,
          runReport: null,
          ...fields,
        },
      },
    },
  };
}

const progress = (kind: string, processed: number, total: number | null) => ({ __typename: 'LegacyImportProgress' as const, kind, read: processed, processed, total });
const started = (name: 'checkLegacyImport' | 'runLegacyImport', query: typeof CheckLegacyImportMutation | typeof RunLegacyImportMutation, next: LegacyImportState) => ({
  request: { query, variables: { id: 'imp-1' } },
  result: { data: { __typename: 'Mutation' as const, [name]: { __typename: 'LegacyImport' as const, id: 'imp-1', state: next } } },
});
const refusedRows = {
  request: { query: LegacyImportRowsQuery, variables: { id: 'imp-1', pass: 'DRY_RUN', offset: 0, first: 25 } },
  result: {
    data: {
      __typename: 'Query' as const,
      legacyImportRows: {
        __typename: 'LegacyImportRowPage' as const,
        totalCount: 1,
        rows: [
          {
            __typename: 'LegacyImportRow' as const,
            kind: 'schoolleiders',
            rowNumber: 1234,
            outcome: 'REFUSED' as const,
            reasons: [{ __typename: 'LegacyImportReason' as const, code: 'LEGACY_DATE_INVALID', message: 'De datum in kolom ingeschreven_op is geen geldige datum: 31-2-2018.' }],
          },
        ],
      },
    },
  },
};

const chooseFiles = (...names: string[]) =>
  fireEvent.change(screen.getByLabelText('Bestanden kiezen', { selector: 'input' }), { target: { files: names.map((name) => new File(['a;b\n'], name, { type: name.endsWith('.csv') ? 'text/csv' : '' })) } });

describe('LegacyImportPage', () => {
  it('uploads the CSV files, shows the dry run’s progress and report in Dutch, then imports after confirmation', async () => {
    renderWithProviders(<LegacyImportPage />, {
      route: '/medewerker/import',
      mocks: [
        started('checkLegacyImport', CheckLegacyImportMutation, 'DRY_RUN_QUEUED'),
        state('DRY_RUN_RUNNING', { progress: [progress('besturen', 993, null), progress('schoolleiders', 1200, 10000)] }),
        state('DRY_RUN_DONE', { dryRunReport: report(1) }),
        refusedRows,
        started('runLegacyImport', RunLegacyImportMutation, 'RUN_QUEUED'),
        state('DONE', { dryRunReport: report(1), runReport: report(1) }),
        refusedRows,
        { ...refusedRows, request: { ...refusedRows.request, variables: { ...refusedRows.request.variables, pass: 'RUN' } } },
      ],
    });

    chooseFiles('registers.xlsx', 'besturen.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden en proefrun starten' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kies één Excel-werkmap, of alleen CSV-bestanden.');
    expect(upload).not.toHaveBeenCalled();

    chooseFiles('besturen.csv', 'schoolleiders.csv');
    expect(screen.getByText('2 bestanden gekozen: besturen.csv, schoolleiders.csv')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden en proefrun starten' }));
    const bar = await screen.findByRole('progressbar', { name: 'Voortgang Schoolleiders' });
    expect(bar.getAttribute('aria-valuetext')).toBe('1.200 van 10.000 rijen verwerkt');
    expect(upload.mock.calls.map((call) => (call as unknown as [string])[0])).toEqual(['/imports', '/imports/imp-1/files']);
    expect(upload.mock.calls[1]).toMatchObject(['/imports/imp-1/files', { method: 'POST', headers: { 'X-File-Name': 'schoolleiders.csv' } }]);
    expect(screen.getByText('Stand: Proefrun bezig')).toBeTruthy();

    // The page polls until the dry run is done.
    const table = within(await screen.findByRole('region', { name: 'Wat de import per soort zou doen' }, { timeout: 4000 }));
    const leaders = table.getByRole('row', { name: /Schoolleiders/ });
    expect(within(leaders).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['8.913', '8.912', '0', '0', '1']);
    expect(screen.getByText('extra.csv: Onbekende soort: extra.')).toBeTruthy();
    const refused = within(await screen.findByTestId('legacy-refused-DRY_RUN'));
    expect(refused.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Schoolleiders', '1.234', 'De datum in kolom ingeschreven_op is geen geldige datum: 31-2-2018.']);
    expect(within(screen.getByTestId('legacy-import')).queryByText(/LEGACY_|DRY_RUN|^schoolleiders$/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Oud register importeren?' }));
    expect(dialog.getByText(/9\.905 rijen worden nieuw of gewijzigd opgeslagen/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Ja, importeren' }));

    expect(await screen.findByRole('region', { name: 'Wat de import per soort heeft gedaan' }, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByText('Stand: Import klaar')).toBeTruthy();
    expect(screen.getByText(/Nog een keer importeren met dezelfde bestanden verandert niets/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
  });

  it('shows each kind’s columns from the domain’s definitions with a CSV template', () => {
    renderWithProviders(<LegacyImportPage />, { route: '/medewerker/import' });
    const template = within(screen.getByRole('region', { name: 'Kolommen per soort' }));
    const leaders = template.getByRole('row', { name: /^Schoolleiders/ });
    expect(within(leaders).getByText('registratienummer, voornaam, tussenvoegsel (optioneel), achternaam, geboortedatum (optioneel), email (optioneel), ingeschreven_op')).toBeTruthy();
    expect(within(leaders).getByRole('button', { name: 'schoolleiders.csv' })).toBeTruthy();
    expect(template.getAllByRole('row')).toHaveLength(8);
  });
});
