import { formatDate, formatMonth, REGISTRATION_STATUSES, REGISTRATION_TITLES, type RegistrationLabels } from '@srpo/ui';
import type { ChartFigureProps } from '@srpo/ui/charts';
import type { TFunction } from 'i18next';
import type { RegisterStatisticsQuery } from '../gql/graphql';

export type RegisterStatistics = RegisterStatisticsQuery['registerStatistics'];

export interface ChartTexts {
  t: TFunction<'translation'>;
  labels: RegistrationLabels;
  language: string;
}

/** One chart of the page: its figure (data, summary in words, CSV file name) and how its figures are defined. */
export interface StatisticsChart {
  id: string;
  figure: ChartFigureProps;
  definition: string;
}

/** The five charts of the statistics page. */
export function statisticsCharts(stats: RegisterStatistics, texts: ChartTexts): StatisticsChart[] {
  const { t } = texts;
  const charts: [string, ChartFigureProps][] = [
    ['byTitle', titleChart(stats, texts)],
    ['byStatus', statusChart(stats, texts)],
    ['themes', themeChart(stats, texts)],
    ...monthCharts(stats, texts),
  ];
  return charts.map(([id, figure]) => ({ id, figure, definition: t(`statistics.${id}.definition` as 'statistics.byTitle.definition') }));
}

function numberIn(language: string) {
  const format = new Intl.NumberFormat(language);
  return (value: number) => format.format(value);
}

function listIn(language: string, items: string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/**
 * RDO, RADO, aspirant RDO, aspirant RADO: the annual report's order, whatever order the API answers in. Bars side
 * by side, as for statuses and themes: the labels are too long for a 360 px wide axis under the bars.
 */
function titleChart(stats: RegisterStatistics, { t, labels, language }: ChartTexts): ChartFigureProps {
  const number = numberIn(language);
  const rows = [false, true].flatMap((aspirant) =>
    REGISTRATION_TITLES.map((title) => ({
      label: labels.title(title, aspirant),
      count: stats.byTitle.find((row) => row.title === title && row.aspirant === aspirant)?.count ?? 0,
    })),
  );
  return {
    title: t('statistics.byTitle.title'),
    summary: t('statistics.byTitle.summary', {
      date: formatDate(stats.asOf, language),
      total: number(stats.registeredLeaders),
      list: listIn(
        language,
        rows.map((row) => t('statistics.byTitle.item', { number: number(row.count), title: row.label })),
      ),
    }),
    kind: 'bar',
    layout: 'horizontal',
    valueLabels: true,
    categoryLabel: t('statistics.byTitle.category'),
    categories: rows.map((row) => ({ label: row.label })),
    series: [{ id: 'leaders', label: t('statistics.byTitle.series'), values: rows.map((row) => row.count) }],
    csvFileName: t('statistics.byTitle.csvFile', { date: stats.asOf }),
  };
}

function statusChart(stats: RegisterStatistics, { t, labels, language }: ChartTexts): ChartFigureProps {
  const number = numberIn(language);
  const rows = REGISTRATION_STATUSES.map((status) => ({
    label: labels.status(status),
    count: stats.byStatus.find((row) => row.status === status)?.count ?? 0,
  }));
  return {
    title: t('statistics.byStatus.title'),
    summary: t('statistics.byStatus.summary', {
      date: formatDate(stats.asOf, language),
      list: listIn(
        language,
        rows.map((row) => t('statistics.byStatus.item', { number: number(row.count), status: row.label.toLocaleLowerCase(language) })),
      ),
    }),
    kind: 'bar',
    layout: 'horizontal',
    valueLabels: true,
    categoryLabel: t('statistics.byStatus.category'),
    categories: rows.map((row) => ({ label: row.label })),
    series: [{ id: 'leaders', label: t('statistics.byStatus.series'), values: rows.map((row) => row.count) }],
    csvFileName: t('statistics.byStatus.csvFile', { date: stats.asOf }),
  };
}

function themeChart(stats: RegisterStatistics, { t, language }: ChartTexts): ChartFigureProps {
  const number = numberIn(language);
  const rows = stats.themeCompletions;
  const most = rows.reduce<(typeof rows)[number] | null>((best, row) => (!best || row.formal + row.informal > best.formal + best.informal ? row : best), null);
  const label = (row: (typeof rows)[number]) => t('statistics.themes.themeLabel', { code: row.theme.code, name: row.theme.name });
  return {
    title: t('statistics.themes.title'),
    summary:
      most && most.formal + most.informal > 0
        ? t('statistics.themes.summary', {
            formal: number(stats.leadersWithFormalThemeCompletion),
            informal: number(stats.leadersWithInformalThemeCompletion),
            theme: label(most),
          })
        : t('statistics.themes.summaryNone', { date: formatDate(stats.asOf, language) }),
    kind: 'bar',
    layout: 'horizontal',
    valueLabels: true,
    height: 120 + rows.length * 48,
    categoryLabel: t('statistics.themes.category'),
    categories: rows.map((row) => ({ label: label(row), shortLabel: t('statistics.themes.themeShort', { code: row.theme.code }) })),
    series: [
      { id: 'formal', label: t('statistics.themes.formal'), values: rows.map((row) => row.formal) },
      { id: 'informal', label: t('statistics.themes.informal'), values: rows.map((row) => row.informal) },
    ],
    csvFileName: t('statistics.themes.csvFile', { date: stats.asOf }),
  };
}

/** New registrations per month (bars) and the register's size at each month's end (a line). */
function monthCharts(stats: RegisterStatistics, { t, language }: ChartTexts): [string, ChartFigureProps][] {
  const number = numberIn(language);
  const months = stats.registrationsPerMonth;
  const first = months[0];
  const last = months.at(-1);
  const categories = months.map(({ month }) => ({
    label: formatMonth(month, language),
    shortLabel: formatMonth(month, language, { short: true }),
    csvValue: month.slice(0, 7),
  }));
  const added = months.reduce((sum, month) => sum + month.registered, 0);
  const date = formatDate(stats.asOf, language);
  const from = first ? formatMonth(first.month, language) : '';
  const perMonth: ChartFigureProps = {
    title: t('statistics.perMonth.title'),
    summary: t('statistics.perMonth.summary', { from, until: date, total: number(added), average: number(Math.round(added / Math.max(months.length, 1))) }),
    kind: 'bar',
    categoryLabel: t('statistics.perMonth.category'),
    categories,
    series: [{ id: 'registered', label: t('statistics.perMonth.series'), values: months.map((month) => month.registered) }],
    csvFileName: t('statistics.perMonth.csvFile', { date: stats.asOf }),
  };
  const total: ChartFigureProps = {
    title: t('statistics.total.title'),
    summary: t('statistics.total.summary', { from, first: number(first?.registeredTotal ?? 0), date, last: number(last?.registeredTotal ?? 0) }),
    kind: 'line',
    categoryLabel: t('statistics.total.category'),
    categories,
    series: [{ id: 'registeredTotal', label: t('statistics.total.series'), values: months.map((month) => month.registeredTotal) }],
    csvFileName: t('statistics.total.csvFile', { date: stats.asOf }),
  };
  return [
    ['perMonth', perMonth],
    ['total', total],
  ];
}
