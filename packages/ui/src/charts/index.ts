// The charts live behind their own entry point (`@srpo/ui/charts`): MUI X Charts loads only with the pages that draw one.
export { chartColumns, chartCsvRows, chartRows, type ChartCategory, type ChartData, type ChartReferenceLine, type ChartSeries } from './chartData';
export { ChartDataTable, type ChartDataTableProps } from './ChartDataTable';
export { ChartFigure, type ChartFigureProps } from './ChartFigure';
export { chartPalette, DASH, referenceLineColour } from './chartPalette';
