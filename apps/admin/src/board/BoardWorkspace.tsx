import { useApolloClient, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, RegistrationStatusChip, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { BoardLeadersQuery as BoardLeadersResult } from '../gql/graphql';
import { downloadFile, toCsv } from '../grid/csv';
import { DataTable } from '../grid/DataTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { paths, pathWithId } from '../routes';
import { BOARD_FILTER_COUNT_ALIAS, BOARD_FILTERS, boardFilterCountVariables, boardFilterVariables, type BoardFilter } from './boardFilters';
import { BoardFilterCountsQuery, BoardLeadersQuery } from './graphql';
import { useBoardLeaderCells, type BoardLeaderRow } from './useBoardLeaderCells';

/** Rows per request while exporting (the API's maximum for this list). */
const EXPORT_PAGE = 200;

/** `/bestuur`: the board's leaders, their registration and when they are due, with filters for who needs attention. */
export function BoardWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.BOARD.title') }));
  const labels = useApplicationLabels();
  const cells = useBoardLeaderCells();
  const client = useApolloClient();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const [filter, setFilter] = useState<BoardFilter>('ALL');
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const paging = useCursorPaging();
  const { data, error, loading, refetch } = useQuery(BoardLeadersQuery, {
    variables: { ...boardFilterVariables(filter, today), first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const counts = useQuery(BoardFilterCountsQuery, { variables: boardFilterCountVariables(today), fetchPolicy: 'cache-and-network' }).data;

  const due = (row: BoardLeaderRow) => (row.registration?.reRegistrationDue ? labels.date(row.registration.reRegistrationDue) : '—');
  const columns: GridColDef<BoardLeaderRow>[] = [
    {
      field: 'displayName',
      headerName: t('board.columns.name'),
      flex: 1.4,
      minWidth: 160,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={pathWithId(paths.boardLeader, row.id)}>
          {row.displayName}
        </Link>
      ),
    },
    { field: 'registerNumber', headerName: t('board.columns.registerNumber'), flex: 0.8, minWidth: 110 },
    { field: 'employment', headerName: t('board.columns.employment'), flex: 2, minWidth: 180, valueGetter: (_value, row) => cells.employment(row) },
    { field: 'title', headerName: t('board.columns.title'), flex: 0.7, minWidth: 90, valueGetter: (_value, row) => cells.title(row) },
    {
      field: 'status',
      headerName: t('board.columns.status'),
      flex: 1.1,
      minWidth: 170,
      renderCell: ({ row }) => (row.registration ? <RegistrationStatusChip status={row.registration.status} /> : '—'),
    },
    { field: 'due', headerName: t('board.columns.due'), flex: 1, minWidth: 130, valueGetter: (_value, row) => due(row) },
  ];

  /** Every leader of the chosen filter (all pages) as a CSV file. */
  async function exportCsv() {
    setExporting(true);
    setExportFailed(false);
    try {
      const rows: BoardLeaderRow[] = [];
      let after: string | null = null;
      do {
        const page: { data?: BoardLeadersResult } = await client.query({
          query: BoardLeadersQuery,
          variables: { ...boardFilterVariables(filter, today), first: EXPORT_PAGE, after },
          fetchPolicy: 'network-only',
        });
        const connection = page.data?.boardLeaders;
        if (!connection) throw new Error('no data');
        rows.push(...connection.edges.map((edge) => edge.node));
        after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
      } while (after);
      const header = ['name', 'registerNumber', 'employment', 'title', 'status', 'due'].map((column) => t(`board.columns.${column}` as 'board.columns.name'));
      // Dates stay ISO (yyyy-mm-dd) in the file: spreadsheets sort and recognise them.
      const lines = rows.map((row) => [row.displayName, row.registerNumber, cells.employment(row), cells.title(row), cells.status(row), row.registration?.reRegistrationDue ?? '']);
      downloadFile(t('board.export.fileName', { filter: t(`board.filters.${filter}`), date: today }), toCsv(header, lines));
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  const connection = data?.boardLeaders;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.BOARD.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('board.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Box role="group" aria-label={t('board.filterLabel')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="board-filter">
          {BOARD_FILTERS.map((value) => {
            const count = counts?.[BOARD_FILTER_COUNT_ALIAS[value]]?.totalCount;
            return (
              <Chip
                key={value}
                label={count === undefined ? t(`board.filters.${value}`) : t('board.filterWithCount', { filter: t(`board.filters.${value}`), count })}
                color={filter === value ? 'primary' : 'default'}
                variant={filter === value ? 'filled' : 'outlined'}
                aria-pressed={filter === value}
                onClick={() => {
                  setFilter(value);
                  paging.reset();
                }}
              />
            );
          })}
        </Box>
        <Button variant="outlined" onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? t('board.export.busy') : t('board.export.button')}
        </Button>
      </Box>
      {exportFailed && <ErrorMessage message={t('board.export.error')} onRetry={() => void exportCsv()} />}
      {error && !connection ? (
        <ErrorMessage message={t('board.loadError')} onRetry={() => void refetch()} />
      ) : (
        <DataTable
          label={t('board.gridLabel')}
          rows={connection?.edges.map((edge) => edge.node) ?? []}
          columns={columns}
          rowCount={connection?.totalCount ?? 0}
          loading={loading}
          paging={paging}
          endCursor={connection?.pageInfo.endCursor}
        />
      )}
    </>
  );
}
