import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { ErrorMessage, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationStatus as DomainApplicationStatus } from '@srpo/domain';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ApplicationKind, ApplicationQueueQuery as QueueResult, ApplicationStatus } from '../gql/graphql';
import { DataTable } from '../grid/DataTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { paths, pathWithId } from '../routes';
import { ApplicationCountsQuery, ApplicationQueueQuery } from './graphql';
import { StaffNav } from './StaffNav';
import { statusParam } from './statusParam';

type QueueRow = QueueResult['applications']['edges'][number]['node'];

/** Statuses in the order of the workflow; the chips follow it. */
export const QUEUE_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'RETURNED', 'COMPLETE', 'SCHEDULED', 'DRAFT', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
const KINDS: readonly ApplicationKind[] = ['INITIAL', 'ASPIRANT', 'LEVEL_CHANGE', 'RE_REGISTRATION'];

/** `/medewerker`: the application queue with counts per status as filters, and a filter on kind. */
export function ApplicationQueue() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('staff.queue.title') }));
  const labels = useApplicationLabels();
  // The start page links to a queue by status (`?status=SUBMITTED`).
  const [params] = useSearchParams();
  const [status, setStatus] = useState<ApplicationStatus | null>(() => statusParam(params.get('status'), Object.values(DomainApplicationStatus)));
  const [kind, setKind] = useState<ApplicationKind | ''>('');
  const paging = useCursorPaging();
  const counts = useQuery(ApplicationCountsQuery, { fetchPolicy: 'cache-and-network' });
  const queue = useQuery(ApplicationQueueQuery, {
    variables: { status: status ? [status] : null, kind: kind ? [kind] : null, first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const countOf = (value: ApplicationStatus) => counts.data?.applicationCounts.find((entry) => entry.status === value)?.count ?? 0;
  const total = counts.data?.applicationCounts.reduce((sum, entry) => sum + entry.count, 0) ?? 0;

  function chooseStatus(next: ApplicationStatus | null) {
    setStatus(next);
    paging.reset();
  }

  const columns: GridColDef<QueueRow>[] = [
    {
      field: 'leader',
      headerName: t('staff.queue.columns.leader'),
      flex: 2,
      minWidth: 200,
      renderCell: ({ row }) => (
        <span>
          <Link component={RouterLink} to={pathWithId(paths.staffApplication, row.id)}>
            {row.leader.displayName}
          </Link>{' '}
          ({row.leader.registerNumber})
        </span>
      ),
    },
    { field: 'kind', headerName: t('staff.queue.columns.kind'), flex: 1, minWidth: 150, valueGetter: (_value, row) => labels.kind(row.kind) },
    { field: 'status', headerName: t('staff.queue.columns.status'), flex: 1, minWidth: 130, valueGetter: (_value, row) => labels.status(row.status) },
    {
      field: 'submittedAt',
      headerName: t('staff.queue.columns.submittedAt'),
      flex: 1,
      minWidth: 150,
      valueGetter: (_value, row) => (row.submittedAt ? labels.date(row.submittedAt.slice(0, 10)) : '—'),
    },
    {
      field: 'meeting',
      headerName: t('staff.queue.columns.meeting'),
      flex: 1,
      minWidth: 150,
      valueGetter: (_value, row) => (row.meeting ? labels.date(row.meeting.meetingDate) : '—'),
    },
  ];

  const connection = queue.data?.applications;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 2 }}>
        {t('staff.queue.title')}
      </Typography>
      <Box role="group" aria-label={t('staff.queue.statusFilter')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }} data-testid="status-filter">
        <Chip
          label={t('staff.queue.all', { total })}
          color={status === null ? 'primary' : 'default'}
          variant={status === null ? 'filled' : 'outlined'}
          aria-pressed={status === null}
          onClick={() => chooseStatus(null)}
        />
        {QUEUE_STATUSES.map((value) => (
          <Chip
            key={value}
            label={`${labels.status(value)} (${countOf(value)})`}
            color={status === value ? 'primary' : 'default'}
            variant={status === value ? 'filled' : 'outlined'}
            aria-pressed={status === value}
            onClick={() => chooseStatus(value)}
          />
        ))}
      </Box>
      <TextField
        select
        id="queue-kind"
        label={t('staff.queue.kindFilter')}
        value={kind}
        onChange={(event) => {
          setKind(event.target.value as ApplicationKind | '');
          paging.reset();
        }}
        sx={{ minWidth: '16rem', mb: 2 }}
        size="small"
      >
        <MenuItem value="">{t('staff.queue.allKinds')}</MenuItem>
        {KINDS.map((value) => (
          <MenuItem key={value} value={value}>
            {labels.kind(value)}
          </MenuItem>
        ))}
      </TextField>
      {queue.error && !connection ? (
        <ErrorMessage message={t('staff.queue.loadError')} onRetry={() => void queue.refetch()} />
      ) : (
        <DataTable
          label={t('staff.queue.title')}
          rows={connection?.edges.map((edge) => edge.node) ?? []}
          columns={columns}
          rowCount={connection?.totalCount ?? 0}
          loading={queue.loading}
          paging={paging}
          endCursor={connection?.pageInfo.endCursor}
        />
      )}
    </>
  );
}
