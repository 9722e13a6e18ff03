import { Readable } from 'node:stream';
import { LEGACY_IMPORT_KINDS, legacyKindOf, missingLegacyColumns, reason, type LegacyImportKind, type LegacyRow, type Reason } from '@srpo/domain';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** An uploaded file: its name (the kind, for CSV) and bytes. */
export interface LegacyFile {
  name: string;
  content: Buffer;
}

/** One data row of a kind: its 1-based row number in the file or sheet (the header is row 1) and its cells. */
export interface NumberedRow {
  rowNumber: number;
  row: LegacyRow;
}

/** A file or sheet that cannot be read as a whole (unknown kind, missing columns): none of its rows is taken over. */
export interface FileProblem {
  file: string;
  reasons: Reason[];
}

/** Where the rows of one kind are: a CSV file, or a sheet of the XLSX workbook. */
export interface KindSource {
  kind: LegacyImportKind;
  file: string;
  rows(): AsyncIterable<NumberedRow>;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Whether `file` is an XLSX workbook (a zip: the name ends in .xlsx and the bytes start as a zip does). */
export function isWorkbook(file: LegacyFile): boolean {
  return /\.xlsx$/i.test(file.name) && file.content.subarray(0, 4).equals(XLSX_MAGIC);
}

/** `;` unless the header line has more commas than semicolons. */
function delimiterOf(content: Buffer): ';' | ',' {
  const head = content.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  const header = head.slice(0, head.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function headerOf(cells: readonly unknown[]): string[] {
  return cells.map((cell) => String(cell ?? '').trim().toLowerCase());
}

function rowOf(header: readonly string[], cells: readonly string[]): LegacyRow {
  const row: Record<string, string> = {};
  header.forEach((name, index) => {
    if (name) row[name] = cells[index] ?? '';
  });
  return row;
}

/** Streams a CSV file's records with csv-parse; the first record is the header. */
async function* csvRecords(content: Buffer): AsyncGenerator<string[]> {
  const parser = Readable.from([content]).pipe(
    parse({ bom: true, delimiter: delimiterOf(content), trim: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }),
  );
  for await (const record of parser) yield record as string[];
}

/** A spreadsheet cell as the text the domain reads: dates as `YYYY-MM-DD` (a date cell is midnight UTC), rich text and formulas as their text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (typeof cell.text === 'string') return cell.text;
  }
  return String(value);
}

/** Streams one sheet's rows as text cells (exceljs's WorkbookReader: the workbook is never held in memory as a whole). */
async function* sheetRecords(content: Buffer, sheetName: string): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const sheet of reader) {
    const matches = ((sheet as unknown as { name?: string }).name ?? '').trim().toLowerCase() === sheetName;
    for await (const row of sheet) {
      if (!matches) continue;
      const values = row.values as unknown[];
      // exceljs rows are 1-based: values[0] is empty.
      yield { rowNumber: row.number, cells: values.slice(1).map(cellText).map((text) => text.trim()) };
    }
  }
}

async function sheetNames(content: Buffer): Promise<string[]> {
  const names: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), { worksheets: 'emit', sharedStrings: 'ignore', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const sheet of reader) {
    names.push((sheet as unknown as { name?: string }).name ?? '');
    for await (const row of sheet) void row;
  }
  return names;
}

async function csvHeader(content: Buffer): Promise<string[]> {
  for await (const record of csvRecords(content)) return headerOf(record);
  return [];
}

async function sheetHeader(content: Buffer, sheetName: string): Promise<string[]> {
  for await (const { cells } of sheetRecords(content, sheetName)) return headerOf(cells);
  return [];
}

/**
 * The sources of an upload, in the order the kinds load (contract 2): several CSV files named after
 * their kind, or one XLSX workbook with a sheet per kind. A file or sheet with an unknown name, a
 * kind given twice, or a header without the kind's required columns is a problem of its own.
 */
export async function legacySources(files: readonly LegacyFile[]): Promise<{ sources: KindSource[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const found = new Map<LegacyImportKind, KindSource>();
  const add = (kind: LegacyImportKind | null, file: string, header: string[], rows: () => AsyncIterable<NumberedRow>) => {
    if (kind === null) {
      problems.push({ file, reasons: [reason('LEGACY_FILE_KIND_UNKNOWN', { name: file })] });
      return;
    }
    if (found.has(kind)) {
      problems.push({ file, reasons: [reason('LEGACY_KIND_TWICE', { kind })] });
      return;
    }
    const missing = missingLegacyColumns(kind, header);
    if (missing.length > 0) {
      problems.push({ file, reasons: [reason('LEGACY_COLUMNS_MISSING', { kind, columns: missing.join(', ') })] });
      return;
    }
    found.set(kind, { kind, file, rows });
  };
  for (const file of files) {
    if (isWorkbook(file)) {
      for (const name of await sheetNames(file.content)) {
        const sheet = name.trim().toLowerCase();
        const header = await sheetHeader(file.content, sheet);
        add(legacyKindOf(name), `${file.name} › ${name}`, header, () => sheetRows(file.content, sheet, header));
      }
    } else {
      const header = await csvHeader(file.content);
      add(legacyKindOf(file.name), file.name, header, () => csvRows(file.content, header));
    }
  }
  return { sources: LEGACY_IMPORT_KINDS.flatMap((kind) => found.get(kind) ?? []), problems };
}

async function* csvRows(content: Buffer, header: string[]): AsyncGenerator<NumberedRow> {
  let rowNumber = 0;
  for await (const record of csvRecords(content)) {
    rowNumber += 1;
    if (rowNumber === 1) continue;
    if (record.every((cell) => cell === '')) continue;
    yield { rowNumber, row: rowOf(header, record) };
  }
}

async function* sheetRows(content: Buffer, sheet: string, header: string[]): AsyncGenerator<NumberedRow> {
  let first = true;
  for await (const { rowNumber, cells } of sheetRecords(content, sheet)) {
    if (first) {
      first = false;
      continue;
    }
    if (cells.every((cell) => cell === '')) continue;
    yield { rowNumber, row: rowOf(header, cells) };
  }
}
