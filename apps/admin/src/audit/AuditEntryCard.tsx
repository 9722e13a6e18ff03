import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AuditEntryFieldsFragment } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { auditChanges, changedFieldNames } from './auditChanges';
import { auditTrailPath } from './auditParams';
import { useAuditLabels } from './useAuditLabels';

/** Kinds of record with a page of their own in the portal, for staff. */
const RECORD_PAGES: Record<string, string> = {
  school_leader: paths.staffLeader,
  registration_application: paths.staffApplication,
};

/** The page of an entry's record, when the portal has one. */
export function recordPath(entity: string, entityId: string): string | null {
  const path = RECORD_PAGES[entity];
  return path ? pathWithId(path, entityId) : null;
}

/** One entry of the audit trail: what happened to which record, by whom and when, and what changed. */
export function AuditEntryCard({ entry }: { entry: AuditEntryFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const kind = labels.entity(entry.entity);
  const what = labels.action(entry.action);
  const when = labels.dateTime(entry.occurredAt);
  const who = entry.actorName ?? t(entry.actorAccountId ? 'audit.byUnknown' : 'audit.bySystem');
  const page = recordPath(entry.entity, entry.entityId);
  const changes = auditChanges(entry.before, entry.after);
  const changed = changedFieldNames(entry.changedFields);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1.05rem' }}>
          {kind}: {what}
        </Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 0.25, my: 1, '& dd': { m: 0, overflowWrap: 'anywhere' } }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {t('audit.columns.when')}
          </Typography>
          <Typography component="dd" variant="body2">
            {when}
          </Typography>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {t('audit.columns.who')}
          </Typography>
          <Typography component="dd" variant="body2">
            {who}
          </Typography>
          {entry.leaderId && (
            <>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                {t('audit.columns.leader')}
              </Typography>
              <Typography component="dd" variant="body2">
                {entry.leaderName ? (
                  <Link component={RouterLink} to={pathWithId(paths.staffLeader, entry.leaderId)}>
                    {entry.leaderName}
                  </Link>
                ) : (
                  t('audit.leaderGone')
                )}
              </Typography>
            </>
          )}
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: changes.length > 0 ? 1 : 0 }}>
          {page && (
            <Link component={RouterLink} to={page} variant="body2">
              {t('audit.openRecord', { kind })}
            </Link>
          )}
          <Link component={RouterLink} to={auditTrailPath({ entity: entry.entity, entityId: entry.entityId })} variant="body2" aria-label={t('audit.onlyThisRecordLabel', { kind: kind.toLowerCase(), when })}>
            {t('audit.onlyThisRecord')}
          </Link>
        </Box>
        {changes.length > 0 || changed.length > 0 ? (
          <Box component="section" aria-label={t('audit.detailsLabel', { what: `${kind}: ${what}`, when })}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('audit.details')}
            </Typography>
            {changed.length > 0 && (
              <Typography variant="body2" data-testid="audit-changed-fields">
                {t('audit.changedFields', { count: changed.length, fields: changed.map((field) => labels.fieldInText(field)).join(', ') })}
              </Typography>
            )}
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {changes.map((change) => (
                <Typography component="li" variant="body2" key={change.field} sx={{ overflowWrap: 'anywhere' }}>
                  {labels.field(change.field)}:{' '}
                  {change.before === undefined || change.after === undefined
                    ? labels.value(change.after ?? change.before)
                    : t('audit.change', { before: labels.value(change.before), after: labels.value(change.after) })}
                </Typography>
              ))}
            </Box>
          </Box>
        ) : (
          <Typography variant="body2">{t('audit.noDetails')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
