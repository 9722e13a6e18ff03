import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, RegistrationStatusChip, useDocumentTitle, useRegistrationLabels } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { BoardLeadersQuery as BoardLeadersResult } from '../gql/graphql';
import { DataTable } from '../grid/DataTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { BOARD_FILTERS, boardFilterVariables, type BoardFilter } from './boardFilters';
import { BoardLeadersQuery } from './graphql';

type LeaderRow = BoardLeadersResult['boardLeaders']['edges'][number]['node'];

/** `/bestuur`: the board's leaders, their registration and when they are due, with filters for who needs attention. */
export function BoardWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.BOARD.title') }));
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const [filter, setFilter] = useState<BoardFilter>('ALL');
  const paging = useCursorPaging();
  const { data, error, loading, refetch } = useQuery(BoardLeadersQuery, {
    variables: { ...boardFilterVariables(filter, today), first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  const current = (row: LeaderRow) => row.employments.filter((employment) => !employment.endsOn);
  const columns: GridColDef<LeaderRow>[] = [
    { field: 'displayName', headerName: t('board.columns.name'), flex: 1.5, minWidth: 180 },
    { field: 'registerNumber', headerName: t('board.columns.registerNumber'), flex: 0.8, minWidth: 120 },
    {
      field: 'employment',
      headerName: t('board.columns.employment'),
      flex: 2,
      minWidth: 220,
      valueGetter: (_value, row) =>
        current(row)
          .map((employment) => [labels.leaderFunction(employment.function), employment.schoolName].filter(Boolean).join(', '))
          .join('; '),
    },
    {
      field: 'title',
      headerName: t('board.columns.title'),
      flex: 0.8,
      minWidth: 120,
      valueGetter: (_value, row) => (row.registration ? registration.title(row.registration.title, row.registration.aspirant) : t('board.notRegistered')),
    },
    {
      field: 'status',
      headerName: t('board.columns.status'),
      flex: 1,
      minWidth: 190,
      renderCell: ({ row }) => (row.registration ? <RegistrationStatusChip status={row.registration.status} /> : '—'),
    },
    {
      field: 'due',
      headerName: t('board.columns.due'),
      flex: 1,
      minWidth: 150,
      valueGetter: (_value, row) => (row.registration?.reRegistrationDue ? labels.date(row.registration.reRegistrationDue) : '—'),
    },
  ];

  const connection = data?.boardLeaders;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.BOARD.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('board.intro')}</Typography>
      <Box role="group" aria-label={t('board.filterLabel')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }} data-testid="board-filter">
        {BOARD_FILTERS.map((value) => (
          <Chip
            key={value}
            label={t(`board.filters.${value}`)}
            color={filter === value ? 'primary' : 'default'}
            variant={filter === value ? 'filled' : 'outlined'}
            aria-pressed={filter === value}
            onClick={() => {
              setFilter(value);
              paging.reset();
            }}
          />
        ))}
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
