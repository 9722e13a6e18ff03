import { CSV_BOM, csvRow } from '@srpo/domain';

/** A CSV file as Dutch spreadsheets open it (the domain's `csvRow`: semicolons, CRLF, formulas defused), with a byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return CSV_BOM + [header, ...rows].map(csvRow).join('');
}

/** Offers `text` as a file download. */
export function downloadFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
