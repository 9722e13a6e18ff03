import { AppShell, HeaderLink, LoadingIndicator } from '@srpo/ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { paths } from '../routes';

/** Frame of every public page; the page itself loads inside it (pages are separate chunks). */
export function RegisterLayout() {
  const { t } = useTranslation();
  const navItems = [
    { to: paths.home, label: t('nav.home'), end: true },
    { to: paths.search, label: t('nav.search') },
    { to: paths.themes, label: t('nav.themes') },
    { to: paths.offerings, label: t('nav.offerings') },
    { to: paths.statistics, label: t('nav.statistics') },
    { to: paths.api, label: t('nav.api') },
  ];
  return (
    <AppShell title={t('app.title')} navItems={navItems} actions={<HeaderLink href={import.meta.env.VITE_PORTAL_URL}>{t('nav.signIn')}</HeaderLink>}>
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
