/**
 * The register's CSV files as Dutch spreadsheets open them: semicolons between cells, CRLF after
 * every row and a byte-order mark first, so Excel reads UTF-8 (ö, ü, ’). One format for the apps'
 * downloads (@srpo/ui `toCsv`, the portal's grids) and the API's open-data export.
 */
export const CSV_BOM = '\uFEFF';

/** Cells that a spreadsheet would run as a formula (CSV injection): they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One text cell: quoted when it holds a separator, quote or line break; a formula start defused. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row of cells, CRLF included. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}
