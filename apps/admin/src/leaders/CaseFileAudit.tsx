import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { auditTrailPath } from '../audit/auditParams';
import { useAuditLabels } from '../audit/useAuditLabels';
import type { LeaderProfileQuery } from '../gql/graphql';

type AuditTrail = NonNullable<NonNullable<LeaderProfileQuery['leaderProfile']>['auditTrail']>;

/** What happened in the leader's whole case, newest first: which record, what, when and by whom; the full history (filters, details) is in the audit trail. */
export function CaseFileAudit({ leaderId, trail }: { leaderId: string; trail: AuditTrail }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const history = (
    <Typography sx={{ mt: 2 }}>
      <Link component={RouterLink} to={auditTrailPath({ leaderId })} data-testid="case-file-history">
        {t('caseFile.auditAll')}
      </Link>
    </Typography>
  );
  if (trail.nodes.length === 0)
    return (
      <>
        <Typography>{t('caseFile.auditNone')}</Typography>
        {history}
      </>
    );
  return (
    <>
      <Typography sx={{ mb: 1 }}>{t('caseFile.auditShown', { shown: trail.nodes.length, count: trail.totalCount })}</Typography>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="case-file-audit">
        {trail.nodes.map((entry) => (
          <li key={entry.id}>
            {t('caseFile.auditEntry', {
              when: labels.dateTime(entry.occurredAt),
              kind: labels.entity(entry.entity),
              what: labels.action(entry.action),
              who: entry.actorName ?? t(entry.actorAccountId ? 'audit.byUnknown' : 'audit.bySystem'),
            })}
          </li>
        ))}
      </ul>
      {history}
    </>
  );
}
