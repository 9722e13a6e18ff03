import { parseCalendarDate, type CalendarDate } from '@srpo/domain';
import { AppError } from '../../http/errors';

/** One data row of a completions CSV; `completedOn` null when the date could not be read. */
export interface CsvCompletionRow {
  registerNumber: string;
  completedOn: CalendarDate | null;
  rawDate: string;
}

const NUMBER_HEADERS = ['registernummer', 'register_number'];
const DATE_HEADERS = ['datum', 'completed_on'];

/** Splits one line on `delimiter`, honouring double quotes ("a;b" and "" inside quotes). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** `YYYY-MM-DD` or `DD-MM-YYYY` (also with `/` or `.`); null when neither or not a real date. */
export function parseCsvDate(value: string): CalendarDate | null {
  const text = value.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch) return parseCalendarDate(`${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`);
  return parseCalendarDate(text);
}

/**
 * Reads a completions CSV: a header with `registernummer;datum` or `register_number,completed_on`
 * (either delimiter, any order, extra columns ignored), then one participant per line.
 */
export function parseCompletionsCsv(text: string): CsvCompletionRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (header === undefined) throw new AppError('BAD_USER_INPUT', 'Het bestand is leeg.');
  const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names = splitLine(header, delimiter).map((name) => name.toLowerCase());
  const numberAt = names.findIndex((name) => NUMBER_HEADERS.includes(name));
  const dateAt = names.findIndex((name) => DATE_HEADERS.includes(name));
  if (numberAt < 0 || dateAt < 0) {
    throw new AppError('BAD_USER_INPUT', 'De eerste regel moet de kolommen registernummer en datum noemen (of register_number en completed_on).');
  }
  return lines.slice(1).map((line) => {
    const cells = splitLine(line, delimiter);
    const rawDate = cells[dateAt] ?? '';
    return { registerNumber: cells[numberAt] ?? '', completedOn: parseCsvDate(rawDate), rawDate };
  });
}
