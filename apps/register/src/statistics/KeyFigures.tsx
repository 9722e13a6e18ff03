import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { downloadCsv, formatNumber, toCsv, type CsvCell } from '@srpo/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatistics } from './statisticsCharts';

type FigureKey =
  | 'enrolledLeaders'
  | 'enrolledBoards'
  | 'registeredLeaders'
  | 'initialDeferrals'
  | 'reRegisteredLeaders'
  | 'expired'
  | 'conditional'
  | 'reRegistrationDeferrals'
  | 'formal'
  | 'informal';

interface KeyFigure {
  key: FigureKey;
  count: number;
  /** Deferrals: of those who asked, how many were granted it. */
  granted?: number;
}

/** The annual report's figures, in its order. */
function keyFigures(stats: RegisterStatistics): KeyFigure[] {
  const status = (name: string) => stats.byStatus.find((row) => row.status === name)?.count ?? 0;
  return [
    { key: 'enrolledLeaders', count: stats.enrolledLeaders },
    { key: 'enrolledBoards', count: stats.enrolledBoards },
    { key: 'registeredLeaders', count: stats.registeredLeaders },
    { key: 'initialDeferrals', count: stats.initialDeferrals.requested, granted: stats.initialDeferrals.granted },
    { key: 'reRegisteredLeaders', count: stats.reRegisteredLeaders },
    { key: 'expired', count: status('EXPIRED') },
    { key: 'conditional', count: status('CONDITIONAL') },
    { key: 'reRegistrationDeferrals', count: stats.reRegistrationDeferrals.requested, granted: stats.reRegistrationDeferrals.granted },
    { key: 'formal', count: stats.leadersWithFormalThemeCompletion },
    { key: 'informal', count: stats.leadersWithInformalThemeCompletion },
  ];
}

/** "8.913 ingeschreven schoolleiders": each key figure in words, with how it is counted; downloadable as CSV. */
export function KeyFigures({ stats }: { stats: RegisterStatistics }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const number = (value: number) => formatNumber(value, i18n.language);
  const figures = keyFigures(stats);
  const label = (figure: KeyFigure) => t(`statistics.keyFigures.${figure.key}` as 'statistics.keyFigures.enrolledLeaders', { count: figure.count });
  const granted = (key: FigureKey) => `statistics.keyFigures.${key}Granted` as 'statistics.keyFigures.initialDeferralsGranted';

  function download() {
    const rows: CsvCell[][] = figures.flatMap((figure) => [
      [label(figure), figure.count],
      ...(figure.granted === undefined ? [] : [[t(`${granted(figure.key)}Csv` as 'statistics.keyFigures.initialDeferralsGrantedCsv'), figure.granted]]),
    ]);
    const csv = toCsv([t('statistics.keyFigures.csvFigure'), t('statistics.keyFigures.csvCount')], rows);
    downloadCsv(t('statistics.keyFigures.csvFile', { date: stats.asOf }), csv);
  }

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 5 }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('statistics.keyFigures.title')}
      </Typography>
      <Box
        component="ul"
        data-testid="key-figures"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' } }}
      >
        {figures.map((figure) => (
          <Paper component="li" variant="outlined" key={figure.key} sx={{ p: 2, minWidth: 0 }}>
            <Typography sx={{ fontSize: '1.1rem', fontWeight: 600 }} data-testid={`key-figure-${figure.key}`}>
              <Box component="span" sx={{ display: 'block', fontSize: '2rem', lineHeight: 1.2, color: 'primary.main', fontVariantNumeric: 'tabular-nums' }}>
                {number(figure.count)}
              </Box>{' '}
              {label(figure)}
            </Typography>
            {figure.granted !== undefined && <Typography sx={{ mt: 0.5 }}>{t(granted(figure.key), { number: number(figure.granted) })}</Typography>}
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t(`statistics.keyFigures.${figure.key}Definition` as 'statistics.keyFigures.enrolledLeadersDefinition')}
            </Typography>
          </Paper>
        ))}
      </Box>
      <Button variant="outlined" onClick={download} sx={{ mt: 2 }}>
        {t('statistics.keyFigures.download')}
      </Button>
    </Box>
  );
}
