import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { LetterList } from '../letters/LetterList';
import { LeaderLettersQuery } from './graphql';

/** The letters sent to the leader, newest first, each as its PDF (staff). */
export function CaseFileLetters({ leaderId }: { leaderId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(LeaderLettersQuery, { variables: { leaderId, first: 20 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'letters', fetchMore);
  if (error && !data) return <ErrorMessage message={t('caseFile.lettersLoadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.letters.edges.length === 0) return <Typography>{t('caseFile.lettersNone')}</Typography>;
  return (
    <>
      <LetterList letters={data.letters.edges.map(({ node }) => node)} testId="case-file-letters" />
      <LoadMoreButton {...more} />
    </>
  );
}
