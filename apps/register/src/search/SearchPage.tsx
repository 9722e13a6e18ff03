import { skipToken, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, useDocumentTitle } from '@srpo/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { SearchRegisterQuery } from './graphql';
import { SearchForm, type SearchTrigger } from './SearchForm';
import { criteriaFromParams, criteriaToParams, type FOCUS_RESULTS, hasCriteria, type SearchCriteria } from './searchParams';
import { SearchResults } from './SearchResults';
import { useLoadMore } from '@srpo/ui';

/** Results per page ("Meer resultaten" loads the next page). */
export const SEARCH_PAGE_SIZE = 20;

/** `/zoeken`: search the public register; the criteria live in the URL, so every search can be shared. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { state } = useLocation();
  // After a search with the button, focus moves to the result count (read out), so keyboard and
  // screen-reader users land on the results; a filter keeps focus on the checkbox.
  const [focusResults, setFocusResults] = useState(() => (state as typeof FOCUS_RESULTS | null)?.focusResults === true);
  const statusLine = useRef<HTMLElement>(null);
  const criteria = useMemo(() => criteriaFromParams(params), [params]);
  const searching = hasCriteria(criteria);
  useDocumentTitle(criteria.query ? t('search.documentTitleFor', { query: criteria.query }) : t('search.documentTitle'));

  const { data, error, loading, fetchMore, refetch } = useQuery(
    SearchRegisterQuery,
    searching
      ? {
          variables: {
            query: criteria.query || null,
            status: criteria.statuses.length ? criteria.statuses : null,
            title: criteria.titles.length ? criteria.titles : null,
            first: SEARCH_PAGE_SIZE,
          },
          notifyOnNetworkStatusChange: false,
        }
      : skipToken,
  );

  const connection = searching ? data?.searchRegister : undefined;
  const { loadingMore, moreError, focusIndex, loadMore, reset } = useLoadMore(
    connection?.pageInfo.endCursor,
    connection?.edges.length ?? 0,
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          searchRegister: {
            ...fetchMoreResult.searchRegister,
            edges: [...previous.searchRegister.edges, ...fetchMoreResult.searchRegister.edges],
          },
        }),
      }),
  );
  const results = connection?.edges.map((edge) => edge.node) ?? [];
  const found = searching && !loading && connection !== undefined;
  useEffect(() => {
    if (!focusResults || !found) return;
    statusLine.current?.focus();
    setFocusResults(false);
  }, [focusResults, found]);

  function search(next: SearchCriteria, trigger: SearchTrigger) {
    reset();
    setFocusResults(trigger === 'submit');
    setParams(criteriaToParams(next));
  }

  let announcement = '';
  if (searching && loading && !loadingMore) announcement = t('search.searching');
  else if (connection) {
    announcement =
      connection.totalCount === 0
        ? t('search.noResults')
        : connection.totalCount > results.length
          ? t('search.resultCountPartial', { count: connection.totalCount, shown: results.length })
          : t('search.resultCount', { count: connection.totalCount });
  }

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('search.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('search.intro')}</Typography>
      <SearchForm criteria={criteria} onSearch={search} showFilters />

      <Typography
        ref={statusLine}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="search-status"
        sx={{ fontWeight: 600, mb: 2, minHeight: '1.5em' }}
      >
        {announcement}
      </Typography>
      {!searching && <Typography sx={{ maxWidth: '70ch' }}>{t('search.prompt')}</Typography>}
      {searching && error && !loading && <ErrorMessage message={t('search.loadError')} onRetry={() => void refetch()} />}
      {connection && connection.totalCount === 0 && <Typography sx={{ maxWidth: '70ch' }}>{t('search.noResultsHint')}</Typography>}
      {results.length > 0 && <SearchResults results={results} focusIndex={focusIndex} />}
      {moreError && <ErrorMessage message={t('search.loadMoreError')} onRetry={() => void loadMore()} />}
      {connection?.pageInfo.hasNextPage && (
        <Box sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={() => void loadMore()} aria-disabled={loadingMore || undefined}>
            {loadingMore ? t('search.loadingMore') : t('search.more')}
          </Button>
        </Box>
      )}
    </>
  );
}
