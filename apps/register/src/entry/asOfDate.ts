import { calendarDateParts, isPublicAsOf, parseDutchOrIsoDate, type CalendarDate } from '@srpo/domain';

/** A peildatum as typed or found in the URL, judged against today. */
export type AsOfReading =
  | { kind: 'none' }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'invalid' }
  | { kind: 'future'; date: CalendarDate };

/**
 * Reads a peildatum written the Dutch way (31-12-2020) or as in the API (2020-12-31). A date after
 * today is not answered: the register shows how a registration is or was, not how it will be.
 */
export function readAsOf(raw: string | null, today: CalendarDate): AsOfReading {
  const value = (raw ?? '').trim();
  if (!value) return { kind: 'none' };
  const date = parseDutchOrIsoDate(value);
  if (!date) return { kind: 'invalid' };
  return isPublicAsOf(date, today) ? { kind: 'date', date } : { kind: 'future', date };
}

/** A date as the field shows it, the Dutch way: 31-12-2020. */
export function asOfFieldText(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}
