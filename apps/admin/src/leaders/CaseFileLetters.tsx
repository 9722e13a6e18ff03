import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import { LeaderLettersQuery } from './graphql';

/** The letters sent to the leader, newest first, each as its PDF (staff). */
export function CaseFileLetters({ leaderId }: { leaderId: string }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { data, error, refetch, fetchMore } = useQuery(LeaderLettersQuery, { variables: { leaderId, first: 20 }, fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'letters', fetchMore);
  if (error && !data) return <ErrorMessage message={t('caseFile.lettersLoadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  if (data.letters.edges.length === 0) return <Typography>{t('caseFile.lettersNone')}</Typography>;
  return (
    <>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="case-file-letters">
        {data.letters.edges.map(({ node: letter }) => (
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
