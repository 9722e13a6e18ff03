import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { ErrorMessage, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { EmailOutboxQuery as OutboxResult, EmailStatus } from '../gql/graphql';
import { DataTable } from '../grid/DataTable';
import { useCursorPaging } from '../grid/useCursorPaging';
import { EmailOutboxQuery } from './graphql';
import { OutboxMessageDialog, type OutboxMessage } from './OutboxMessageDialog';
import { useOutboxReason } from './useOutboxReason';
import { StaffNav } from './StaffNav';
import { statusParam } from './statusParam';

type OutboxRow = OutboxResult['emailOutbox']['edges'][number]['node'];
const STATUSES: readonly EmailStatus[] = ['PENDING', 'SENT', 'FAILED'];

/** `/medewerker/uitgaande-post`: the e-mail outbox, newest first, filtered by status on the server; why each waits, and its text. */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('staff.nav.outbox') }));
  const labels = useApplicationLabels();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<EmailStatus | ''>(() => statusParam(params.get('status'), STATUSES) ?? '');
  const paging = useCursorPaging();
  const reason = useOutboxReason();
  const [shown, setShown] = useState<OutboxMessage | null>(null);
  const { data, error, loading, refetch } = useQuery(EmailOutboxQuery, {
    variables: { status: status ? [status] : null, first: paging.first, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });

  const columns: GridColDef<OutboxRow>[] = [
    { field: 'createdAt', headerName: t('staff.outbox.columns.createdAt'), flex: 1, minWidth: 170, valueGetter: (_value, row) => labels.dateTime(row.createdAt) },
    { field: 'toAddress', headerName: t('staff.outbox.columns.to'), flex: 1.2, minWidth: 200 },
    { field: 'subject', headerName: t('staff.outbox.columns.subject'), flex: 2, minWidth: 220 },
    { field: 'status', headerName: t('staff.outbox.columns.status'), flex: 1, minWidth: 140, valueGetter: (_value, row) => t(`enums.emailStatus.${row.status}`) },
    { field: 'waitReason', headerName: t('outboxDetail.columns.reason'), flex: 2, minWidth: 220, valueGetter: (_value, row) => reason(row) },
    { field: 'attempts', headerName: t('staff.outbox.columns.attempts'), width: 110, type: 'number' },
    { field: 'sentAt', headerName: t('staff.outbox.columns.sentAt'), flex: 1, minWidth: 170, valueGetter: (_value, row) => (row.sentAt ? labels.dateTime(row.sentAt) : '—') },
    {
      field: 'textBody',
      headerName: t('outboxDetail.show'),
      width: 160,
      renderCell: ({ row }) => (
        <Button size="small" variant="outlined" onClick={() => setShown(row)} aria-label={`${t('outboxDetail.show')}: ${row.subject}`}>
          {t('outboxDetail.show')}
        </Button>
      ),
    },
  ];

  const connection = data?.emailOutbox;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 2 }}>
        {t('staff.nav.outbox')}
      </Typography>
      <TextField
        select
        id="outbox-status"
        label={t('staff.outbox.statusFilter')}
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as EmailStatus | '');
          paging.reset();
        }}
        size="small"
        sx={{ minWidth: '14rem', mb: 2 }}
      >
        <MenuItem value="">{t('staff.outbox.allStatuses')}</MenuItem>
        {STATUSES.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`enums.emailStatus.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {error && !connection ? (
        <ErrorMessage message={t('staff.outbox.loadError')} onRetry={() => void refetch()} />
      ) : (
        <DataTable
          label={t('staff.nav.outbox')}
          rows={connection?.edges.map((edge) => edge.node) ?? []}
          columns={columns}
          rowCount={connection?.totalCount ?? 0}
          loading={loading}
          paging={paging}
          endCursor={connection?.pageInfo.endCursor}
        />
      )}
      {shown && <OutboxMessageDialog message={shown} onClose={() => setShown(null)} />}
    </>
  );
}
