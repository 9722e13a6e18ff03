import { useTranslation } from 'react-i18next';
import { WorkspaceNav } from '../layout/WorkspaceNav';
import { paths } from '../routes';

/** The assessor's pages: the organisation's portfolio cases and the peer-validation groups they facilitate. */
export function AssessorNav() {
  const { t } = useTranslation();
  return (
    <WorkspaceNav
      label={t('portfolio.assessor.nav.label')}
      links={[
        { to: paths.assessor, label: t('portfolio.assessor.nav.cases'), end: true },
        { to: paths.assessorPeerGroups, label: t('portfolio.assessor.nav.peerGroups') },
      ]}
    />
  );
}
