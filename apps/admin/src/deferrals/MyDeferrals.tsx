import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { DeferralFieldsFragment } from '../gql/graphql';
import { ObjectionButton } from '../objections/ObjectionButton';
import { MyDeferralRequestsQuery } from './graphql';
import { RequestDeferralDialog } from './RequestDeferralDialog';

/** One deferral request with its decision: in the leader's own list, the case file and the decision dialog. */
export function DeferralItem({ request, testId = 'my-deferral' }: { request: DeferralFieldsFragment; testId?: string }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const headingId = `deferral-${request.id}`;
  return (
    <Box component="li" aria-labelledby={headingId} data-testid={testId} data-status={request.status} sx={{ mb: 2 }}>
      <Typography id={headingId} variant="h3" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
        {t('deferral.mine.itemTitle', { kind: t(`deferral.kinds.${request.kind}`), status: statusLabel(t, request.status) })}
      </Typography>
      <Typography>
        {t('deferral.mine.requested', { date: labels.date(request.requestedOn), due: labels.date(request.requestedDueDate) })}{' '}
        {t(`deferral.reasons.${request.reason}`)}.
      </Typography>
      {request.grantedDueDate && request.decidedOn && (
        <Typography data-testid="granted-due-date">
          {t('deferral.mine.granted', { date: labels.date(request.grantedDueDate), decidedOn: labels.date(request.decidedOn) })}
        </Typography>
      )}
      {request.status === 'REJECTED' && request.decidedOn && <Typography>{t('deferral.mine.rejected', { date: labels.date(request.decidedOn) })}</Typography>}
      {request.decisionReasons && <Typography>{t('deferral.mine.decisionReasons', { reasons: request.decisionReasons })}</Typography>}
      {request.decidedOn && (
        <ObjectionButton
          decisionKind="DEFERRAL"
          decisionId={request.id}
          decidedOn={request.decidedOn}
          objections={request.objections}
          staleLists={['myDeferralRequests']}
        />
      )}
    </Box>
  );
}

/** Deferral requests, newest first, each with its decision. */
export function DeferralList({ requests, testId, itemTestId }: { requests: readonly DeferralFieldsFragment[]; testId: string; itemTestId?: string }) {
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid={testId}>
      {requests.map((request) => (
        <DeferralItem key={request.id} request={request} testId={itemTestId} />
      ))}
    </Box>
  );
}

type Translate = TFunction<'translation'>;

/** A request's status in words; an unknown status (a newer API) is shown as sent. */
export function statusLabel(t: Translate, status: string): string {
  return status === 'REQUESTED' || status === 'GRANTED' || status === 'PARTLY_GRANTED' || status === 'REJECTED' ? t(`deferral.status.${status}`) : status;
}

/** The leader's deferral requests with their decisions, and "Uitstel aanvragen". */
export function MyDeferrals({ currentDue, canRequest }: { currentDue: string | null | undefined; canRequest: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const { data, error, refetch } = useQuery(MyDeferralRequestsQuery, { fetchPolicy: 'cache-and-network' });

  let list;
  if (error && !data) list = <ErrorMessage message={t('deferral.mine.loadError')} onRetry={() => void refetch()} />;
  else if (!data) list = <LoadingIndicator />;
  else if (data.myDeferralRequests.length === 0) list = <Typography>{t('deferral.mine.none')}</Typography>;
  else
    list = <DeferralList requests={data.myDeferralRequests} testId="my-deferrals" />;

  return (
    <>
      {canRequest && (
        <Button variant="outlined" onClick={() => setOpen(true)} sx={{ mb: 2 }}>
          {t('deferral.mine.request')}
        </Button>
      )}
      {sent && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('deferral.form.sent')}
        </Alert>
      )}
      {list}
      <RequestDeferralDialog open={open} onClose={() => setOpen(false)} onRequested={() => setSent(true)} currentDue={currentDue} />
    </>
  );
}
