import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

export interface EvaluationSummaryProps {
  evaluation: ThemeProgressFieldsFragment['evaluation'];
  /** The heading of the outcome (e.g. "Herregistratie" or "Uitkomst als u dit aanbod afrondt"). */
  title: string;
  /** Texts for eligible / not eligible. */
  eligibleText: string;
  notEligibleText: string;
  testId?: string;
}

/** The domain's re-registration evaluation: eligible or not, the route, themes completed and missing, and its Dutch explanation. */
export function EvaluationSummary({ evaluation, title, eligibleText, notEligibleText, testId }: EvaluationSummaryProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  return (
    <Alert severity={evaluation.eligible ? 'success' : 'info'} sx={{ my: 2 }} data-testid={testId} data-eligible={evaluation.eligible}>
      <AlertTitle component="h3" sx={{ fontSize: '1.05rem' }}>
        {title}
      </AlertTitle>
      <Typography sx={{ fontWeight: 600 }}>{evaluation.eligible ? eligibleText : notEligibleText}</Typography>
      {evaluation.route && <Typography>{t('progress.evaluation.route', { route: t(`progress.evaluation.routes.${evaluation.route}`) })}</Typography>}
      <Typography>
        {t('progress.evaluation.count', { completed: evaluation.themesCompleted, required: evaluation.themesRequired, missing: evaluation.themesMissing })}
      </Typography>
      {evaluation.eligible && evaluation.nextDueDate && <Typography>{t('progress.evaluation.nextDue', { date: labels.date(evaluation.nextDueDate) })}</Typography>}
      {evaluation.explanation.length > 0 && (
        <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }} data-testid="evaluation-explanation">
          {evaluation.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
