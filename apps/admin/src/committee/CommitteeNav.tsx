import { useTranslation } from 'react-i18next';
import { WorkspaceNav } from '../layout/WorkspaceNav';
import { paths } from '../routes';

/** The committee's pages: its meetings, leaders, deferral requests, offerings to certify and objections to decide. */
export function CommitteeNav() {
  const { t } = useTranslation();
  return (
    <WorkspaceNav
      label={t('committee.nav.label')}
      links={[
        { to: paths.committee, label: t('committee.nav.meetings'), end: true },
        { to: paths.staffLeaders, label: t('leaderSearch.title') },
        { to: paths.staffDeferrals, label: t('staff.nav.deferrals') },
        { to: paths.staffCertification, label: t('staff.nav.certification') },
        { to: paths.committeeObjections, label: t('objections.screen.title') },
      ]}
    />
  );
}
