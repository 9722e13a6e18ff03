import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useViewer } from '../auth/useViewer';
import { lazyNamed } from '../layout/lazyNamed';
import { paths } from '../routes';
import { orderedRoles, workspacePaths } from '../workspaces/workspaces';
import { WorkCounts } from './WorkCounts';

// Charts load only for staff, in their own chunk.
const StaffStartSections = lazyNamed(() => import('../sector-dashboard/StaffStartSections'), 'StaffStartSections');

/**
 * Start page after login: a greeting, the work waiting for staff and the committee (quick links to the
 * queues), for staff the sector dashboard and the throughput, and a card per role of the account.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.documentTitle'));
  const { viewer } = useViewer();
  if (!viewer) return null; // RequireAuth shows the page only with a viewer
  const roles = orderedRoles(viewer.roles);
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('dashboard.title', { name: viewer.displayName })}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{roles.length > 0 ? t('dashboard.intro') : t('dashboard.noRoles')}</Typography>
      {(roles.includes('STAFF') || roles.includes('COMMITTEE')) && <WorkCounts staff={roles.includes('STAFF')} committee={roles.includes('COMMITTEE')} />}
      {roles.includes('STAFF') && (
        <Suspense fallback={<LoadingIndicator />}>
          <StaffStartSections />
        </Suspense>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))' }}>
        {roles.map((role) => (
          <li key={role} data-testid="workspace-card">
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
                  <Link component={RouterLink} to={workspacePaths[role]}>
                    {t(`roles.${role}`)}
                  </Link>
                </Typography>
                <Typography>{t(`workspaces.${role}.summary`)}</Typography>
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <Typography sx={{ mt: 4 }}>
        <Link component={RouterLink} to={paths.themes}>
          {t('dashboard.themesLink')}
        </Link>
      </Typography>
    </>
  );
}
