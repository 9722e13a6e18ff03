import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { MyCertificates } from '../certificates/MyCertificates';
import { MyDeferrals } from '../deferrals/MyDeferrals';
import { ThemeProgressSection } from '../progress/ThemeProgressSection';
import { RegistrationCard } from '../registrations/RegistrationCard';
import { paths } from '../routes';
import { DevelopmentPlanForm } from './DevelopmentPlanForm';
import { EmploymentList } from './EmploymentList';
import { MyProfileQuery } from './graphql';
import { MyApplications } from './MyApplications';
import { MyLetters } from './MyLetters';

function Section({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography id={id} variant="h2" sx={{ fontSize: '1.4rem' }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
}

/** `/mijn-registratie`: registration, theme progress, deferrals, certificates, applications, development plan, employments and letters of the signed-in leader. */
export function LeaderWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.LEADER.title') }));
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const { data, error, refetch } = useQuery(MyProfileQuery, { fetchPolicy: 'cache-and-network' });

  let content;
  if (data) {
    const profile = data.myProfile;
    content = (
      <>
        <RegistrationCard profile={profile} />
        {profile.registration && (
          <Section id="progress-heading" title={t('progress.title')}>
            <ThemeProgressSection />
          </Section>
        )}
        {profile.registration && profile.registration.status !== 'DEREGISTERED' && (
          <Section id="deferrals-heading" title={t('deferral.mine.title')}>
            <MyDeferrals currentDue={profile.registration.reRegistrationDue} canRequest />
          </Section>
        )}
        {profile.registration && (
          <Section id="certificates-heading" title={t('certificates.mine.title')}>
            <MyCertificates />
          </Section>
        )}
        <Section id="applications-heading" title={t('leader.applications.title')} action={
          <Button component={RouterLink} to={paths.leaderNewApplication} variant="contained">
            {t('leader.applications.new')}
          </Button>
        }>
          <MyApplications />
        </Section>
        <Section id="plan-heading" title={t('leader.plan.title')}>
          <DevelopmentPlanForm plan={profile.developmentPlan} />
        </Section>
        <Section id="employments-heading" title={t('leader.employments.title')}>
          <EmploymentList employments={profile.employments} />
        </Section>
        <Section id="letters-heading" title={t('leader.letters.title')}>
          <MyLetters />
        </Section>
      </>
    );
  } else if (error) content = <ErrorMessage message={t('leader.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.LEADER.title')}
      </Typography>
      {submitted && (
        <Alert severity="success" role="status" sx={{ mb: 3 }}>
          {t('leader.applications.submitted')}
        </Alert>
      )}
      {content}
    </>
  );
}
