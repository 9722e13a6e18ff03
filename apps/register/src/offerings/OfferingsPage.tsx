import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, todayIsoDate, useDocumentTitle } from '@srpo/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../routes';
import { CertifiedOfferingsQuery, OfferingThemeOptionsQuery } from './graphql';
import { OfferingCard } from './OfferingCard';
import { filtersFromParams, filtersToParams, filtersToVariables, type OfferingFilters } from './offeringParams';
import { OfferingSearchForm } from './OfferingSearchForm';
import { useLoadMore } from '@srpo/ui';

/** Offerings per page ("Meer resultaten" loads the next page). */
export const OFFERINGS_PAGE_SIZE = 20;

/** `/aanbod[?thema=4&q=leiderschap]`: the public catalogue of offerings certified today; the filters live in the URL. */
export function OfferingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('offerings.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filtered = filters.themeCode !== '' || filters.query !== '';

  const [activeOn] = useState(todayIsoDate);
  const themes = useQuery(OfferingThemeOptionsQuery, { variables: { activeOn } });
  const { data, error, loading, fetchMore, refetch } = useQuery(CertifiedOfferingsQuery, {
    variables: { ...filtersToVariables(filters), first: OFFERINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const list = useRef<HTMLOListElement>(null);

  const connection = data?.certifiedOfferings;
  const { loadingMore, moreError, focusIndex, loadMore, reset } = useLoadMore(
    connection?.pageInfo.endCursor,
    connection?.edges.length ?? 0,
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          certifiedOfferings: {
            ...fetchMoreResult.certifiedOfferings,
            edges: [...previous.certifiedOfferings.edges, ...fetchMoreResult.certifiedOfferings.edges],
          },
        }),
      }),
  );
  const offerings = connection?.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll<HTMLElement>('[data-offering-heading]')[focusIndex]?.focus();
  }, [focusIndex, offerings.length]);

  function search(next: OfferingFilters) {
    reset();
    setParams(filtersToParams(next));
  }

  let announcement = '';
  if (loading && !loadingMore) announcement = t('offerings.searching');
  else if (connection) {
    announcement =
      connection.totalCount === 0
        ? t('offerings.noResults')
        : connection.totalCount > offerings.length
          ? t('offerings.resultCountPartial', { count: connection.totalCount, shown: offerings.length })
          : t('offerings.resultCount', { count: connection.totalCount });
  }

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('offerings.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('offerings.intro')}</Typography>
      <OfferingSearchForm filters={filters} themes={themes.data?.themes ?? []} onSearch={search} />

      <Typography role="status" aria-live="polite" aria-atomic="true" data-testid="offerings-status" sx={{ fontWeight: 600, mb: 2, minHeight: '1.5em' }}>
        {announcement}
      </Typography>
      {error && !loading && <ErrorMessage message={t('offerings.loadError')} onRetry={() => void refetch()} />}
      {connection && connection.totalCount === 0 && (
        <>
          <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('offerings.noResultsHint')}</Typography>
          {filtered && (
            <Link component={RouterLink} to={paths.offerings}>
              {t('offerings.showAll')}
            </Link>
          )}
        </>
      )}
      {offerings.length > 0 && (
        <Box
          component="ol"
          ref={list}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}
        >
          {offerings.map((offering) => (
            <li
              key={offering.id}
              data-testid="offering"
              data-theme-codes={offering.themes.map((theme) => theme.code).join(' ')}
              data-subtheme-codes={offering.subthemes.map((subtheme) => subtheme.code).join(' ')}
            >
              <OfferingCard offering={offering} />
            </li>
          ))}
        </Box>
      )}
      {moreError && <ErrorMessage message={t('offerings.loadMoreError')} onRetry={() => void loadMore()} />}
      {connection?.pageInfo.hasNextPage && (
        <Box sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={() => void loadMore()} aria-disabled={loadingMore || undefined}>
            {loadingMore ? t('offerings.loadingMore') : t('offerings.more')}
          </Button>
        </Box>
      )}
    </>
  );
}
