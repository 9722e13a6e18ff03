import { NotFoundPage } from '@srpo/ui';
import { ApiKeyList } from './api-keys/ApiKeyList';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { BoardWorkspace } from './board/BoardWorkspace';
import { CommitteeMeetingsPage } from './committee/CommitteeMeetingsPage';
import { MeetingAgendaPage } from './committee/MeetingAgendaPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { DeferralRequestsPage } from './deferrals/DeferralRequestsPage';
import type { Role } from './gql/graphql';
import { AdminLayout } from './layout/AdminLayout';
import { ApplicationEditPage } from './leader/ApplicationEditPage';
import { LeaderWorkspace } from './leader/LeaderWorkspace';
import { LeaderShow } from './leaders/LeaderShow';
import { VerifyCertificatesPage } from './certificates/VerifyCertificatesPage';
import { CertificationQueue } from './certification/CertificationQueue';
import { ExecutionPage } from './provider/ExecutionPage';
import { OfferingPage } from './provider/OfferingPage';
import { ProviderWorkspace } from './provider/ProviderWorkspace';
import { paths } from './routes';
import { ApplicationQueue } from './staff/ApplicationQueue';
import { ApplicationShow } from './staff/ApplicationShow';
import { MeetingsPage } from './staff/MeetingsPage';
import { OutboxPage } from './staff/OutboxPage';
import { ThemesPage } from './themes/ThemesPage';
import { workspacePaths } from './workspaces/workspaces';
import { WorkspacePage } from './workspaces/WorkspacePage';

/** Roles whose workspace is still a placeholder. */
const PLACEHOLDER_ROLES: readonly Role[] = ['ASSESSOR'];

/** Routes of the portal; the router itself comes from main.tsx (or a test). */
export function App() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route path={paths.login} element={<LoginPage />} />
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
        </Route>
        <Route element={<RequireAuth roles={['STAFF', 'COMMITTEE']} />}>
          <Route path={paths.staffDeferrals} element={<DeferralRequestsPage />} />
          <Route path={paths.staffLeader} element={<LeaderShow />} />
          <Route path={paths.staffCertification} element={<CertificationQueue />} />
        </Route>
        <Route element={<RequireAuth roles={['COMMITTEE']} />}>
          <Route path={paths.committee} element={<CommitteeMeetingsPage />} />
          <Route path={paths.committeeMeeting} element={<MeetingAgendaPage />} />
        </Route>
        <Route element={<RequireAuth roles={['LEADER']} />}>
          <Route path={paths.leader} element={<LeaderWorkspace />} />
          <Route path={paths.leaderApplication} element={<ApplicationEditPage />} />
        </Route>
        <Route element={<RequireAuth roles={['PROVIDER']} />}>
          <Route path={paths.provider} element={<ProviderWorkspace />} />
          <Route path={paths.providerNewOffering} element={<OfferingPage />} />
          <Route path={paths.providerOffering} element={<OfferingPage />} />
          <Route path={paths.providerExecution} element={<ExecutionPage />} />
        </Route>
        <Route element={<RequireAuth roles={['BOARD']} />}>
          <Route path={paths.board} element={<BoardWorkspace />} />
        </Route>
        {PLACEHOLDER_ROLES.map((role) => (
          <Route
            key={role}
            path={workspacePaths[role]}
            element={
              <RequireAuth roles={[role]}>
                <WorkspacePage role={role} />
              </RequireAuth>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
