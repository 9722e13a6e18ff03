import { calendarDateParts, type CalendarDate } from '@srpo/domain';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A date as written in a Dutch letter: "1 maart 2026" (no locale data needed). */
export function formatDutchDate(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export const LETTERHEAD = 'Schoolleidersregister PO';

export function salutation(name: string): string {
  return `Beste ${name},`;
}

export const CLOSING = ['Met vriendelijke groet,', 'Schoolleidersregister PO'] as const;

/** The plain-text e-mail that carries a letter (the PDF goes along as attachment when sent). */
export function emailText(name: string, paragraphs: readonly string[]): string {
  return [
    salutation(name),
    ...paragraphs,
    CLOSING.join('\n'),
    'Deze brief staat ook als PDF in uw omgeving van het Schoolleidersregister PO.',
  ].join('\n\n');
}
