import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { StaffNav } from '../staff/StaffNav';
import { ApiKeyCard } from './ApiKeyCard';
import { ApiKeysQuery } from './graphql';
import { IssueApiKeyDialog } from './IssueApiKeyDialog';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';

export const API_KEYS_PAGE_SIZE = 25;

/** `/medewerker/api-sleutels`: keys issued to third parties, newest first; issue a key (shown once) or revoke one. */
export function ApiKeyList() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('apiKeys.title') }));
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(ApiKeysQuery, {
    variables: { first: API_KEYS_PAGE_SIZE, after: null, includeRevoked },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.apiKeys;

  async function loadMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreError(false);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          apiKeys: { ...fetchMoreResult.apiKeys, edges: [...previous.apiKeys.edges, ...fetchMoreResult.apiKeys.edges] },
        }),
      });
    } catch {
      setMoreError(true);
    } finally {
      setLoadingMore(false);
    }
  }

  let content;
  if (error && !connection) content = <ErrorMessage message={t('apiKeys.loadError')} onRetry={() => void refetch()} />;
  else if (!connection) content = <LoadingIndicator />;
  else if (connection.edges.length === 0) content = <Typography>{includeRevoked ? t('apiKeys.noneAtAll') : t('apiKeys.none')}</Typography>;
  else {
    const shown = connection.edges.length;
    const total = connection.totalCount;
    content = (
      <>
        <Typography sx={{ mb: 1 }} data-testid="api-key-count">
          {shown < total ? t('apiKeys.countPartial', { count: total, shown }) : t('apiKeys.count', { count: total })}
        </Typography>
        <Box component="ul" sx={{ m: 0, p: 0 }} aria-label={t('apiKeys.title')}>
          {connection.edges.map(({ node }) => (
            <ApiKeyCard key={node.id} apiKey={node} onRevoke={setRevoking} />
          ))}
        </Box>
        {connection.pageInfo.hasNextPage && (
          <Button variant="outlined" loading={loadingMore} onClick={() => void loadMore()}>
            {t('apiKeys.more')}
          </Button>
        )}
        {moreError && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('apiKeys.moreError')}
          </Alert>
        )}
      </>
    );
  }

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('apiKeys.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('apiKeys.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Button
          variant="contained"
          onClick={() => {
            setDone(null);
            setIssuing(true);
          }}
        >
          {t('apiKeys.issue')}
        </Button>
        <FormControlLabel
          control={<Switch checked={includeRevoked} onChange={(event) => setIncludeRevoked(event.target.checked)} />}
          label={t('apiKeys.includeRevoked')}
        />
      </Box>
      <Box role="status" sx={{ mb: done ? 2 : 0 }}>
        {done && <Alert severity="success">{done}</Alert>}
      </Box>
      {content}
      <IssueApiKeyDialog
        open={issuing}
        onClose={(issued) => {
          setIssuing(false);
          if (issued) {
            setDone(t('apiKeys.issued', { organisation: issued.organisation }));
            void refetch();
          }
        }}
      />
      <RevokeApiKeyDialog
        apiKey={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(revoked) => {
          setRevoking(null);
          setDone(t('apiKeys.revoked', { organisation: revoked.organisation }));
          void refetch();
        }}
      />
    </>
  );
}
