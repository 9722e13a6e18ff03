import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { amsterdamInstant, portfolioInterviewMinutes, rulesOn, todayInAmsterdam } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { PlanPortfolioInterviewMutation } from './graphql';

export interface InterviewFormProps {
  caseId: string;
  version: number;
  themeCount: number;
  /** A planned interview that has not started is moved instead of planned. */
  rescheduling: boolean;
  onPlanned(): Promise<unknown>;
  onReload(): void;
}

/**
 * Plans (or moves) the validation interview: date, Dutch clock time and place; its length comes from
 * the domain (45 minutes, 75 for two themes).
 */
export function InterviewForm({ caseId, version, themeCount, rescheduling, onPlanned, onReload }: InterviewFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [location, setLocation] = useState('');
  const [tried, setTried] = useState(false);
  const [plan, { loading, error }] = useMutation(PlanPortfolioInterviewMutation);
  const [minutes] = useState(() => portfolioInterviewMinutes(themeCount, rulesOn(todayInAmsterdam(new Date()))));
  // Assessors plan in Dutch time, whatever the browser's time zone; the API wants the instant.
  const instant = amsterdamInstant(date, time);
  const valid = instant !== null && location.trim() !== '';
  const invalid = tried && !valid;

  async function submit() {
    setTried(true);
    if (!valid || !instant) return;
    try {
      await plan({ variables: { caseId, version, startsAt: instant, location: location.trim() } });
      await onPlanned();
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())} sx={{ display: 'grid', gap: 2, maxWidth: '36rem' }} data-testid="interview-form">
      <Typography data-testid="interview-minutes">{t('portfolio.assessor.interview.minutes', { count: minutes })}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))' }}>
        <TextField
          id="interview-date"
          type="date"
          label={t('portfolio.assessor.interview.date')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          required
          error={invalid && !instant}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          id="interview-time"
          type="time"
          label={t('portfolio.assessor.interview.time')}
          value={time}
          onChange={(event) => setTime(event.target.value)}
          required
          error={invalid && !instant}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
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
          {t(rescheduling ? 'portfolio.assessor.interview.move' : 'portfolio.assessor.interview.submit')}
        </Button>
      </Box>
    </Box>
  );
}
