import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { portfolioFeeLines, portfolioFeeTotal, type AssessorFeeSchedule } from '@srpo/domain';
import { useTranslation } from 'react-i18next';
import { FactList } from '../applications/FactList';
import { usePortfolioLabels } from './usePortfolioLabels';

export interface FeeScheduleProps {
  schedule: AssessorFeeSchedule;
  /** The themes chosen so far: the expected total is for these. */
  themeCount: number;
}

/** An organisation's own fee schedule, and what a case for `themeCount` themes costs up to the interview (the domain's fee lines). */
export function FeeSchedule({ schedule, themeCount }: FeeScheduleProps) {
  const { t } = useTranslation();
  const labels = usePortfolioLabels();
  const expected = portfolioFeeTotal([...portfolioFeeLines('SUBMIT', themeCount, schedule), ...portfolioFeeLines('PLAN_INTERVIEW', themeCount, schedule)]);
  return (
    <Box data-testid="fee-schedule">
      <FactList
        facts={[
          { term: t('portfolio.schedule.oneOff'), value: labels.euro(schedule.oneOffCents) },
          { term: t('portfolio.schedule.perTheme'), value: labels.euro(schedule.perThemeCents) },
          { term: t('portfolio.schedule.perInterview'), value: labels.euro(schedule.perInterviewCents) },
          { term: t('portfolio.schedule.resubmission'), value: labels.euro(schedule.resubmissionCents) },
        ]}
      />
      <Typography sx={{ mt: 1, fontWeight: 600 }} data-testid="fee-expected">
        {t('portfolio.schedule.expected', { count: themeCount, total: labels.euro(expected) })}
      </Typography>
    </Box>
  );
}
