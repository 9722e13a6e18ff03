import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams, GridValidRowModel } from '@mui/x-data-grid';
import { LoadingIndicator, useLanguage } from '@srpo/ui';
import type { ReactNode } from 'react';
import { PAGE_SIZES } from './useCursorPaging';
import type { DataTableProps } from './DataTable';
import { GRID_LOCALE_TEXT } from './gridLocale';

/** What a grid cell would show: its `renderCell`, else its `valueGetter`, else the row's field. */
function cellContent<Row extends GridValidRowModel>(column: GridColDef<Row>, row: Row): ReactNode {
  const raw = row[column.field] as unknown;
  const value = column.valueGetter ? (column.valueGetter as (value: unknown, row: Row) => unknown)(raw, row) : raw;
  // Cells of the portal read `row` and `value` only; the grid's other parameters do not exist outside it.
  if (column.renderCell) return column.renderCell({ row, value, field: column.field } as GridRenderCellParams<Row>);
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/**
 * The rows of a `DataTable` as cards, for narrow screens: every column stays readable (label and
 * value) without sideways scrolling. The first column is the card's heading; paging is the grid's.
 */
export function DataCards<Row extends GridValidRowModel>({ label, rows, columns, rowCount, loading, paging, endCursor }: DataTableProps<Row>) {
  const { language } = useLanguage();
  const [first, ...rest] = columns;
  return (
    <Box>
      {loading && rows.length === 0 ? <LoadingIndicator /> : null}
      {!loading && rows.length === 0 ? <Typography sx={{ py: 2 }}>{GRID_LOCALE_TEXT[language].noRowsLabel}</Typography> : null}
      <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
        {rows.map((row, index) => (
          <Paper component="li" key={String(row.id ?? index)} variant="outlined" sx={{ p: 2 }}>
            {first ? (
              <Typography component="div" sx={{ fontWeight: 600, mb: 1 }}>
                {cellContent(first, row)}
              </Typography>
            ) : null}
            <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', columnGap: 1.5, rowGap: 0.5 }}>
              {rest.map((column) => (
                <Box key={column.field} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {column.headerName}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {cellContent(column, row)}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Paper>
        ))}
      </Box>
      <TablePagination
        component="div"
        count={rowCount}
        page={paging.paginationModel.page}
        rowsPerPage={paging.paginationModel.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_event, page) => paging.onPaginationModelChange({ page, pageSize: paging.paginationModel.pageSize }, endCursor)}
        onRowsPerPageChange={(event) => paging.onPaginationModelChange({ page: 0, pageSize: Number(event.target.value) }, endCursor)}
        sx={{ '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', px: 0 } }}
      />
    </Box>
  );
}
