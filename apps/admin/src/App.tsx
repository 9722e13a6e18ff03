import { NotFoundPage } from '@srpo/ui';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { DashboardPage } from './dashboard/DashboardPage';
import { AdminLayout } from './layout/AdminLayout';
import { paths } from './routes';
import { ThemesPage } from './themes/ThemesPage';
import { ROLES, workspacePaths } from './workspaces/workspaces';
import { WorkspacePage } from './workspaces/WorkspacePage';

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
        {ROLES.map((role) => (
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
