import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { EmploymentList } from '../leader/EmploymentList';
import { EvaluationSummary } from '../progress/EvaluationSummary';
import { ThemeTiles } from '../progress/ThemeTiles';
import { RegistrationCard } from '../registrations/RegistrationCard';
import { paths } from '../routes';
import { BoardLeaderQuery } from './graphql';

/** `/bestuur/schoolleiders/:id`: one of the board's own leaders, their registration and theme progress (read only). */
export function BoardLeaderPage() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(BoardLeaderQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const leader = data?.boardLeader;
  const progress = data?.boardLeaderProgress;
  useDocumentTitle(t('workspaces.documentTitle', { name: leader?.displayName ?? t('board.leader.heading') }));

  let content;
  if (leader) {
    content = (
      <>
        <RegistrationCard profile={leader} audience="staff" />
        <Box component="section" aria-labelledby="board-leader-progress" sx={{ mb: 4 }}>
          <Typography id="board-leader-progress" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('progress.title')}
          </Typography>
          {progress ? (
            <>
              {progress.periodStartsOn && progress.dueDate && (
                <Typography sx={{ mb: 2 }}>{t('progress.period', { from: labels.date(progress.periodStartsOn), until: labels.date(progress.dueDate) })}</Typography>
              )}
              <EvaluationSummary
                evaluation={progress.evaluation}
                title={t('board.leader.evaluationTitle')}
                eligibleText={t('board.leader.eligible')}
                notEligibleText={t('board.leader.notEligible')}
              />
              <ThemeTiles themes={progress.themes} label={t('progress.themesCaption')} />
            </>
          ) : (
            <Typography>{t('board.leader.noProgress')}</Typography>
          )}
        </Box>
        <Box component="section" aria-labelledby="board-leader-employments">
          <Typography id="board-leader-employments" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
            {t('leaderPage.employments')}
          </Typography>
          <EmploymentList employments={leader.employments} />
        </Box>
      </>
    );
  } else if (error) content = <ErrorMessage message={t('board.leader.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <Link component={RouterLink} to={paths.board}>
          {t('board.leader.back')}
        </Link>
      </Typography>
      <Typography variant="h1" gutterBottom>
        {leader?.displayName ?? t('board.leader.heading')}
      </Typography>
      {content}
    </>
  );
}
