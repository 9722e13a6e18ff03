import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate, RegistrationStatusChip, useRegistrationLabels } from '@srpo/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SearchRegisterQuery } from '../gql/graphql';
import { entryPath } from '../routes';

export type SearchResult = SearchRegisterQuery['searchRegister']['edges'][number]['node'];

export interface SearchResultsProps {
  results: readonly SearchResult[];
  /** Index of the first result of the page just loaded: it gets the focus (after "Meer resultaten"). */
  focusIndex?: number | null;
}

function ResultItem({ result }: { result: SearchResult }) {
  const { t, i18n } = useTranslation();
  const labels = useRegistrationLabels();
  const boards = result.boards.map((board) => board.name);
  return (
    <Box
      component="li"
      data-testid="search-result"
      data-status={result.status}
      sx={{ p: 2, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography variant="h2" sx={{ fontSize: '1.2rem', mb: 0.5 }}>
        <Link component={RouterLink} to={entryPath(result.registerNumber)} data-result-link>
          {result.displayName}
        </Link>
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.5 }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {labels.title(result.title, result.aspirant)}
        </Typography>
        <RegistrationStatusChip status={result.status} aspirant={result.aspirant} />
        <Typography component="span" variant="body2" color="text.secondary">
          {t('search.registerNumber', { number: result.registerNumber })}
        </Typography>
      </Box>
      {result.status !== 'DEREGISTERED' && (result.aspirantUntil || result.reRegistrationDue) && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {result.aspirantUntil
            ? t('search.aspirantUntil', { date: formatDate(result.aspirantUntil, i18n.language) })
            : t('search.due', { date: formatDate(result.reRegistrationDue ?? '', i18n.language) })}
        </Typography>
      )}
      {boards.length > 0 && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('search.boards', { count: boards.length, names: boards.join(', ') })}
        </Typography>
      )}
    </Box>
  );
}

/** The found entries, each linking to its register page. */
export function SearchResults({ results, focusIndex = null }: SearchResultsProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll<HTMLElement>('[data-result-link]')[focusIndex]?.focus();
  }, [focusIndex, results.length]);
  return (
    <Box component="ol" ref={list} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
      {results.map((result) => (
        <ResultItem key={result.registerNumber} result={result} />
      ))}
    </Box>
  );
}
