/** A calendar date as the API sends it: 'YYYY-MM-DD' (no time, no time zone). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an API date for people, e.g. '2014-01-01' → '1 januari 2014' (nl) or 'January 1, 2014' (en).
 * Formatting happens in UTC so the day never shifts with the browser's time zone.
 */
export function formatDate(date: IsoDate, language: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

/**
 * Formats an API moment (ISO date-time) for people as the register's clock shows it, e.g. '2026-11-30T08:05:00Z' →
 * '30 november 2026 om 09:05' (nl): always Amsterdam time, whatever the visitor's time zone.
 */
export function formatDateTime(value: string, language: string): string {
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(moment);
}

/**
 * Formats the month of an API date, e.g. '2018-03-01' → 'maart 2018', or with `short` 'mrt 2018' (for a chart's
 * axis); in UTC like {@link formatDate}.
 */
export function formatMonth(date: IsoDate, language: string, { short = false }: { short?: boolean } = {}): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const [, year, month] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, 1);
  return new Intl.DateTimeFormat(language, { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** Today's date in the browser's time zone, as an API date. */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
