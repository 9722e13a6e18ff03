import type { CsvCell } from '../export/csv';

/** One value of the category axis: a title, a status, a theme, a month. */
export interface ChartCategory {
  /** As the table and the tooltip show it: "januari 2018", "Thema 4: Kennis- en kwaliteitsontwikkeling". */
  label: string;
  /** On the axis, where space is short (360 px): "jan. 2018", "Thema 4". Default: `label`. */
  shortLabel?: string;
  /** In the CSV file, when it differs from `label` (e.g. "2018-01" for a month). */
  csvValue?: string;
}

/** One measured quantity, one value per category (null: no value). */
export interface ChartSeries {
  id: string;
  /** In the legend, the tooltip and the table's column header: "Formeel leren". */
  label: string;
  values: readonly (number | null)[];
  /** A target or norm drawn as a dashed line (line charts). */
  dashed?: boolean;
  /** Default: the next colour of the chart palette. */
  colour?: string;
}

/** A constant target or norm across the whole chart, drawn dashed: "Doel: 250 per maand". */
export interface ChartReferenceLine {
  /** Column header in the table and CSV, and the line's label in the chart. */
  label: string;
  value: number;
}

export interface ChartData {
  /** Header of the first column of the table and the CSV: "Titel", "Maand". */
  categoryLabel: string;
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  referenceLines?: readonly ChartReferenceLine[];
}

/** The chart as a table: one row per category, one column per series and per reference line. */
export function chartColumns({ categoryLabel, series, referenceLines = [] }: ChartData): string[] {
  return [categoryLabel, ...series.map((item) => item.label), ...referenceLines.map((line) => line.label)];
}

/** Rows of {@link chartColumns}: the category, then the values (never formatted: the reader formats). */
export function chartRows({ categories, series, referenceLines = [] }: ChartData): { category: ChartCategory; values: (number | null)[] }[] {
  return categories.map((category, index) => ({
    category,
    values: [...series.map((item) => item.values[index] ?? null), ...referenceLines.map((line) => line.value)],
  }));
}

/** The chart's CSV rows: the category as `csvValue` (else its label), then the values. */
export function chartCsvRows(data: ChartData): CsvCell[][] {
  return chartRows(data).map(({ category, values }) => [category.csvValue ?? category.label, ...values]);
}
