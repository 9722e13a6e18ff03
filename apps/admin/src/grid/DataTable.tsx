import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridValidRowModel } from '@mui/x-data-grid';
import { useLanguage } from '@srpo/ui';
import { DataCards } from './DataCards';
import { GRID_LOCALE_TEXT } from './gridLocale';
import { PAGE_SIZES, type CursorPaging } from './useCursorPaging';

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
 * Below the `md` breakpoint the same rows are cards (`DataCards`): a phone never scrolls sideways.
 */
export function DataTable<Row extends GridValidRowModel>(props: DataTableProps<Row>) {
  const { label, rows, columns, rowCount, loading, paging, endCursor } = props;
  const { language } = useLanguage();
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  if (narrow) return <DataCards {...props} />;
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
        localeText={GRID_LOCALE_TEXT[language]}
        autoHeight
        disableVirtualization
        disableColumnFilter
        disableColumnSorting
        disableColumnMenu
        disableRowSelectionOnClick
        getRowHeight={() => 'auto'}
        sx={{
          // Long values and headers wrap instead of being cut off.
          '& .MuiDataGrid-cell': { py: 1, whiteSpace: 'normal', overflowWrap: 'anywhere' },
          '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
        }}
      />
    </Box>
  );
}
