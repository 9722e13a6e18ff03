import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { DataTable } from './DataTable';
import type { CursorPaging } from './useCursorPaging';

const paging: CursorPaging = {
  paginationModel: { page: 0, pageSize: 25 },
  first: 25,
  after: null,
  onPaginationModelChange: () => undefined,
  reset: () => undefined,
};
const rows = Array.from({ length: 19 }, (_, index) => ({ id: String(index + 1), name: `Rij ${index + 1}` }));

describe('DataTable', () => {
  it('counts the rows in Dutch in its footer', () => {
    renderWithProviders(
      <DataTable label="Lijst" rows={rows} columns={[{ field: 'name', headerName: 'Naam' }]} rowCount={19} loading={false} paging={paging} endCursor={null} />,
    );
    expect(screen.getByText('1–19 van 19')).toBeTruthy();
    expect(screen.getByText('Regels per pagina:')).toBeTruthy();
  });
});
