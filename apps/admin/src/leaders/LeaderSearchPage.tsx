import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, RegistrationStatusChip, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths, pathWithId } from '../routes';
import { OfficeNav } from '../staff/OfficeNav';
import { SearchLeadersQuery } from './graphql';

/** `/medewerker/schoolleiders`: find a leader by name, register number or e-mail; each result opens the case file. */
export function LeaderSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('leaderSearch.title') }));
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const searched = useRef(false);
  const { data, error, refetch, fetchMore } = useQuery(SearchLeadersQuery, { variables: { query: query || null, first: 25 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'searchLeaders', fetchMore);

  // After a search, focus goes to the result count so screen-reader and keyboard users land on the answer.
  useEffect(() => {
    if (searched.current && data) {
      resultsRef.current?.focus();
      searched.current = false;
    }
  }, [data]);

  let content;
  if (error && !data) content = <ErrorMessage message={t('leaderSearch.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else
    content = (
      <>
        <Typography ref={resultsRef} tabIndex={-1} variant="h2" sx={{ fontSize: '1.2rem', mb: 2 }} data-testid="leader-search-count">
          {t('leaderSearch.results', { count: data.searchLeaders.totalCount })}
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }} data-testid="leader-search-results">
          {data.searchLeaders.edges.map(({ node: leader }) => (
            <li key={leader.id}>
              <Card variant="outlined">
                <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
                  <Box sx={{ minWidth: 0 }}>
                    <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1.05rem' }}>
                      <Link component={RouterLink} to={pathWithId(paths.staffLeader, leader.id)}>
                        {leader.displayName}
                      </Link>
                    </Typography>
                    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                      {t('leaderSearch.columns.registerNumber')} {leader.registerNumber}
                      {leader.email ? ` · ${leader.email}` : ''}
                    </Typography>
                    <Typography variant="body2">{leader.boards.length > 0 ? leader.boards.join(', ') : t('leaderSearch.noBoard')}</Typography>
                  </Box>
                  {leader.status ? <RegistrationStatusChip status={leader.status} /> : <Typography variant="body2">{t('leaderSearch.noRegistration')}</Typography>}
                </CardContent>
              </Card>
            </li>
          ))}
        </Box>
        <LoadMoreButton {...more} />
      </>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('leaderSearch.title')}
      </Typography>
      <OfficeNav />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('leaderSearch.intro')}</Typography>
      <Box
        component="form"
        role="search"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 3, alignItems: 'flex-start' }}
        onSubmit={(event) => {
          event.preventDefault();
          searched.current = true;
          setParams(draft.trim() ? { q: draft.trim() } : {});
          if (draft.trim() === query) void refetch();
        }}
      >
        <TextField
          id="leader-search"
          label={t('leaderSearch.query')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          size="small"
          sx={{ flex: '1 1 16rem', maxWidth: '32rem' }}
        />
        <Button type="submit" variant="contained">
          {t('leaderSearch.submit')}
        </Button>
      </Box>
      {content}
    </>
  );
}
