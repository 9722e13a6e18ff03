import { CSV_BOM, csvCell } from '@srpo/domain';

/** One cell of a CSV export: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

const SEPARATOR = ';';

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Dutch Excel reads `;`-separated files with a decimal comma; no thousands separator, so it stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  // Text as every CSV file of the register writes it (quoted when needed, formulas defused); numbers stay numbers.
  return csvCell(value);
}

/**
 * A CSV file as Dutch Excel opens it by double-click: a byte order mark (so UTF-8 letters like ‘ë’
 * survive), `;` between fields, a decimal comma, CRLF line ends, quotes only where needed.
 * `header` holds the (Dutch) column names.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(SEPARATOR));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Lets the browser save `csv` as `fileName` (e.g. 'registraties-per-titel-2018-12-31.csv'). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
