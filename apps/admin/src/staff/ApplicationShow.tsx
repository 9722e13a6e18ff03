import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApplicationFacts } from '../applications/ApplicationFacts';
import { auditTrailPath } from '../audit/auditParams';
import { EvidenceChecklist, VerdictSummary } from '../applications/ApplicationChecks';
import { DecisionSummary } from '../applications/DecisionSummary';
import { DocumentList } from '../applications/DocumentList';
import { paths, pathWithId } from '../routes';
import { StaffApplicationQuery } from './graphql';
import { StaffActions } from './StaffActions';

/** `/medewerker/aanvragen/:id`: one application with all its fields, its documents and the staff steps. */
export function ApplicationShow() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(StaffApplicationQuery, { variables: { id } });
  const application = data?.application;
  useDocumentTitle(t('workspaces.documentTitle', { name: application ? t('staff.application.title', { name: application.leader.displayName }) : t('staff.application.heading') }));

  let content;
  if (application) {
    content = (
      <>
        <Box component="section" aria-labelledby="application-actions" sx={{ mb: 4 }}>
          <Typography id="application-actions" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('staff.application.actions')}
          </Typography>
          <StaffActions application={application} evidence={application.evidence} onReload={() => void refetch()} />
        </Box>
        <Box component="section" aria-labelledby="application-facts" sx={{ mb: 4 }}>
          <Typography id="application-facts" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('staff.application.facts')}
          </Typography>
          <ApplicationFacts application={application} />
        </Box>
        <Box component="section" aria-labelledby="application-documents" sx={{ mb: 4 }}>
          <Typography id="application-documents" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('application.documents.title')}
          </Typography>
          <DocumentList documents={application.documents} />
          <Box sx={{ mt: 2 }}>
            <EvidenceChecklist evidence={application.evidence} />
          </Box>
          <VerdictSummary verdict={application.verdict} />
        </Box>
        {application.decision && (
          <Box component="section" aria-labelledby="application-decision">
            <Typography id="application-decision" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
              {t('decision.title')}
            </Typography>
            <DecisionSummary decision={application.decision} />
          </Box>
        )}
      </>
    );
  } else if (data) content = <Typography>{t('staff.application.notFound')}</Typography>;
  else if (error) content = <ErrorMessage message={t('staff.application.loadError')} onRetry={() => void refetch()} />;
  else if (loading) content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.staff}>
          {t('staff.application.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {application ? t('staff.application.title', { name: application.leader.displayName }) : t('staff.application.heading')}
      </Typography>
      {application && (
        <Typography sx={{ mb: 3, display: 'flex', flexWrap: 'wrap', columnGap: 3 }}>
          <Link component={RouterLink} to={pathWithId(paths.staffLeader, application.leader.id)} data-testid="leader-link">
            {t('leaderPage.open', { name: application.leader.displayName })}
          </Link>
          <Link component={RouterLink} to={auditTrailPath({ entity: 'registration_application', entityId: application.id })} data-testid="application-history">
            {t('audit.history')}
          </Link>
        </Typography>
      )}
      {content}
    </>
  );
}
