import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import { CaptionedTable } from '../grid/CaptionedTable';
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
import type { DeferralRequestsQuery as DeferralRequestsResult } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { OfficeNav } from '../staff/OfficeNav';
import { DecideDeferralDialog } from './DecideDeferralDialog';
import { DeferralRequestsQuery } from './graphql';
import { statusLabel } from './MyDeferrals';

type PendingRequest = DeferralRequestsResult['deferralRequests']['edges'][number]['node'];

/** `/medewerker/uitstel`: deferral requests (oldest first) for staff and the committee, each with "Besluiten". */
export function DeferralRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('deferral.staff.title') }));
  const labels = useApplicationLabels();
  const [includeDecided, setIncludeDecided] = useState(false);
  const [deciding, setDeciding] = useState<PendingRequest | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(DeferralRequestsQuery, { variables: { includeDecided }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'deferralRequests', fetchMore);

  let content;
  if (error && !data) content = <ErrorMessage message={t('deferral.staff.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.deferralRequests.edges.length === 0) content = <Typography>{t('deferral.staff.none')}</Typography>;
  else
    content = (
      <CaptionedTable caption={t('deferral.staff.caption')} data-testid="deferral-requests">
        <TableHead>
          <TableRow>
            {(['leader', 'reason', 'requestedOn', 'requestedDueDate', 'motivation', 'status', 'action'] as const).map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`deferral.staff.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.deferralRequests.edges.map(({ node: request }) => (
            <TableRow key={request.id} data-testid="deferral-request">
              <TableCell>
                <Link component={RouterLink} to={pathWithId(paths.staffLeader, request.leader.id)}>
                  {request.leader.displayName}
                </Link>{' '}
                ({request.leader.registerNumber})
              </TableCell>
              <TableCell>{t(`deferral.reasons.${request.reason}`)}</TableCell>
              <TableCell>{labels.date(request.requestedOn)}</TableCell>
              <TableCell>{labels.date(request.requestedDueDate)}</TableCell>
              <TableCell sx={{ maxWidth: '24rem', whiteSpace: 'pre-line' }}>{request.motivation ?? '—'}</TableCell>
              <TableCell>
                {statusLabel(t, request.status)}
                {request.grantedDueDate ? `: ${labels.date(request.grantedDueDate)}` : ''}
              </TableCell>
              <TableCell>
                {request.status === 'REQUESTED' && (
                  <Button
                    variant="outlined"
                    size="small"
                    aria-label={t('deferral.staff.decideFor', { name: request.leader.displayName })}
                    onClick={() => {
                      setDecided(null);
                      setDeciding(request);
                    }}
                  >
                    {t('deferral.staff.decide')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </CaptionedTable>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('deferral.staff.title')}
      </Typography>
      <OfficeNav />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('deferral.staff.intro')}</Typography>
      <FormControlLabel
        control={<Checkbox checked={includeDecided} onChange={(event) => setIncludeDecided(event.target.checked)} />}
        label={t('deferral.staff.includeDecided')}
        sx={{ mb: 2 }}
      />
      {decided && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {decided}
        </Alert>
      )}
      {content}
      <LoadMoreButton {...more} />
      {deciding && (
        <DecideDeferralDialog
          key={deciding.id}
          request={deciding}
          check={deciding.check}
          open
          onClose={() => setDeciding(null)}
          onDecided={(request) => {
            setDecided(t('deferral.decide.decided', { name: request.leader.displayName }));
            void refetch();
          }}
          onReload={() => void refetch()}
        />
      )}
    </>
  );
}
