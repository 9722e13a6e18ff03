import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths, pathWithId } from '../routes';
import { StaffNav } from '../staff/StaffNav';
import { AuditEntryCard } from './AuditEntryCard';
import { AuditFilters } from './AuditFilters';
import { auditFilterFrom, auditSearch, type AuditFilter } from './auditParams';
import { AuditLeaderQuery, AuditTrailQuery } from './graphql';

const PAGE_SIZE = 25;

/** `/medewerker/logboek`: the audit log for staff, newest first, filtered by kind of record, record, a leader's case, actor and days (all in the address). */
export function AuditTrailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('audit.title') }));
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // The router changes the address in a transition: rendered from the address directly, the pending and the shown
  // page would ask for two filters in turn, each answer restarting the other. The filter follows the address once shown.
  const [filter, setFilter] = useState(() => auditFilterFrom(params));
  useEffect(() => setFilter(auditFilterFrom(new URLSearchParams(search))), [search]);
  const { data, error, refetch, fetchMore } = useQuery(AuditTrailQuery, { variables: { ...filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'auditLog', fetchMore);
  const leader = useQuery(AuditLeaderQuery, { variables: { id: filter.leaderId ?? '' }, skip: !filter.leaderId });
  const apply = (next: AuditFilter) => setParams(auditSearch(next));
  const leaderName = leader.data?.leaderProfile?.displayName;

  let content;
  if (error && !data) content = <ErrorMessage message={t('audit.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.auditLog.edges.length === 0) content = <Typography data-testid="audit-none">{t('audit.none')}</Typography>;
  else
    content = (
      <>
        <Box component="ul" aria-label={t('audit.resultsLabel')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }} data-testid="audit-entries">
          {data.auditLog.edges.map(({ node }) => (
            <li key={node.id}>
              <AuditEntryCard entry={node} />
            </li>
          ))}
        </Box>
        <LoadMoreButton {...more} />
      </>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('audit.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('audit.intro')}</Typography>
      {filter.leaderId && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          data-testid="audit-leader-case"
          action={
            <Button color="inherit" size="small" onClick={() => apply({ ...filter, leaderId: null })}>
              {t('audit.filters.removeLeaderCase')}
            </Button>
          }
        >
          {leaderName ? (
            <Link component={RouterLink} to={pathWithId(paths.staffLeader, filter.leaderId)}>
              {t('audit.filters.leaderCase', { name: leaderName })}
            </Link>
          ) : (
            t('audit.filters.leaderCaseUnknown')
          )}
        </Alert>
      )}
      {/* Keyed on the address: "Alleen dit gegeven" and "Filters wissen" refill the form. */}
      <AuditFilters key={search} filter={filter} onApply={apply} />
      <Typography sx={{ mb: 2 }}>
        <Link component={RouterLink} to={paths.staffAudit}>
          {t('audit.filters.clear')}
        </Link>
      </Typography>
      {content}
    </>
  );
}
