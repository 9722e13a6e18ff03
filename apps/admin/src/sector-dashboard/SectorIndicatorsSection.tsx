import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorMessage, formatMonth, formatNumber, LoadingIndicator } from '@srpo/ui';
import { ChartFigure } from '@srpo/ui/charts';
import { useTranslation } from 'react-i18next';
import { SectorDashboardQuery } from './graphql';
import { monthCategories } from './monthCategories';

/** Indicator 20 (seed 002): the share of enrolled leaders registered, and new registrations per month, each against its target as a dashed line. */
export function SectorIndicatorsSection({ months }: { months: number }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(SectorDashboardQuery, { variables: { months }, fetchPolicy: 'cache-and-network' });
  const number = (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, i18n.language, options);
  const percent = (value: number) => `${number(value, { maximumFractionDigits: 1 })}%`;

  let content;
  if (error && !data) content = <ErrorMessage message={t('sectorDashboard.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else {
    const { asOf, months: rows } = data.sectorDashboard;
    const categories = monthCategories(
      rows.map((row) => row.month),
      i18n.language,
    );
    const last = rows[rows.length - 1]!;
    const month = formatMonth(last.month, i18n.language);
    const average = rows.reduce((sum, row) => sum + row.newRegistrations, 0) / rows.length;
    const common = { kind: 'line' as const, headingLevel: 3 as const, categoryLabel: t('sectorDashboard.month'), categories, numberFormat: { maximumFractionDigits: 1 } };
    let shareSummary = t('sectorDashboard.indicators.shareSummaryEmpty');
    if (last.registeredShare !== null && last.registeredShare !== undefined) {
      const facts = { month, share: percent(last.registeredShare), enrolled: number(last.enrolledLeaders), registered: number(last.registeredLeaders) };
      shareSummary =
        last.registeredShareTarget !== null && last.registeredShareTarget !== undefined
          ? t('sectorDashboard.indicators.shareSummaryTarget', { ...facts, target: percent(last.registeredShareTarget) })
          : t('sectorDashboard.indicators.shareSummary', facts);
    }
    const newFacts = { month, count: number(last.newRegistrations), average: number(average, { maximumFractionDigits: 0 }) };
    content = (
      <>
        <ChartFigure
          {...common}
          title={t('sectorDashboard.indicators.shareTitle')}
          summary={shareSummary}
          series={[
            { id: 'share', label: t('sectorDashboard.indicators.share'), values: rows.map((row) => row.registeredShare ?? null) },
            { id: 'shareTarget', label: t('sectorDashboard.indicators.shareTarget'), values: rows.map((row) => row.registeredShareTarget ?? null), dashed: true },
          ]}
          csvFileName={`aandeel-geregistreerd-${asOf}.csv`}
        />
        <ChartFigure
          {...common}
          title={t('sectorDashboard.indicators.newTitle')}
          summary={
            last.newRegistrationsTarget !== null && last.newRegistrationsTarget !== undefined
              ? t('sectorDashboard.indicators.newSummaryTarget', { ...newFacts, target: number(last.newRegistrationsTarget) })
              : t('sectorDashboard.indicators.newSummary', newFacts)
          }
          series={[
            { id: 'new', label: t('sectorDashboard.indicators.newRegistrations'), values: rows.map((row) => row.newRegistrations) },
            { id: 'newTarget', label: t('sectorDashboard.indicators.newTarget'), values: rows.map((row) => row.newRegistrationsTarget ?? null), dashed: true },
          ]}
          csvFileName={`nieuwe-registraties-per-maand-${asOf}.csv`}
        />
      </>
    );
  }
  return (
    <Box component="section" aria-labelledby="indicators-heading" sx={{ mb: 4 }}>
      <Typography id="indicators-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('sectorDashboard.indicators.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('sectorDashboard.indicators.intro')}</Typography>
      {content}
    </Box>
  );
}
