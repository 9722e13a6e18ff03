import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { EvaluationSummary } from './EvaluationSummary';
import { MyThemeProgressQuery } from './graphql';
import { ThemeProgressList } from './ThemeProgressList';
import { WhatIfPanel } from './WhatIfPanel';

/** "Thema’s en herregistratie": the period's themes, the re-registration evaluation and "Wat als?". */
export function ThemeProgressSection() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const { data, error, refetch } = useQuery(MyThemeProgressQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorMessage message={t('progress.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator />;
  const progress = data.myThemeProgress;
  if (!progress) return <Typography>{t('progress.none')}</Typography>;
  return (
    <>
      {progress.periodStartsOn && progress.dueDate && (
        <Typography sx={{ mb: 2 }}>{t('progress.period', { from: labels.date(progress.periodStartsOn), until: labels.date(progress.dueDate) })}</Typography>
      )}
      <EvaluationSummary
        evaluation={progress.evaluation}
        title={t('progress.evaluation.title')}
        eligibleText={t('progress.evaluation.eligible')}
        notEligibleText={t('progress.evaluation.notEligible')}
        testId="evaluation"
      />
      <ThemeProgressList themes={progress.themes} caption={t('progress.themesCaption')} />
      <WhatIfPanel />
    </>
  );
}
