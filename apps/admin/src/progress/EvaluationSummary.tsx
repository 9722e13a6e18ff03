import { themesTowardRequirement } from '@srpo/domain';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { reasonText } from '../forms/reasonText';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

export interface EvaluationSummaryProps {
  evaluation: ThemeProgressFieldsFragment['evaluation'];
  /** The heading of the outcome (e.g. "Uitkomst als u dit aanbod afrondt"). */
  title: string;
  /** Texts for eligible / not eligible. */
  eligibleText: string;
  notEligibleText: string;
  testId?: string;
}

/** The domain's re-registration evaluation: eligible or not, the route, themes completed and missing, and the domain's other reasons. */
export function EvaluationSummary({ evaluation, title, eligibleText, notEligibleText, testId }: EvaluationSummaryProps) {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  // The count says what THEMES_INSUFFICIENT says; the other reasons are listed.
  const reasons = evaluation.reasons.filter((reason) => reason.code !== 'THEMES_INSUFFICIENT');
  return (
    <Alert severity={evaluation.eligible ? 'success' : 'info'} sx={{ my: 2 }} data-testid={testId} data-eligible={evaluation.eligible}>
      <AlertTitle component="h3" sx={{ fontSize: '1.05rem' }}>
        {title}
      </AlertTitle>
      <Typography sx={{ fontWeight: 600 }}>{evaluation.eligible ? eligibleText : notEligibleText}</Typography>
      {evaluation.route && <Typography>{t('progress.evaluation.route', { route: t(`progress.evaluation.routes.${evaluation.route}`) })}</Typography>}
      <Typography>
        {t('progress.evaluation.count', { completed: themesTowardRequirement(evaluation), required: evaluation.themesRequired, count: evaluation.themesMissing })}
      </Typography>
      {evaluation.eligible && evaluation.nextDueDate && <Typography>{t('progress.evaluation.nextDue', { date: labels.date(evaluation.nextDueDate) })}</Typography>}
      {reasons.length > 0 && (
        <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }} data-testid="evaluation-reasons">
          {reasons.map((reason) => (
            <li key={reason.code + reason.message}>{reasonText(reason, i18n.language)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
