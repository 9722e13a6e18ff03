import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { CaptionedTable } from '../grid/CaptionedTable';
import { paths, pathWithId } from '../routes';
import { StaffNav } from '../staff/StaffNav';
import { dataRequestStatus, dataRequestTitle } from './DataRequestItem';
import { DecideDataRequestDialog, type QueuedDataRequest } from './DecideDataRequestDialog';
import { ExtendDataRequestDialog } from './ExtendDataRequestDialog';
import { DataRequestsQuery } from './graphql';

const COLUMNS = ['leader', 'request', 'receivedOn', 'deadline', 'status', 'action'] as const;

/** `/medewerker/avg-verzoeken`: leaders' correction and erasure requests, soonest deadline first, overdue marked, each with "Besluiten" and "Termijn verlengen". */
export function DataRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('dataRequests.staff.title') }));
  const labels = useApplicationLabels();
  const [includeDecided, setIncludeDecided] = useState(false);
  const [dialog, setDialog] = useState<{ action: 'decide' | 'extend'; request: QueuedDataRequest } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(DataRequestsQuery, { variables: { includeDecided }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'dataRequests', fetchMore);
  const open = (action: 'decide' | 'extend', request: QueuedDataRequest) => {
    setDone(null);
    setDialog({ action, request });
  };
  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
    void refetch();
  };

  let content;
  if (error && !data) content = <ErrorMessage message={t('dataRequests.staff.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.dataRequests.edges.length === 0) content = <Typography>{t('dataRequests.staff.none')}</Typography>;
  else
    content = (
      <>
        <Typography sx={{ mb: 1 }} data-testid="data-request-count">
          {t('dataRequests.staff.count', { count: data.dataRequests.totalCount })}
        </Typography>
        <CaptionedTable caption={t('dataRequests.staff.caption')} data-testid="data-requests">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`dataRequests.staff.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.dataRequests.edges.map(({ node: request }) => (
              <TableRow key={request.id} data-testid="data-request" data-overdue={request.overdue}>
                <TableCell>
                  <Link component={RouterLink} to={pathWithId(paths.staffLeader, request.leader.id)}>
                    {request.leader.displayName}
                  </Link>{' '}
                  ({request.leader.registerNumber})
                </TableCell>
                <TableCell sx={{ minWidth: '14rem', maxWidth: '24rem' }}>
                  <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                    {dataRequestTitle(t, request)}
                  </Typography>
                  <Typography component="span" variant="body2" sx={{ display: 'block', whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {request.description}
                  </Typography>
                </TableCell>
                <TableCell>{labels.date(request.receivedOn)}</TableCell>
                <TableCell>
                  {labels.date(request.deadline)}
                  {request.overdue && <Chip size="small" color="error" label={t('dataRequests.item.overdue')} sx={{ ml: 1 }} data-testid="overdue" />}
                </TableCell>
                <TableCell>{dataRequestStatus(t, request)}</TableCell>
                <TableCell>
                  {request.status === 'REQUESTED' && (
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                      <Button variant="outlined" size="small" aria-label={t('dataRequests.staff.decideFor', { name: request.leader.displayName })} onClick={() => open('decide', request)}>
                        {t('dataRequests.staff.decide')}
                      </Button>
                      {!request.extendedOn && (
                        <Button size="small" aria-label={t('dataRequests.staff.extendFor', { name: request.leader.displayName })} onClick={() => open('extend', request)}>
                          {t('dataRequests.staff.extend')}
                        </Button>
                      )}
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </CaptionedTable>
      </>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('dataRequests.staff.title')}
      </Typography>
      <StaffNav />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('dataRequests.staff.intro')}</Typography>
      <FormControlLabel
        control={<Checkbox checked={includeDecided} onChange={(event) => setIncludeDecided(event.target.checked)} />}
        label={t('dataRequests.staff.includeDecided')}
        sx={{ mb: 2 }}
      />
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {done}
        </Alert>
      )}
      {content}
      <LoadMoreButton {...more} />
      {dialog?.action === 'decide' && (
        <DecideDataRequestDialog
          key={dialog.request.id}
          request={dialog.request}
          onClose={() => setDialog(null)}
          onDecided={() => finish(t('dataRequests.decide.decided', { name: dialog.request.leader.displayName }))}
          onReload={() => void refetch()}
        />
      )}
      {dialog?.action === 'extend' && (
        <ExtendDataRequestDialog
          key={dialog.request.id}
          request={dialog.request}
          onClose={() => setDialog(null)}
          onExtended={(deadline) => finish(t('dataRequests.extend.done', { name: dialog.request.leader.displayName, date: labels.date(deadline) }))}
          onReload={() => void refetch()}
        />
      )}
    </>
  );
}
