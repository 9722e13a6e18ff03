import { NotFoundPage } from '@srpo/ui';
import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { AdminLayout } from './layout/AdminLayout';
import { lazyNamed } from './layout/lazyNamed';
import { paths } from './routes';

// Every page but login is its own chunk, so the first load carries only the shell (see `npm run size`).
const AssessorCasePage = lazyNamed(() => import('./assessor/AssessorCasePage'), 'AssessorCasePage');
const AssessorWorkspace = lazyNamed(() => import('./assessor/AssessorWorkspace'), 'AssessorWorkspace');
const AccountList = lazyNamed(() => import('./accounts/AccountList'), 'AccountList');
const AuditTrailPage = lazyNamed(() => import('./audit/AuditTrailPage'), 'AuditTrailPage');
const ApiKeyList = lazyNamed(() => import('./api-keys/ApiKeyList'), 'ApiKeyList');
const AssessorOrganisationList = lazyNamed(() => import('./assessor-organisations/AssessorOrganisationList'), 'AssessorOrganisationList');
const BoardList = lazyNamed(() => import('./boards/BoardList'), 'BoardList');
const ApplicationEditPage = lazyNamed(() => import('./leader/ApplicationEditPage'), 'ApplicationEditPage');
const ApplicationQueue = lazyNamed(() => import('./staff/ApplicationQueue'), 'ApplicationQueue');
const ApplicationShow = lazyNamed(() => import('./staff/ApplicationShow'), 'ApplicationShow');
const BoardLeaderPage = lazyNamed(() => import('./board/BoardLeaderPage'), 'BoardLeaderPage');
const BoardWorkspace = lazyNamed(() => import('./board/BoardWorkspace'), 'BoardWorkspace');
const CertificationQueue = lazyNamed(() => import('./certification/CertificationQueue'), 'CertificationQueue');
const ChangePasswordPage = lazyNamed(() => import('./auth/ChangePasswordPage'), 'ChangePasswordPage');
const CommitteeMeetingsPage = lazyNamed(() => import('./committee/CommitteeMeetingsPage'), 'CommitteeMeetingsPage');
const DashboardPage = lazyNamed(() => import('./dashboard/DashboardPage'), 'DashboardPage');
const EnrolPage = lazyNamed(() => import('./self-service/EnrolPage'), 'EnrolPage');
const DeferralRequestsPage = lazyNamed(() => import('./deferrals/DeferralRequestsPage'), 'DeferralRequestsPage');
const DataRequestsPage = lazyNamed(() => import('./data-requests/DataRequestsPage'), 'DataRequestsPage');
const MyDataPage = lazyNamed(() => import('./my-data/MyDataPage'), 'MyDataPage');
const ExecutionPage = lazyNamed(() => import('./provider/ExecutionPage'), 'ExecutionPage');
const FacilitationPage = lazyNamed(() => import('./peer/FacilitationPage'), 'FacilitationPage');
const ForgotPasswordPage = lazyNamed(() => import('./self-service/ForgotPasswordPage'), 'ForgotPasswordPage');
const LegacyImportPage = lazyNamed(() => import('./legacy-import/LegacyImportPage'), 'LegacyImportPage');
const LeaderSearchPage = lazyNamed(() => import('./leaders/LeaderSearchPage'), 'LeaderSearchPage');
const LeaderShow = lazyNamed(() => import('./leaders/LeaderShow'), 'LeaderShow');
const LeaderWorkspace = lazyNamed(() => import('./leader/LeaderWorkspace'), 'LeaderWorkspace');
const MeetingAgendaPage = lazyNamed(() => import('./committee/MeetingAgendaPage'), 'MeetingAgendaPage');
const NewPortfolioCasePage = lazyNamed(() => import('./portfolio/NewPortfolioCasePage'), 'NewPortfolioCasePage');
const MeetingsPage = lazyNamed(() => import('./staff/MeetingsPage'), 'MeetingsPage');
const ObjectionsPage = lazyNamed(() => import('./objections/ObjectionsPage'), 'ObjectionsPage');
const OfferingPage = lazyNamed(() => import('./provider/OfferingPage'), 'OfferingPage');
const OutboxPage = lazyNamed(() => import('./staff/OutboxPage'), 'OutboxPage');
const PeerSessionsPage = lazyNamed(() => import('./peer/PeerSessionsPage'), 'PeerSessionsPage');
const PortfolioCasePage = lazyNamed(() => import('./portfolio/PortfolioCasePage'), 'PortfolioCasePage');
const ProviderList = lazyNamed(() => import('./providers/ProviderList'), 'ProviderList');
const ProviderWorkspace = lazyNamed(() => import('./provider/ProviderWorkspace'), 'ProviderWorkspace');
const ResetPasswordPage = lazyNamed(() => import('./self-service/ResetPasswordPage'), 'ResetPasswordPage');
const ThemesPage = lazyNamed(() => import('./themes/ThemesPage'), 'ThemesPage');
const VerifyCertificatesPage = lazyNamed(() => import('./certificates/VerifyCertificatesPage'), 'VerifyCertificatesPage');
const VerifyEmailPage = lazyNamed(() => import('./self-service/VerifyEmailPage'), 'VerifyEmailPage');
const WebhookList = lazyNamed(() => import('./webhooks/WebhookList'), 'WebhookList');

/** Routes of the portal; the router itself comes from main.tsx (or a test). */
export function App() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route path={paths.login} element={<LoginPage />} />
        <Route path={paths.enrol} element={<EnrolPage />} />
        <Route path={paths.verifyEmail} element={<VerifyEmailPage />} />
        <Route path={paths.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={paths.resetPassword} element={<ResetPasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route path={paths.dashboard} element={<DashboardPage />} />
          <Route path={paths.changePassword} element={<ChangePasswordPage />} />
          <Route path={paths.themes} element={<ThemesPage />} />
        </Route>
        <Route element={<RequireAuth roles={['STAFF']} />}>
          <Route path={paths.staff} element={<ApplicationQueue />} />
          <Route path={paths.staffApplication} element={<ApplicationShow />} />
          <Route path={paths.staffMeetings} element={<MeetingsPage />} />
          <Route path={paths.staffOutbox} element={<OutboxPage />} />
          <Route path={paths.staffCertificates} element={<VerifyCertificatesPage />} />
          <Route path={paths.staffApiKeys} element={<ApiKeyList />} />
          <Route path={paths.staffAccounts} element={<AccountList />} />
          <Route path={paths.staffAudit} element={<AuditTrailPage />} />
          <Route path={paths.staffLegacyImport} element={<LegacyImportPage />} />
          <Route path={paths.staffBoards} element={<BoardList />} />
          <Route path={paths.staffProviders} element={<ProviderList />} />
          <Route path={paths.staffAssessorOrganisations} element={<AssessorOrganisationList />} />
          <Route path={paths.staffPeerSessions} element={<PeerSessionsPage />} />
          <Route path={paths.staffDataRequests} element={<DataRequestsPage />} />
        </Route>
        <Route element={<RequireAuth roles={['STAFF', 'COMMITTEE']} />}>
          <Route path={paths.staffDeferrals} element={<DeferralRequestsPage />} />
          <Route path={paths.staffLeaders} element={<LeaderSearchPage />} />
          <Route path={paths.staffLeader} element={<LeaderShow />} />
          <Route path={paths.staffCertification} element={<CertificationQueue />} />
        </Route>
        <Route element={<RequireAuth roles={['COMMITTEE']} />}>
          <Route path={paths.committee} element={<CommitteeMeetingsPage />} />
          <Route path={paths.committeeMeeting} element={<MeetingAgendaPage />} />
          <Route path={paths.committeeObjections} element={<ObjectionsPage />} />
        </Route>
        <Route element={<RequireAuth roles={['LEADER']} />}>
          <Route path={paths.leader} element={<LeaderWorkspace />} />
          <Route path={paths.leaderApplication} element={<ApplicationEditPage />} />
          <Route path={paths.leaderPortfolioNew} element={<NewPortfolioCasePage />} />
          <Route path={paths.leaderPortfolioCase} element={<PortfolioCasePage />} />
          <Route path={paths.leaderMyData} element={<MyDataPage />} />
        </Route>
        <Route element={<RequireAuth roles={['PROVIDER']} />}>
          <Route path={paths.provider} element={<ProviderWorkspace />} />
          <Route path={paths.providerNewOffering} element={<OfferingPage />} />
          <Route path={paths.providerOffering} element={<OfferingPage />} />
          <Route path={paths.providerExecution} element={<ExecutionPage />} />
        </Route>
        <Route element={<RequireAuth roles={['BOARD']} />}>
          <Route path={paths.board} element={<BoardWorkspace />} />
          <Route path={paths.boardLeader} element={<BoardLeaderPage />} />
          <Route path={paths.boardWebhooks} element={<WebhookList />} />
        </Route>
        <Route element={<RequireAuth roles={['ASSESSOR']} />}>
          <Route path={paths.assessor} element={<AssessorWorkspace />} />
          <Route path={paths.assessorCase} element={<AssessorCasePage />} />
          <Route path={paths.assessorPeerGroups} element={<FacilitationPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
