import { useTranslation } from 'react-i18next';
import { WorkspaceNav } from '../layout/WorkspaceNav';
import { paths } from '../routes';

/** Queue, leaders, meetings, outbox, deferral requests, AVG requests, certification, leaders' certificates, peer-validation sessions, API keys, accounts, boards, providers, assessor organisations, the audit trail and the legacy import of the register office. */
export function StaffNav() {
  const { t } = useTranslation();
  return (
    <WorkspaceNav
      label={t('staff.nav.label')}
      links={[
        { to: paths.staff, label: t('staff.nav.queue'), end: true },
        { to: paths.staffLeaders, label: t('leaderSearch.title') },
        { to: paths.staffMeetings, label: t('staff.nav.meetings') },
        { to: paths.staffOutbox, label: t('staff.nav.outbox') },
        { to: paths.staffDeferrals, label: t('staff.nav.deferrals') },
        { to: paths.staffDataRequests, label: t('dataRequests.staff.nav') },
        { to: paths.staffCertification, label: t('staff.nav.certification') },
        { to: paths.staffCertificates, label: t('staff.nav.certificates') },
        { to: paths.staffPeerSessions, label: t('peer.staff.nav') },
        { to: paths.staffApiKeys, label: t('staff.nav.apiKeys') },
        { to: paths.staffAccounts, label: t('accountAdmin.nav.accounts') },
        { to: paths.staffBoards, label: t('accountAdmin.nav.boards') },
        { to: paths.staffProviders, label: t('accountAdmin.nav.providers') },
        { to: paths.staffAssessorOrganisations, label: t('assessorOrganisationAdmin.nav') },
        { to: paths.staffAudit, label: t('audit.title') },
        { to: paths.staffLegacyImport, label: t('legacyImport.nav') },
      ]}
    />
  );
}
