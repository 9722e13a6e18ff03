import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { useViewer } from '../auth/useViewer';
import { EmploymentList } from '../leader/EmploymentList';
import { RegistrationCard } from '../registrations/RegistrationCard';
import { paths } from '../routes';
import { DeregisterDialog } from './DeregisterDialog';
import { LeaderProfileQuery } from './graphql';

/** `/medewerker/schoolleiders/:id`: a leader's registration and functions; staff can deregister. */
export function LeaderShow() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const [deregistering, setDeregistering] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(LeaderProfileQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const leader = data?.leaderProfile;
  useDocumentTitle(t('workspaces.documentTitle', { name: leader?.displayName ?? t('leaderPage.heading') }));
  const registration = leader?.registration;
  const canDeregister = Boolean(viewer?.roles.includes('STAFF') && registration && registration.status !== 'DEREGISTERED');

  let content;
  if (leader) {
    content = (
      <>
        {done && (
          <Alert severity="success" role="status" sx={{ mb: 3 }}>
            {done}
          </Alert>
        )}
        <RegistrationCard profile={leader} audience="staff">
          {canDeregister && registration && (
            <Box sx={{ mt: 2 }}>
              <Button variant="outlined" color="error" onClick={() => setDeregistering(true)}>
                {t('deregistration.action')}
              </Button>
              <DeregisterDialog
                name={leader.displayName}
                registrationId={registration.id}
                version={registration.version}
                open={deregistering}
                onClose={() => setDeregistering(false)}
                onDeregistered={(on) => setDone(t('deregistration.done', { name: leader.displayName, date: labels.date(on) }))}
                onReload={() => void refetch()}
              />
            </Box>
          )}
        </RegistrationCard>
        <Box component="section" aria-labelledby="leader-employments">
          <Typography id="leader-employments" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('leaderPage.employments')}
          </Typography>
          <EmploymentList employments={leader.employments} />
          {leader.email && (
            <Typography sx={{ mt: 2 }}>
              {t('leaderPage.email')}: {leader.email}
            </Typography>
          )}
        </Box>
      </>
    );
  } else if (data) content = <Typography>{t('leaderPage.notFound')}</Typography>;
  else if (error) content = <ErrorMessage message={t('leaderPage.loadError')} onRetry={() => void refetch()} />;
  else if (loading) content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={viewer?.roles.includes('STAFF') ? paths.staff : paths.committee}>
          {t('leaderPage.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {leader?.displayName ?? t('leaderPage.heading')}
      </Typography>
      {content}
    </>
  );
}
