import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { LetterList } from '../letters/LetterList';
import { MyLettersQuery } from './graphql';

/** The leader's letters, newest first, each as a PDF link (`/letters/:id.pdf`). */
export function MyLetters() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(MyLettersQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'myLetters', fetchMore);
  if (error && !data) return <ErrorMessage message={t('leader.letters.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.myLetters.edges.length === 0) return <Typography>{t('leader.letters.none')}</Typography>;
  return (
    <>
      <LetterList letters={data.myLetters.edges.map(({ node }) => node)} testId="letters" />
      <LoadMoreButton {...more} />
    </>
  );
}
