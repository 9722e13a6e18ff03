import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorMessage, formatMonth, formatNumber, LoadingIndicator } from '@srpo/ui';
import { ChartFigure } from '@srpo/ui/charts';
import { useTranslation } from 'react-i18next';
import { StaffThroughputQuery } from './graphql';
import { monthCategories } from './monthCategories';

/** The register office's throughput: applications per month, days from submission to decision, the committee backlog. */
export function ThroughputSection({ months }: { months: number }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(StaffThroughputQuery, { variables: { months }, fetchPolicy: 'cache-and-network' });
  const number = (value: number) => formatNumber(value, i18n.language);

  let content;
  if (error && !data) content = <ErrorMessage message={t('sectorDashboard.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else {
    const { asOf, months: rows, committeeBacklogNow, awaitingScheduling, onAgenda } = data.staffThroughput;
    const categories = monthCategories(
      rows.map((row) => row.month),
      i18n.language,
    );
    const last = rows[rows.length - 1]!;
    const lastDecided = [...rows].reverse().find((row) => row.medianDaysToDecision !== null);
    const total = (key: 'submitted' | 'decided') => rows.reduce((sum, row) => sum + row[key], 0);
    const common = { kind: 'line' as const, headingLevel: 3 as const, categoryLabel: t('sectorDashboard.month'), categories };
    content = (
      <>
        <Typography sx={{ mb: 3, fontWeight: 600 }} data-testid="backlog-now">
          {t('sectorDashboard.throughput.now', { count: committeeBacklogNow, toSchedule: number(awaitingScheduling), onAgenda: number(onAgenda) })}
        </Typography>
        <ChartFigure
          {...common}
          kind="bar"
          title={t('sectorDashboard.throughput.perMonthTitle')}
          summary={t('sectorDashboard.throughput.perMonthSummary', { submitted: number(total('submitted')), decided: number(total('decided')) })}
          series={[
            { id: 'submitted', label: t('sectorDashboard.throughput.submitted'), values: rows.map((row) => row.submitted) },
            { id: 'decided', label: t('sectorDashboard.throughput.decided'), values: rows.map((row) => row.decided) },
          ]}
          csvFileName={`aanvragen-per-maand-${asOf}.csv`}
        />
        <ChartFigure
          {...common}
          title={t('sectorDashboard.throughput.daysTitle')}
          summary={
            lastDecided
              ? t('sectorDashboard.throughput.daysSummary', {
                  month: formatMonth(lastDecided.month, i18n.language),
                  median: number(lastDecided.medianDaysToDecision!),
                  p90: number(lastDecided.p90DaysToDecision!),
                })
              : t('sectorDashboard.throughput.daysSummaryEmpty', { month: formatMonth(last.month, i18n.language) })
          }
          series={[
            { id: 'median', label: t('sectorDashboard.throughput.median'), values: rows.map((row) => row.medianDaysToDecision ?? null) },
            { id: 'p90', label: t('sectorDashboard.throughput.p90'), values: rows.map((row) => row.p90DaysToDecision ?? null) },
          ]}
          csvFileName={`dagen-tot-besluit-${asOf}.csv`}
        />
        <ChartFigure
          {...common}
          title={t('sectorDashboard.throughput.backlogTitle')}
          summary={t('sectorDashboard.throughput.backlogSummary', { month: formatMonth(last.month, i18n.language), count: number(last.committeeBacklog) })}
          series={[{ id: 'backlog', label: t('sectorDashboard.throughput.backlog'), values: rows.map((row) => row.committeeBacklog) }]}
          csvFileName={`wachtend-op-commissie-${asOf}.csv`}
        />
      </>
    );
  }
  return (
    <Box component="section" aria-labelledby="throughput-heading" sx={{ mb: 4 }}>
      <Typography id="throughput-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('sectorDashboard.throughput.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('sectorDashboard.throughput.intro')}</Typography>
      {content}
    </Box>
  );
}
