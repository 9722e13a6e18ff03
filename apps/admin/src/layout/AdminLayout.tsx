import { AppShell, HeaderLink, LoadingIndicator, type NavItem } from '@srpo/ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { UserMenu } from '../auth/UserMenu';
import { useViewer } from '../auth/useViewer';
import { paths } from '../routes';
import { orderedRoles, workspacePaths } from '../workspaces/workspaces';

/** Frame of every portal page; signed in, it has the navigation (with the account's workspaces) and the user menu. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const navItems: NavItem[] = viewer
    ? [
        { to: paths.dashboard, label: t('nav.dashboard'), end: true },
        ...orderedRoles(viewer.roles).map((role) => ({ to: workspacePaths[role], label: t(`workspaces.${role}.nav`) })),
        { to: paths.themes, label: t('nav.themes') },
      ]
    : [];
  return (
    <AppShell
      title={t('app.title')}
      navItems={navItems}
      actions={
        <>
          <HeaderLink href={import.meta.env.VITE_REGISTER_URL}>{t('nav.publicRegister')}</HeaderLink>
          {viewer && <UserMenu viewer={viewer} />}
        </>
      }
    >
      {/* Pages load as separate chunks; the shell stays and a status message says so meanwhile. */}
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
