import { formatMonth } from '@srpo/ui';
import type { ChartCategory } from '@srpo/ui/charts';

/** Months (first days, from the API) as a chart's categories: "januari 2018", "jan. 2018" on the axis, "2018-01" in the CSV. */
export function monthCategories(months: readonly string[], language: string): ChartCategory[] {
  return months.map((month) => ({
    label: formatMonth(month, language),
    shortLabel: formatMonth(month, language, { short: true }),
    csvValue: month.slice(0, 7),
  }));
}
