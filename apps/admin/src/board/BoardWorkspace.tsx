import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { calendarDate, todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, RegistrationStatusChip, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { DataTable } from '../grid/DataTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { paths, pathWithId } from '../routes';
import { BoardCounts } from './BoardCounts';
import { BoardNav } from './BoardNav';
import { boardFilterVariables, type BoardFilter } from './boardFilters';
import { BoardLeadersQuery, BoardOverviewQuery } from './graphql';
import { useBoardLeaderCells, type BoardLeaderRow } from './useBoardLeaderCells';

/** The API's export of the board's leaders (session cookie), proxied like the other file routes. */
export const BOARD_EXPORT_URLS = { csv: '/boards/leaders.csv', xlsx: '/boards/leaders.xlsx' } as const;

/**
 * `/bestuur`: the board's counts per status and due window (each filters the list), its leaders with
 * registration, due date and themes toward re-registration, and the export as XLSX or CSV.
 */
export function BoardWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.BOARD.title') }));
  const labels = useApplicationLabels();
  const cells = useBoardLeaderCells();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const [filter, setFilter] = useState<BoardFilter>('ALL');
  const paging = useCursorPaging();
  const overview = useQuery(BoardOverviewQuery, { fetchPolicy: 'cache-and-network' });
  // The day the counts are for, so a count and the list it opens select the same leaders.
  const asOf = overview.data ? calendarDate(overview.data.boardOverview.asOf) : today;
  const { data, error, loading, refetch } = useQuery(BoardLeadersQuery, {
    variables: { ...boardFilterVariables(filter, asOf), first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

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
    {
      field: 'themes',
      headerName: t('boardOverview.themesColumn'),
      flex: 0.8,
      minWidth: 110,
      valueGetter: (_value, row) => (row.reRegistrationThemes ? t('boardOverview.themesOf', row.reRegistrationThemes) : '—'),
    },
  ];

  const connection = data?.boardLeaders;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.BOARD.title')}
      </Typography>
      <BoardNav />
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('board.intro')}</Typography>
      <Box component="section" aria-labelledby="board-overview-heading" sx={{ mb: 3 }}>
        <Typography id="board-overview-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 0.5 }}>
          {t('boardOverview.title')}
        </Typography>
        {overview.data ? (
          <>
            <Typography sx={{ mb: 2 }}>{t('boardOverview.asOf', { date: labels.date(overview.data.boardOverview.asOf) })}</Typography>
            <BoardCounts
              overview={overview.data.boardOverview}
              filter={filter}
              onFilter={(value) => {
                setFilter(value);
                paging.reset();
              }}
            />
          </>
        ) : overview.error ? (
          <ErrorMessage message={t('boardOverview.loadError')} onRetry={() => void overview.refetch()} />
        ) : (
          <LoadingIndicator />
        )}
      </Box>
      <Box component="section" aria-labelledby="board-export-heading" sx={{ mb: 3 }}>
        <Typography id="board-export-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 0.5 }}>
          {t('boardOverview.export.label')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{t('boardOverview.export.hint')}</Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button variant="outlined" href={BOARD_EXPORT_URLS.xlsx} download>
            {t('boardOverview.export.xlsx')}
          </Button>
          <Button variant="outlined" href={BOARD_EXPORT_URLS.csv} download>
            {t('boardOverview.export.csv')}
          </Button>
        </Box>
      </Box>
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
