import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { DataRequestFieldsFragment } from '../gql/graphql';
import { ObjectionButton } from '../objections/ObjectionButton';

type Translate = TFunction<'translation'>;

/** A request's status in words: a granted correction reads "Gecorrigeerd", a granted erasure "Verwijderd". */
export function dataRequestStatus(t: Translate, request: Pick<DataRequestFieldsFragment, 'status' | 'kind'>): string {
  return request.status === 'GRANTED' ? t(`dataRequests.status.GRANTED_${request.kind}`) : t(`dataRequests.status.${request.status}`);
}

/** "Correctie van naam" or "Verwijdering". */
export function dataRequestTitle(t: Translate, request: Pick<DataRequestFieldsFragment, 'kind' | 'subject'>): string {
  const kind = t(`dataRequests.kinds.${request.kind}`);
  return request.subject ? `${kind}: ${t(`dataRequests.subjects.${request.subject}`).toLowerCase()}` : kind;
}

/** What the leader asked, when, until when it is decided, and the decision: in the leader's list and the staff's dialog. */
export function DataRequestDetails({ request }: { request: DataRequestFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  return (
    <>
      <Typography>
        {t('dataRequests.item.received', { date: labels.date(request.receivedOn), deadline: labels.date(request.deadline) })}
        {request.overdue && <Chip component="span" size="small" color="error" label={t('dataRequests.item.overdue')} sx={{ ml: 1 }} data-testid="overdue" />}
      </Typography>
      {request.kind === 'CORRECTION' ? (
        <>
          <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{t('dataRequests.item.wrong', { text: request.description })}</Typography>
          {request.proposedValue && <Typography sx={{ overflowWrap: 'anywhere' }}>{t('dataRequests.item.proposed', { text: request.proposedValue })}</Typography>}
        </>
      ) : (
        <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{t('dataRequests.item.reason', { text: request.description })}</Typography>
      )}
      {request.extendedOn && request.status === 'REQUESTED' && (
        <Typography>{t('dataRequests.item.extended', { deadline: labels.date(request.deadline), grounds: request.extensionGrounds ?? '' })}</Typography>
      )}
    </>
  );
}

/** One of the leader's own requests with its decision and, while open, "Bezwaar maken". */
export function DataRequestItem({ request }: { request: DataRequestFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const headingId = `data-request-${request.id}`;
  return (
    <Box component="li" aria-labelledby={headingId} data-testid="my-data-request" data-status={request.status} sx={{ mb: 2 }}>
      <Typography id={headingId} variant="h3" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
        {t('dataRequests.item.title', { kind: dataRequestTitle(t, request), status: dataRequestStatus(t, request) })}
      </Typography>
      <DataRequestDetails request={request} />
      {request.decidedOn && <Typography>{t('dataRequests.item.decided', { date: labels.date(request.decidedOn) })}</Typography>}
      {request.changedFields.length > 0 && (
        <Typography>{t('dataRequests.item.changed', { fields: request.changedFields.map((field) => t(`dataRequests.fields.${field}`).toLowerCase()).join(', ') })}</Typography>
      )}
      {request.decisionGrounds && <Typography sx={{ overflowWrap: 'anywhere' }}>{t('dataRequests.item.grounds', { grounds: request.decisionGrounds })}</Typography>}
      {request.decidedOn && !(request.kind === 'ERASURE' && request.status === 'GRANTED') && (
        <ObjectionButton decisionKind="DATA_REQUEST" decisionId={request.id} decidedOn={request.decidedOn} objections={request.objections} staleLists={['myDataRequests']} />
      )}
    </Box>
  );
}
