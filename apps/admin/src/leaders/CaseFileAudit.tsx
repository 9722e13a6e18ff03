import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { LeaderProfileQuery } from '../gql/graphql';
import { nlCaseFile } from '../i18n/nlCaseFile';

type AuditTrail = NonNullable<NonNullable<LeaderProfileQuery['leaderProfile']>['auditTrail']>;
type Entity = keyof typeof nlCaseFile.caseFile.auditEntity;
type Action = keyof typeof nlCaseFile.caseFile.auditAction;

const known = <T extends string>(labels: Record<T, string>, value: string): value is T => Object.prototype.hasOwnProperty.call(labels, value);

/** What happened to the leader's records, newest first: what, which step, when and by whom (staff). */
export function CaseFileAudit({ trail }: { trail: AuditTrail }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  if (trail.nodes.length === 0) return <Typography>{t('caseFile.auditNone')}</Typography>;
  const entity = (value: string) => t(`caseFile.auditEntity.${known(nlCaseFile.caseFile.auditEntity, value) ? (value as Entity) : 'other'}`);
  const action = (value: string) => t(`caseFile.auditAction.${known(nlCaseFile.caseFile.auditAction, value) ? (value as Action) : 'other'}`);
  return (
    <>
      <Typography sx={{ mb: 1 }}>{t('caseFile.auditShown', { shown: trail.nodes.length, count: trail.totalCount })}</Typography>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="case-file-audit">
        {trail.nodes.map((entry) => (
          <li key={entry.id}>
            {labels.dateTime(entry.occurredAt)}: {entity(entry.entity)} {action(entry.action)}{' '}
            {entry.actorAccountId ? t('caseFile.auditByPerson') : t('caseFile.auditBySystem')}
          </li>
        ))}
      </ul>
    </>
  );
}
