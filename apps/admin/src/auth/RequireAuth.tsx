import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { paths } from '../routes';
import { ForbiddenPage } from './ForbiddenPage';
import type { ReturnState } from './returnPath';
import { useViewer } from './useViewer';

export interface RequireAuthProps {
  /** When given, only accounts with at least one of these roles get in; others see "geen toegang". */
  roles?: readonly Role[];
  /** The guarded content; without it, the nested routes (`<Outlet />`). */
  children?: ReactNode;
}

/**
 * Route guard: anonymous visitors go to the login page (which brings them back afterwards). This only
 * decides what the portal shows; the API checks every operation itself.
 */
export function RequireAuth({ roles, children }: RequireAuthProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();

  if (loading) return <LoadingIndicator />;
  if (viewer === undefined || (error && !viewer)) {
    return <ErrorMessage message={t('auth.viewerLoadError')} onRetry={refetch} />;
  }
  if (viewer === null) {
    const state: ReturnState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to={paths.login} replace state={state} />;
  }
  if (roles && !roles.some((role) => viewer.roles.includes(role))) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
