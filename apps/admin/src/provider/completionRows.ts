import { parseDutchOrIsoDate, type CalendarDate } from '@srpo/domain';

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
    const completedOn = parseDutchOrIsoDate(date);
    if (!registerNumber || !completedOn || rest.length > 0) parsed.invalid.push({ line: index + 1, text: line });
    else {
      parsed.rows.push({ registerNumber, completedOn });
      parsed.lines.push(index + 1);
    }
  });
  return parsed;
}
