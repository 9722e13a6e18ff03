import { parseDutchOrIsoDate, type CalendarDate } from '@srpo/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError, ruleError } from '../../http/errors';
import { DEFAULT_MAX_TEXT_LENGTH, hasForbiddenCharacter } from '../../schema/hostile-input';

/** One data row of a completions CSV; `completedOn` null when the date could not be read. */
export interface CsvCompletionRow {
  registerNumber: string;
  completedOn: CalendarDate | null;
  rawDate: string;
  /** Set when the row itself is unreadable (a forbidden character, an oversized cell): reported, never stored. */
  problem?: 'FORBIDDEN_CHARACTER' | 'TEXT_TOO_LONG';
}

const NUMBER_HEADERS = ['registernummer', 'register_number'];
const DATE_HEADERS = ['datum', 'completed_on'];

/** `;` unless the header line has more commas than semicolons. */
function delimiterOf(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readRecords(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      relax_quotes: true,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = 'lines' in error && typeof error.lines === 'number' ? ` (rond regel ${error.lines})` : '';
      throw ruleError('INVALID_CSV', `Het CSV-bestand kan niet worden gelezen${line}: controleer de aanhalingstekens.`);
    }
    throw error;
  }
}

/**
 * Reads a completions CSV with a maintained parser (csv-parse): a header with `registernummer;datum`
 * or `register_number,completed_on` (either delimiter, any order, extra columns ignored), then one
 * participant per record. Quoted fields may hold delimiters and line breaks; a BOM is skipped; a row
 * with a NUL or other forbidden character becomes a rejected row, not a failed upload.
 */
export function parseCompletionsCsv(text: string): CsvCompletionRow[] {
  const [header, ...records] = readRecords(text);
  if (header === undefined) throw new AppError('BAD_USER_INPUT', 'Het bestand is leeg.');
  const names = header.map((name) => name.toLowerCase());
  const numberAt = names.findIndex((name) => NUMBER_HEADERS.includes(name));
  const dateAt = names.findIndex((name) => DATE_HEADERS.includes(name));
  if (numberAt < 0 || dateAt < 0) {
    throw new AppError('BAD_USER_INPUT', 'De eerste regel moet de kolommen registernummer en datum noemen (of register_number en completed_on).');
  }
  return records.map((cells) => {
    const registerNumber = cells[numberAt] ?? '';
    const rawDate = cells[dateAt] ?? '';
    if (hasForbiddenCharacter(registerNumber) || hasForbiddenCharacter(rawDate)) {
      return { registerNumber: registerNumber.replace(/[^\p{L}\p{N} -]/gu, '?').slice(0, 50), completedOn: null, rawDate: '', problem: 'FORBIDDEN_CHARACTER' };
    }
    if (registerNumber.length > DEFAULT_MAX_TEXT_LENGTH || rawDate.length > DEFAULT_MAX_TEXT_LENGTH) {
      return { registerNumber: registerNumber.slice(0, 50), completedOn: null, rawDate: '', problem: 'TEXT_TOO_LONG' };
    }
    return { registerNumber, completedOn: parseDutchOrIsoDate(rawDate), rawDate };
  });
}
