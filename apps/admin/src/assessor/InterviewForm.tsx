import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { portfolioInterviewMinutes, rulesOn, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { PlanPortfolioInterviewMutation } from './graphql';

export interface InterviewFormProps {
  caseId: string;
  version: number;
  themeCount: number;
  onPlanned(): Promise<unknown>;
  onReload(): void;
}

/** Plans the validation interview: date, time and place; its length comes from the domain (45 minutes, 75 for two themes). */
export function InterviewForm({ caseId, version, themeCount, onPlanned, onReload }: InterviewFormProps) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState('');
  const [location, setLocation] = useState('');
  const [tried, setTried] = useState(false);
  const [plan, { loading, error }] = useMutation(PlanPortfolioInterviewMutation);
  const [minutes] = useState(() => portfolioInterviewMinutes(themeCount, rulesOn(todayInAmsterdam(new Date()))));
  // The field holds the local date and time of the browser ("2026-12-01T10:00"); the API wants the instant.
  const instant = startsAt ? new Date(startsAt) : null;
  const valid = instant !== null && !Number.isNaN(instant.getTime()) && location.trim() !== '';
  const invalid = tried && !valid;

  async function submit() {
    setTried(true);
    if (!valid || !instant) return;
    try {
      await plan({ variables: { caseId, version, startsAt: instant.toISOString(), location: location.trim() } });
      await onPlanned();
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())} sx={{ display: 'grid', gap: 2, maxWidth: '36rem' }} data-testid="interview-form">
      <Typography data-testid="interview-minutes">{t('portfolio.assessor.interview.minutes', { count: minutes })}</Typography>
      <TextField
        id="interview-starts-at"
        type="datetime-local"
        label={t('portfolio.assessor.interview.startsAt')}
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        required
        error={invalid && !instant}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        id="interview-location"
        label={t('portfolio.assessor.interview.location')}
        value={location}
        onChange={(event) => setLocation(event.target.value)}
        required
        error={invalid && location.trim() === ''}
        helperText={invalid ? t('portfolio.assessor.interview.required') : undefined}
      />
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} onReload={onReload} />
      <Box>
        <Button type="submit" variant="contained" loading={loading}>
          {t('portfolio.assessor.interview.submit')}
        </Button>
      </Box>
    </Box>
  );
}
