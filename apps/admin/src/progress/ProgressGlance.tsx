import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { addDays, parseCalendarDate, themesTowardRequirement, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { reasonText } from '../forms/reasonText';
import type { ThemeProgressFieldsFragment } from '../gql/graphql';

/** Where "Herregistratie aanvragen" leads, or why a new application cannot be started now. */
export interface ApplyAction {
  to: string;
  /** Set when no application can be started now (e.g. one is open). */
  blockedBy: string | null;
}

export interface ProgressGlanceProps {
  progress: ThemeProgressFieldsFragment;
  apply: ApplyAction;
}

/**
 * The state at a glance: "1 van 3" with a meter, one sentence with the verdict (the domain's
 * evaluation), and "Herregistratie aanvragen", enabled only when the leader qualifies and can apply.
 */
export function ProgressGlance({ progress, apply }: ProgressGlanceProps) {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const { evaluation } = progress;
  const completed = themesTowardRequirement(evaluation);
  // Past the due date the leader may still re-register, up to the day before the registration expires.
  const expiresOn = evaluation.expiresOn ? parseCalendarDate(evaluation.expiresOn) : null;
  const late = progress.dueDate !== null && progress.dueDate < today;
  const deadline = late && expiresOn ? addDays(expiresOn, -1) : progress.dueDate;
  const due = deadline ? labels.date(deadline) : '';
  const counts = { completed, required: evaluation.themesRequired, due };
  const otherReason = evaluation.reasons.find((reason) => reason.code !== 'THEMES_INSUFFICIENT');
  const themesShort = evaluation.reasons.some((reason) => reason.code === 'THEMES_INSUFFICIENT');

  let verdict: string;
  if (evaluation.eligible) verdict = t('leaderWorkspace.glance.eligible', counts);
  else if (otherReason && !themesShort) verdict = reasonText(otherReason, i18n.language);
  else verdict = t('leaderWorkspace.glance.notEligible', { ...counts, count: evaluation.themesMissing });

  const blocked = !evaluation.eligible ? t('leaderWorkspace.glance.applyNotYet') : apply.blockedBy;
  return (
    <Box data-testid="progress-glance" sx={{ p: 2, mb: 3, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
        <Typography component="p" sx={{ fontSize: '1.75rem', fontWeight: 700, whiteSpace: 'nowrap' }} data-testid="theme-meter-count">
          {t('leaderWorkspace.glance.meter', { completed, required: evaluation.themesRequired })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={evaluation.themesRequired > 0 ? (completed / evaluation.themesRequired) * 100 : 0}
          color={evaluation.eligible ? 'success' : 'primary'}
          aria-label={t('leaderWorkspace.glance.meterLabel')}
          aria-valuetext={t('leaderWorkspace.glance.meterText', { completed, required: evaluation.themesRequired })}
          data-testid="theme-meter"
          sx={{ flex: '1 1 8rem', height: 12, borderRadius: 6 }}
        />
      </Box>
      <Typography sx={{ fontWeight: 600, mt: 1.5 }} data-testid="verdict">
        {verdict}
      </Typography>
      <Box sx={{ mt: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        {blocked ? (
          <>
            <Button variant="contained" disabled aria-describedby="apply-blocked">
              {t('leaderWorkspace.glance.apply')}
            </Button>
            <Typography id="apply-blocked" variant="body2" data-testid="apply-blocked">
              {blocked}
            </Typography>
          </>
        ) : (
          <Button component={RouterLink} to={apply.to} variant="contained">
            {t('leaderWorkspace.glance.apply')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
