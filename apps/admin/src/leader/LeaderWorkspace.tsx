import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { MyCertificates } from '../certificates/MyCertificates';
import { MyCredentials } from '../credentials/MyCredentials';
import { MyDeferrals } from '../deferrals/MyDeferrals';
import { PeerValidationSection } from '../peer/PeerValidationSection';
import { MyPortfolioCases } from '../portfolio/MyPortfolioCases';
import { ThemeProgressSection } from '../progress/ThemeProgressSection';
import { RegistrationCard } from '../registrations/RegistrationCard';
import { paths } from '../routes';
import { DevelopmentPlanForm } from './DevelopmentPlanForm';
import { EmploymentList } from './EmploymentList';
import { MyProfileQuery } from './graphql';
import { MyApplications } from './MyApplications';
import { MyLetters } from './MyLetters';
import { useApplicationStart, type ApplicationStart } from './useApplicationStart';
import { RE_REGISTRATION_SEARCH } from './ApplicationEditPage';

function Section({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 5, minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography id={id} variant="h2" sx={{ fontSize: '1.4rem' }}>
          {title}
        </Typography>
        {action}
      </Box>
      {/* Wide content (tables) scrolls inside its section, never the page. */}
      <Box sx={{ overflowX: 'auto' }}>{children}</Box>
    </Box>
  );
}

/** "Nieuwe aanvraag", or the domain's reason why none can be started now. */
function NewApplicationAction({ start }: { start: ApplicationStart }) {
  const { t } = useTranslation();
  if (start.allowed || !start.reason) {
    return (
      <Button component={RouterLink} to={paths.leaderNewApplication} variant="contained" disabled={!start.applications}>
        {t('leader.applications.new')}
      </Button>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, maxWidth: '36rem' }}>
      <Button variant="contained" disabled aria-describedby="new-application-blocked">
        {t('leader.applications.new')}
      </Button>
      <Typography id="new-application-blocked" variant="body2" data-testid="new-application-blocked">
        {start.reason}
      </Typography>
    </Box>
  );
}

/** `/mijn-registratie`: registration, proof of registration, theme progress, deferrals, certificates, portfolio cases, applications, development plan, employments and letters of the signed-in leader. */
export function LeaderWorkspace() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('workspaces.LEADER.title') }));
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const { data, error, refetch } = useQuery(MyProfileQuery, { fetchPolicy: 'cache-and-network' });
  const start = useApplicationStart();

  let content;
  if (data) {
    const profile = data.myProfile;
    content = (
      <>
        <RegistrationCard profile={profile} />
        <Link component={RouterLink} to={paths.leaderMyData} sx={{ display: 'inline-block', mb: 4 }} data-testid="my-data-link">
          {t('myData.link')}
        </Link>
        {profile.registration && (
          <Section id="credentials-heading" title={t('credentials.title')}>
            <MyCredentials />
          </Section>
        )}
        {profile.registration && (
          <Section id="progress-heading" title={t('progress.title')}>
            <ThemeProgressSection apply={{ to: `${paths.leaderNewApplication}?${RE_REGISTRATION_SEARCH}`, blockedBy: start.allowed ? null : start.reason }} />
          </Section>
        )}
        <Section id="applications-heading" title={t('leader.applications.title')} action={<NewApplicationAction start={start} />}>
          <MyApplications />
        </Section>
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
        {profile.registration && (
          <Section
            id="portfolio-heading"
            title={t('portfolio.leader.title')}
            action={
              <Button component={RouterLink} to={paths.leaderPortfolioNew} variant="outlined">
                {t('portfolio.leader.start')}
              </Button>
            }
          >
            <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('portfolio.leader.intro')}</Typography>
            <MyPortfolioCases />
          </Section>
        )}
        {profile.registration && (
          <Section id="peer-heading" title={t('peer.leader.title')}>
            <PeerValidationSection />
          </Section>
        )}
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
