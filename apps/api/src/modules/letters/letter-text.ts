import { formatDateInWords, objectionDeadline, type CalendarDate } from '@srpo/domain';

/** A date as written in a Dutch letter: "1 maart 2026" (the domain's words, as in every message). */
export function formatDutchDate(date: CalendarDate): string {
  return formatDateInWords(date);
}

export const LETTERHEAD = 'Schoolleidersregister PO';

export function salutation(name: string): string {
  return `Beste ${name},`;
}

export const CLOSING = ['Met vriendelijke groet,', 'Schoolleidersregister PO'] as const;

/** A plain-text e-mail: salutation, the paragraphs and the closing. */
export function mailText(name: string, paragraphs: readonly string[]): string {
  return [salutation(name), ...paragraphs, CLOSING.join('\n')].join('\n\n');
}

/** The plain-text e-mail that carries a letter (the PDF goes along as attachment when sent). */
export function emailText(name: string, paragraphs: readonly string[]): string {
  return [mailText(name, paragraphs), 'Deze brief staat ook als PDF in uw omgeving van het Schoolleidersregister PO.'].join('\n\n');
}

/** The objection line every decision letter carries (§3.8): the concrete last day, six weeks after the decision. */
export function objectionLine(decidedOn: CalendarDate): string {
  return `Bent u het niet eens met dit besluit, dan kunt u tot en met ${formatDutchDate(objectionDeadline(decidedOn))} bezwaar maken. Dat doet u in uw omgeving van het Schoolleidersregister PO.`;
}
