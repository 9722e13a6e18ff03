import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridValidRowModel } from '@mui/x-data-grid';
import { enUS, nlNL } from '@mui/x-data-grid/locales';
import { useLanguage } from '@srpo/ui';
import { PAGE_SIZES, type CursorPaging } from './useCursorPaging';

const LOCALE_TEXT = {
  nl: {
    ...nlNL.components.MuiDataGrid.defaultProps.localeText,
    // MUI's Dutch locale leaves this one out, so the footer said "1–19 of 19".
    paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) => `${from}–${to} van ${count}`,
  },
  en: enUS.components.MuiDataGrid.defaultProps.localeText,
};

export interface DataTableProps<Row extends GridValidRowModel> {
  /** Accessible name of the grid. */
  label: string;
  rows: readonly Row[];
  columns: readonly GridColDef<Row>[];
  /** `totalCount` of the connection. */
  rowCount: number;
  loading: boolean;
  paging: CursorPaging;
  /** `endCursor` of the rows on screen. */
  endCursor: string | null | undefined;
}

/**
 * A list as MUI X DataGrid with paging (and filtering, by the caller's query) on the server. Rows are
 * not virtualised (a page holds at most 50), so every row is in the document for screen readers and tests.
 */
export function DataTable<Row extends GridValidRowModel>({ label, rows, columns, rowCount, loading, paging, endCursor }: DataTableProps<Row>) {
  const { language } = useLanguage();
  return (
    <Box sx={{ width: '100%' }}>
      <DataGrid<Row>
        aria-label={label}
        rows={rows}
        columns={columns}
        rowCount={rowCount}
        loading={loading}
        paginationMode="server"
        filterMode="server"
        sortingMode="server"
        paginationModel={paging.paginationModel}
        onPaginationModelChange={(model: GridPaginationModel) => paging.onPaginationModelChange(model, endCursor)}
        pageSizeOptions={[...PAGE_SIZES]}
        localeText={LOCALE_TEXT[language]}
        autoHeight
        disableVirtualization
        disableColumnFilter
        disableColumnSorting
        disableColumnMenu
        disableRowSelectionOnClick
        getRowHeight={() => 'auto'}
        sx={{ '& .MuiDataGrid-cell': { py: 1 } }}
      />
    </Box>
  );
}
