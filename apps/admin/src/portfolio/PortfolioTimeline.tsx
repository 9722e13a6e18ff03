import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import type { PortfolioCaseState } from '../gql/graphql';
import { usePortfolioLabels } from './usePortfolioLabels';

/** How far along each state is: the index of the step it works on (4 = all done). */
const REACHED: Readonly<Record<PortfolioCaseState, number>> = {
  DRAFT: 0,
  SUBMITTED: 1,
  INSUFFICIENT: 1,
  SUFFICIENT: 2,
  INTERVIEW_PLANNED: 3,
  VALIDATED: 4,
  NOT_VALIDATED: 4,
};

export interface PortfolioTimelineProps {
  state: PortfolioCaseState;
  submittedOn?: string | null;
  interviewStartsAt?: string | null;
  interviewLocation?: string | null;
}

/** The case's steps as a vertical timeline: ingediend → beoordeeld → gesprek gepland → gevalideerd of niet. */
export function PortfolioTimeline({ state, submittedOn, interviewStartsAt, interviewLocation }: PortfolioTimelineProps) {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  const reached = REACHED[state];
  const steps = [
    { key: 'submitted', label: t('portfolio.timeline.submitted'), caption: submittedOn ? labels.date(submittedOn) : null, error: false },
    {
      key: 'assessed',
      label: state === 'INSUFFICIENT' ? t('portfolio.timeline.insufficient') : t('portfolio.timeline.assessed'),
      caption: null,
      error: state === 'INSUFFICIENT',
    },
    {
      key: 'interview',
      label: t('portfolio.timeline.interview'),
      caption: interviewStartsAt ? t('portfolio.timeline.interviewOn', { date: labels.dateTime(interviewStartsAt), location: interviewLocation ?? '' }) : null,
      error: false,
    },
    {
      key: 'outcome',
      label: state === 'VALIDATED' || state === 'NOT_VALIDATED' ? labels.state(state) : t('portfolio.timeline.outcome'),
      caption: null,
      error: state === 'NOT_VALIDATED',
    },
  ];
  return (
    <Stepper activeStep={reached} orientation="vertical" data-testid="portfolio-timeline" data-state={state}>
      {steps.map((step, index) => {
        const done = index < reached && !step.error;
        const status = done ? t('portfolio.timeline.done') : index === reached || step.error ? t('portfolio.timeline.current') : t('portfolio.timeline.todo');
        return (
          <Step key={step.key} completed={done}>
            <StepLabel error={step.error} optional={step.caption ? <Typography variant="body2">{step.caption}</Typography> : undefined}>
              {step.label}
              <VisuallyHidden>{` (${status})`}</VisuallyHidden>
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
}
