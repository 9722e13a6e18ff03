import { parseCalendarDate, type CalendarDate } from '@srpo/domain';

export interface CompletionRow {
  registerNumber: string;
  completedOn: CalendarDate;
}

export interface ParsedRows {
  /** Rows to send, in order. */
  rows: CompletionRow[];
  /** For each row sent, its line number in the text (from 1): the API's `row` maps back to it. */
  lines: number[];
  /** Lines that are not "register number + date" (not sent). */
  invalid: { line: number; text: string }[];
}

const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** A date as people type it: 2026-03-01 or 1-3-2026 / 01-03-2026. */
function toDate(value: string): CalendarDate | null {
  const dutch = DUTCH_DATE.exec(value);
  if (dutch) return parseCalendarDate(`${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`);
  return parseCalendarDate(value);
}

/**
 * Pasted participant lines ("registernummer;datum", also with comma, tab or spaces) as rows for
 * `recordCompletions`. Empty lines and a header line are skipped; other lines that are not a register
 * number with a valid date are returned as invalid (the API reports everything else per row).
 */
export function parseCompletionRows(text: string): ParsedRows {
  const parsed: ParsedRows = { rows: [], lines: [], invalid: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [registerNumber = '', date = '', ...rest] = line.split(/\s*[;,\t]\s*|\s+/).filter(Boolean);
    if (index === 0 && /^(registernummer|register_number)$/i.test(registerNumber)) return;
    const completedOn = toDate(date);
    if (!registerNumber || !completedOn || rest.length > 0) parsed.invalid.push({ line: index + 1, text: line });
    else {
      parsed.rows.push({ registerNumber, completedOn });
      parsed.lines.push(index + 1);
    }
  });
  return parsed;
}
