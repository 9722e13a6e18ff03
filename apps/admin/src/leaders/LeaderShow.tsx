import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { auditTrailPath } from '../audit/auditParams';
import { useViewer } from '../auth/useViewer';
import { PersonalDataSection } from '../data-requests/PersonalDataDownloads';
import { DeferralList } from '../deferrals/MyDeferrals';
import { EmploymentList } from '../leader/EmploymentList';
import { EvaluationSummary } from '../progress/EvaluationSummary';
import { ThemeTiles } from '../progress/ThemeTiles';
import { RegistrationCard } from '../registrations/RegistrationCard';
import { paths } from '../routes';
import { CaseFileApplications } from './CaseFileApplications';
import { CaseFileAudit } from './CaseFileAudit';
import { CaseFileLetters } from './CaseFileLetters';
import { DeregisterDialog } from './DeregisterDialog';
import { LeaderProfileQuery } from './graphql';

const TABS = ['overview', 'progress', 'applications', 'deferrals', 'letters', 'audit'] as const;
type CaseFileTab = (typeof TABS)[number];
/** Letters and the audit trail are for staff only. */
const STAFF_TABS: readonly CaseFileTab[] = ['letters', 'audit'];

function TabPanel({ tab, current, title, children }: { tab: CaseFileTab; current: CaseFileTab; title: string; children: ReactNode }) {
  if (tab !== current) return null;
  return (
    <Box role="tabpanel" id={`case-file-panel-${tab}`} aria-labelledby={`case-file-tab-${tab}`} sx={{ pt: 3 }} data-testid={`case-file-panel-${tab}`}>
      <Typography variant="h2" sx={{ fontSize: '1.3rem', mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** `/medewerker/schoolleiders/:id`: the leader's case file: registration at a glance, progress, applications, deferrals, letters and audit trail. */
export function LeaderShow() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const isStaff = Boolean(viewer?.roles.includes('STAFF'));
  const [tab, setTab] = useState<CaseFileTab>('overview');
  const [deregistering, setDeregistering] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(LeaderProfileQuery, { variables: { id, staff: isStaff }, fetchPolicy: 'cache-and-network' });
  const leader = data?.leaderProfile;
  useDocumentTitle(t('workspaces.documentTitle', { name: leader?.displayName ?? t('leaderPage.heading') }));
  const registration = leader?.registration;
  const canDeregister = Boolean(isStaff && registration && registration.status !== 'DEREGISTERED');
  const tabs = TABS.filter((value) => isStaff || !STAFF_TABS.includes(value));

  let content;
  if (leader) {
    const progress = leader.themeProgress;
    content = (
      <>
        {done && (
          <Alert severity="success" role="status" sx={{ mb: 3 }}>
            {done}
          </Alert>
        )}
        <Tabs value={tab} onChange={(_event, value: CaseFileTab) => setTab(value)} aria-label={t('caseFile.tabsLabel')} variant="scrollable" allowScrollButtonsMobile sx={{ borderBottom: 1, borderColor: 'divider' }}>
          {tabs.map((value) => (
            <Tab key={value} value={value} label={t(`caseFile.tabs.${value}`)} id={`case-file-tab-${value}`} aria-controls={`case-file-panel-${value}`} />
          ))}
        </Tabs>
        <TabPanel tab="overview" current={tab} title={t('caseFile.tabs.overview')}>
          {leader.legacyOrigin && (
            <Chip
              sx={{ mb: 2, maxWidth: '100%', height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } }}
              label={t('legacyImport.origin', { date: labels.date(todayInAmsterdam(new Date(leader.legacyOrigin.importedAt))) })}
            />
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
          <Typography variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
            {t('leaderPage.employments')}
          </Typography>
          <EmploymentList employments={leader.employments} />
          {leader.email && (
            <Typography sx={{ mt: 2, overflowWrap: 'anywhere' }}>
              {t('leaderPage.email')}: {leader.email}
            </Typography>
          )}
          {isStaff && <PersonalDataSection leaderId={leader.id} />}
        </TabPanel>
        <TabPanel tab="progress" current={tab} title={t('caseFile.progressTitle')}>
          {progress ? (
            <>
              {progress.periodStartsOn && progress.dueDate && (
                <Typography sx={{ mb: 2 }}>{t('progress.period', { from: labels.date(progress.periodStartsOn), until: labels.date(progress.dueDate) })}</Typography>
              )}
              <EvaluationSummary
                evaluation={progress.evaluation}
                title={t('caseFile.evaluationTitle')}
                eligibleText={t('caseFile.progressEligible')}
                notEligibleText={t('caseFile.progressNotEligible')}
                testId="case-file-evaluation"
              />
              <ThemeTiles themes={progress.themes} label={t('progress.themesCaption')} />
            </>
          ) : (
            <Typography>{t('caseFile.progressNone')}</Typography>
          )}
        </TabPanel>
        <TabPanel tab="applications" current={tab} title={t('caseFile.applicationsTitle')}>
          <CaseFileApplications applications={leader.applications} />
        </TabPanel>
        <TabPanel tab="deferrals" current={tab} title={t('caseFile.deferralsTitle')}>
          {leader.deferralRequests.length === 0 ? (
            <Typography>{t('caseFile.deferralsNone')}</Typography>
          ) : (
            <DeferralList requests={leader.deferralRequests} testId="case-file-deferral-list" itemTestId="case-file-deferral" />
          )}
        </TabPanel>
        {isStaff && (
          <TabPanel tab="letters" current={tab} title={t('caseFile.lettersTitle')}>
            <CaseFileLetters leaderId={leader.id} />
          </TabPanel>
        )}
        {isStaff && leader.auditTrail && (
          <TabPanel tab="audit" current={tab} title={t('caseFile.auditTitle')}>
            <CaseFileAudit leaderId={leader.id} trail={leader.auditTrail} />
          </TabPanel>
        )}
      </>
    );
  } else if (data) content = <Typography>{t('leaderPage.notFound')}</Typography>;
  else if (error) content = <ErrorMessage message={t('leaderPage.loadError')} onRetry={() => void refetch()} />;
  else if (loading) content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.staffLeaders}>
          {t('caseFile.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {leader?.displayName ?? t('leaderPage.heading')}
      </Typography>
      {isStaff && leader && (
        <Typography sx={{ mb: 2 }}>
          <Link component={RouterLink} to={auditTrailPath({ leaderId: leader.id })} data-testid="leader-history">
            {t('audit.history')}
          </Link>
        </Typography>
      )}
      {content}
    </>
  );
}
