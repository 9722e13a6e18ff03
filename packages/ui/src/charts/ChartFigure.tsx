import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import type { ChartsLocaleText } from '@mui/x-charts/locales';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from '../export/csv';
import { chartColumns, chartCsvRows, type ChartData } from './chartData';
import { chartPalette, DASH, referenceLineColour } from './chartPalette';
import { ChartDataTable } from './ChartDataTable';

export interface ChartFigureProps extends ChartData {
  /** Heading of the figure, also the chart's accessible name and the table's caption. */
  title: string;
  /** Heading level in the page's outline. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** One or two sentences that say what the chart shows, in words (read before the chart; its description). */
  summary: string;
  /** Further text under the summary, e.g. how the figure is defined. */
  children?: ReactNode;
  /** Bars (counts per title, status, theme, month) or lines (a quantity over time). */
  kind: 'bar' | 'line';
  /** Bars: 'horizontal' puts the categories under each other, for long labels on a narrow screen. Default 'vertical'. */
  layout?: 'vertical' | 'horizontal';
  /** Number style of values (axis, tooltip, table), e.g. `{ style: 'percent' }`; the CSV keeps plain numbers. */
  numberFormat?: Intl.NumberFormatOptions;
  /** Name of the downloaded file, e.g. 'registraties-per-titel-2018-12-31.csv'. */
  csvFileName: string;
  /** Bars: write each value at the end of its bar (few bars only), so small values can be read too. */
  valueLabels?: boolean;
  /** Height of the drawing in px. Default 300; the width follows the page (also 360 px). */
  height?: number;
}

type Formatter = (value: number | null) => string;

/**
 * An accessible chart (MUI X Charts): heading, a summary in words, the chart (named and described for
 * screen readers, keyboard-navigable, colour-blind-safe colours, Dutch numbers), the same figures as a table
 * on request, and a CSV download of those figures. Targets show as dashed reference lines or dashed series.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { title, headingLevel = 2, summary, children, csvFileName, numberFormat } = props;
  const { t, i18n } = useTranslation('ui');
  const headingId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const format = useMemo(() => {
    const formatter = new Intl.NumberFormat(i18n.language, numberFormat);
    return (value: number) => formatter.format(value);
  }, [i18n.language, numberFormat]);

  return (
    <Box component="figure" aria-labelledby={headingId} sx={{ m: 0, mb: 5, minWidth: 0 }}>
      <Typography id={headingId} component={`h${headingLevel}`} variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Typography id={summaryId} sx={{ mb: 1, maxWidth: '70ch' }}>
        {summary}
      </Typography>
      {children}
      <ChartDrawing {...props} summaryId={summaryId} format={format} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Button variant="outlined" aria-expanded={tableShown} aria-controls={tableShown ? tableId : undefined} onClick={() => setTableShown(!tableShown)}>
          {tableShown ? t('chart.hideTable') : t('chart.showTable')}
        </Button>
        <Button variant="outlined" onClick={() => downloadCsv(csvFileName, toCsv(chartColumns(props), chartCsvRows(props)))}>
          {t('chart.download')}
        </Button>
      </Box>
      {tableShown && <ChartDataTable id={tableId} caption={title} data={props} format={format} noValue={t('chart.noValue')} />}
    </Box>
  );
}

function ChartDrawing({
  kind,
  layout = 'vertical',
  title,
  summaryId,
  categories,
  series,
  referenceLines = [],
  height = 300,
  valueLabels = false,
  format,
}: ChartFigureProps & { summaryId: string; format: (value: number) => string }) {
  const { t } = useTranslation('ui');
  const localeText: Partial<ChartsLocaleText> = { loading: t('chart.loading'), noData: t('chart.noData'), a11yNoValue: t('chart.noValue') };
  const valueFormatter: Formatter = (value) => (value === null ? t('chart.noValue') : format(value));
  // The category axis holds indexes: short labels on the ticks, full labels in the tooltip and for screen readers.
  const categoryAxis = {
    data: categories.map((_category, index) => index),
    valueFormatter: (index: number, context: { location: string }) => {
      const category = categories[index];
      return context.location === 'tick' ? (category?.shortLabel ?? category?.label ?? '') : (category?.label ?? '');
    },
  };
  const valueAxis = {
    valueFormatter: (value: number) => format(value),
    // Room after the longest bar for its value label, which the drawing area would otherwise cut off.
    ...(valueLabels && { domainLimit: (min: { valueOf(): number }, max: { valueOf(): number }) => ({ min: Math.min(0, +min), max: +max * 1.25 }) }),
  };
  const colours = series.map((item, index) => item.colour ?? chartPalette[index % chartPalette.length]!);
  const common = {
    height,
    localeText,
    hideLegend: series.length < 2 && referenceLines.length === 0,
    skipAnimation: true,
  };
  const horizontal = kind === 'bar' && layout === 'horizontal';
  const lines = referenceLines.map((line) => (
    <ChartsReferenceLine
      key={line.label}
      {...(horizontal ? { x: line.value } : { y: line.value })}
      label={line.label}
      labelAlign="end"
      lineStyle={{ stroke: referenceLineColour, strokeDasharray: DASH, strokeWidth: 2 }}
      // A halo keeps the label readable where it crosses bars.
      labelStyle={{ fill: referenceLineColour, fontSize: 12, stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' }}
    />
  ));

  let chart;
  if (kind === 'bar') {
    const band = { ...categoryAxis, scaleType: 'band' as const };
    chart = (
      <BarChart
        {...common}
        layout={layout}
        xAxis={[horizontal ? valueAxis : band]}
        yAxis={[horizontal ? { ...band, width: 'auto' } : { ...valueAxis, width: 'auto' }]}
        series={series.map((item, index) => ({
          id: item.id,
          label: item.label,
          data: [...item.values],
          color: colours[index],
          valueFormatter,
          ...(valueLabels && { barLabel: (bar: { value: number | null }) => (bar.value === null ? null : format(bar.value)), barLabelPlacement: 'outside' as const }),
        }))}
        grid={horizontal ? { vertical: true } : { horizontal: true }}
      >
        {lines}
      </BarChart>
    );
  } else {
    const dashed = Object.fromEntries(
      series.filter((item) => item.dashed).map((item) => [`& .MuiLineChart-line[data-series="${item.id}"]`, { strokeDasharray: DASH }]),
    );
    chart = (
      <LineChart
        {...common}
        xAxis={[{ ...categoryAxis, scaleType: 'point' }]}
        yAxis={[{ ...valueAxis, width: 'auto' }]}
        series={series.map((item, index) => ({
          id: item.id,
          label: item.label,
          data: [...item.values],
          color: colours[index],
          valueFormatter,
          showMark: !item.dashed && categories.length <= 24,
          curve: 'linear' as const,
          labelMarkType: item.dashed ? ('line' as const) : undefined,
        }))}
        grid={{ horizontal: true }}
        sx={dashed}
      >
        {lines}
      </LineChart>
    );
  }
  // MUI X hides its SVG from screen readers and offers the values through keyboard navigation (arrow keys, each
  // value read out); the group names and describes the chart. Its own title/desc props would put aria-label on a
  // role="none" element, which axe rightly refuses. The outline shows keyboard focus, which MUI X leaves unstyled.
  return (
    <Box
      role="group"
      aria-label={t('chart.label', { title })}
      aria-describedby={summaryId}
      sx={{ width: '100%', minWidth: 0, borderRadius: 1, '&:has(:focus-visible)': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 } }}
    >
      {chart}
    </Box>
  );
}
