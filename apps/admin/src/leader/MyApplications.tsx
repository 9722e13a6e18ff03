import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { APPLICATION_TRANSITIONS } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DecisionSummary } from '../applications/DecisionSummary';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { MyApplicationsQuery } from './graphql';
import { ObjectionButton } from '../objections/ObjectionButton';

function MyApplication({ application }: { application: ApplicationFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const decision = application.decision;
  const editable = APPLICATION_TRANSITIONS[application.status].EDIT !== undefined;

  return (
    <Card variant="outlined" component="article" data-testid="my-application" aria-labelledby={`my-application-${application.id}`}>
      <CardContent>
        <Typography id={`my-application-${application.id}`} variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
          {t('leader.applications.itemTitle', { kind: labels.kind(application.kind), status: labels.status(application.status) })}
        </Typography>
        {application.submittedAt && <Typography>{t('leader.applications.submittedOn', { date: labels.dateTime(application.submittedAt) })}</Typography>}
        {application.status === 'RETURNED' && application.staffMessage && (
          <Alert severity="info" sx={{ my: 1 }}>
            {t('leader.applications.staffMessage', { message: application.staffMessage })}
          </Alert>
        )}
        {application.status === 'SCHEDULED' && application.meeting && (
          <Typography sx={{ my: 1 }} data-testid="expected-decision">
            {t('leader.applications.expectedDecision', { date: labels.date(application.meeting.meetingDate) })}
          </Typography>
        )}
        {decision && (
          <Box sx={{ mt: 2 }}>
            <DecisionSummary decision={decision} />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 2, mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Link component={RouterLink} to={pathWithId(paths.leaderApplication, application.id)}>
            {editable ? t('leader.applications.edit') : t('leaderWorkspace.view.open')}
            <VisuallyHidden>{` (${labels.kind(application.kind)})`}</VisuallyHidden>
          </Link>
          {decision && (
            <ObjectionButton
              decisionKind="APPLICATION"
              decisionId={decision.id}
              decidedOn={decision.decidedOn}
              objections={decision.objections}
              staleLists={['myApplications']}
            />
          )}
        </Box>
      </CardContent>
    </Card>
  );
}

/** The leader's own applications, newest first, with what happens next for each. */
export function MyApplications() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyApplicationsQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('leader.applications.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.myApplications.length === 0) return <Typography>{t('leader.applications.none')}</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {data.myApplications.map((application) => (
        <MyApplication key={application.id} application={application} />
      ))}
    </Box>
  );
}
