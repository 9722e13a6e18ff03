import { AppShell } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { paths } from '../routes';

/** Frame of every portal page; the signed-in user's menu goes into `actions` once login exists. */
export function AdminLayout() {
  const { t } = useTranslation();
  const navItems = [
    { to: paths.dashboard, label: t('nav.dashboard'), end: true },
    { to: paths.themes, label: t('nav.themes') },
  ];
  return (
    <AppShell title={t('app.title')} navItems={navItems}>
      <Outlet />
    </AppShell>
  );
}
