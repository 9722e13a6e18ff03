import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, formatDate, LoadingIndicator, useDocumentTitle, useRegistrationLabels } from '@srpo/ui';
import { ChartFigure } from '@srpo/ui/charts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AsOfForm } from '../entry/AsOfForm';
import { readAsOf } from '../entry/asOfDate';
import { AS_OF_PARAM, paths } from '../routes';
import { RegisterStatisticsQuery } from './graphql';
import { KeyFigures } from './KeyFigures';
import { statisticsCharts } from './statisticsCharts';
import { addStatisticsStrings } from './statisticsStrings';

/** `/statistieken[?peildatum=2018-12-31]`: the register's figures (the annual report's) on a date, in words, charts and tables. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  addStatisticsStrings(i18n);
  const labels = useRegistrationLabels();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const reading = readAsOf(params.get(AS_OF_PARAM), today);
  // An unreadable or future date is not asked for: the page says so and shows today.
  const asOf = reading.kind === 'date' ? reading.date : null;
  const date = (value: string) => formatDate(value, i18n.language);
  useDocumentTitle(asOf ? t('statistics.documentTitleOn', { date: date(asOf) }) : t('statistics.documentTitle'));

  const { data, error, refetch } = useQuery(RegisterStatisticsQuery, { variables: { asOf } });
  const stats = data?.registerStatistics;
  // The API keeps no figures before the register's history starts.
  const tooEarly = CombinedGraphQLErrors.is(error) && error.errors.some((problem) => problem.extensions?.reason === 'DATE_OUT_OF_RANGE');

  let content;
  if (stats)
    content = (
      <>
        <Alert severity="info" role="status" sx={{ mb: 3 }} data-testid="statistics-as-of">
          {asOf ? t('statistics.showing', { date: date(stats.asOf) }) : t('statistics.showingToday', { date: date(stats.asOf) })}
        </Alert>
        <KeyFigures stats={stats} />
        {statisticsCharts(stats, { t, labels, language: i18n.language }).map(({ id, figure, definition }) => (
          <ChartFigure key={id} {...figure}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: '70ch' }}>
              {definition}
            </Typography>
          </ChartFigure>
        ))}
      </>
    );
  else if (tooEarly)
    content = (
      <Alert severity="warning" role="status" sx={{ mb: 2 }}>
        {t('statistics.tooEarly')}
      </Alert>
    );
  else if (error) content = <ErrorMessage message={t('statistics.loadError')} onRetry={() => void refetch()} />;
  else content = <LoadingIndicator />;

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('statistics.title')}
      </Typography>
      <Typography sx={{ maxWidth: '70ch' }}>{t('statistics.intro')}</Typography>
      <AsOfForm
        asOf={asOf}
        today={today}
        onChange={(next) => setParams(new URLSearchParams({ [AS_OF_PARAM]: next }))}
        title={t('statistics.asOf.title')}
        intro={t('statistics.asOf.intro')}
        futureMessage={t('statistics.asOf.future')}
        todayLink={{ to: paths.statistics, label: t('statistics.asOf.today') }}
      />
      <Box sx={{ mt: 3 }}>
        {reading.kind === 'invalid' && (
          <Alert severity="warning" role="status" sx={{ mb: 2 }}>
            {t('statistics.invalidInUrl')}
          </Alert>
        )}
        {reading.kind === 'future' && (
          <Alert severity="warning" role="status" sx={{ mb: 2 }}>
            {t('statistics.futureInUrl', { date: date(reading.date) })}
          </Alert>
        )}
        {content}
      </Box>
    </>
  );
}
