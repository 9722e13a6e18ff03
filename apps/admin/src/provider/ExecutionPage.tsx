import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
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
import { Link as RouterLink, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ExecutionCompletionsQuery as CompletionsResult } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { ExecutionCompletionsQuery, OfferingQuery } from './graphql';
import { RecordCompletionsForm } from './RecordCompletionsForm';
import { useOfferingLabels } from './useOfferingLabels';
import { WithdrawCompletionDialog } from './WithdrawCompletionDialog';

type Completion = CompletionsResult['executionCompletions']['edges'][number]['node'];
/** Completions per page: a whole course group at once, usually. */
const COMPLETIONS_PAGE_SIZE = 100;
const COUNTING = new Set(['RECORDED', 'VERIFIED']);

/** `/aanbieder/aanbod/:offeringId/uitvoeringen/:id`: record participants of one execution, see and withdraw completions. */
export function ExecutionPage() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const offeringLabels = useOfferingLabels();
  const { offeringId = '', id = '' } = useParams();
  const offering = useQuery(OfferingQuery, { variables: { id: offeringId } });
  const completions = useQuery(ExecutionCompletionsQuery, { variables: { executionId: id, first: COMPLETIONS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(completions.data, 'executionCompletions', completions.fetchMore);
  const [withdrawing, setWithdrawing] = useState<Completion | null>(null);
  const title = offering.data?.offering.title ?? '';
  const execution = offering.data?.offering.executions.find((candidate) => candidate.id === id);
  const heading = t('provider.completions.heading', { title });
  useDocumentTitle(t('workspaces.documentTitle', { name: heading }));

  let list;
  if (completions.error && !completions.data) list = <ErrorMessage message={t('provider.completions.loadError')} onRetry={() => void completions.refetch()} />;
  else if (!completions.data) list = <LoadingIndicator />;
  else if (completions.data.executionCompletions.edges.length === 0) list = <Typography>{t('provider.completions.none')}</Typography>;
  else
    list = (
      <CaptionedTable caption={t('provider.completions.list')} sx={{ maxWidth: '56rem' }} data-testid="completions">
        <TableHead>
          <TableRow>
            {(['leader', 'completedOn', 'status', 'action'] as const).map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`provider.completions.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {completions.data.executionCompletions.edges.map(({ node: completion }) => (
            <TableRow key={completion.id} data-testid="completion">
              <TableCell>
                {completion.leader.displayName} ({completion.leader.registerNumber})
              </TableCell>
              <TableCell>{labels.date(completion.completedOn)}</TableCell>
              <TableCell>
                {t(`provider.completions.status.${completion.status}`)}
                {completion.handlingNote ? ` — ${completion.handlingNote}` : ''}
              </TableCell>
              <TableCell>
                {COUNTING.has(completion.status) && completion.source === 'PROVIDER' && (
                  <Button
                    size="small"
                    variant="outlined"
                    color="error"
                    aria-label={t('provider.completions.withdrawFor', { name: completion.leader.displayName })}
                    onClick={() => setWithdrawing(completion)}
                  >
                    {t('provider.completions.withdraw')}
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
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={pathWithId(paths.providerOffering, offeringId)}>
          {title || t('provider.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {heading}
      </Typography>
      {execution && <Typography sx={{ mb: 3 }}>{t('provider.completions.dates', { dates: offeringLabels.period(execution.startsOn, execution.endsOn) })}</Typography>}
      {offering.error && !offering.data && <ErrorMessage message={t('provider.form.loadError')} onRetry={() => void offering.refetch()} />}
      <RecordCompletionsForm executionId={id} onRecorded={() => void completions.refetch()} />
      {list}
      <LoadMoreButton {...more} />
      {withdrawing && <WithdrawCompletionDialog completion={withdrawing} onClose={() => setWithdrawing(null)} onWithdrawn={() => void completions.refetch()} />}
    </>
  );
}
