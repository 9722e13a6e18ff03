import { NotFoundPage } from '@srpo/ui';
import { Route, Routes } from 'react-router';
import { DashboardPage } from './dashboard/DashboardPage';
import { AdminLayout } from './layout/AdminLayout';
import { paths } from './routes';
import { ThemesPage } from './themes/ThemesPage';

/** Routes of the portal; the router itself comes from main.tsx (or a test). */
export function App() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route path={paths.dashboard} element={<DashboardPage />} />
        <Route path={paths.themes} element={<ThemesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
