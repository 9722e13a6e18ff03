import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import { MyLettersQuery } from './graphql';

/** The leader's letters, newest first, each as a PDF link (`/letters/:id.pdf`). */
export function MyLetters() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { data, error, refetch, fetchMore } = useQuery(MyLettersQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'myLetters', fetchMore);
  if (error && !data) return <ErrorMessage message={t('leader.letters.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.myLetters.edges.length === 0) return <Typography>{t('leader.letters.none')}</Typography>;
  return (
    <>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="letters">
      {data.myLetters.edges.map(({ node: letter }) => (
        <li key={letter.id}>
          <Link href={letter.pdfUrl} target="_blank" rel="noopener">
            {letter.subject}
            <VisuallyHidden> {t('leader.letters.pdf')}</VisuallyHidden>
          </Link>{' '}
          ({labels.date(letter.datedOn)})
        </li>
      ))}
      </ul>
      <LoadMoreButton {...more} />
    </>
  );
}
