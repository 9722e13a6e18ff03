/**
 * Calendar dates without time or time zone (DESIGN §3: the register's rules work on days).
 *
 * A {@link CalendarDate} is a branded `YYYY-MM-DD` string, so it can go straight into a PostgreSQL
 * `date` column, a GraphQL `Date` scalar and a React input. All arithmetic here is integer
 * arithmetic on a proleptic Gregorian day count: nothing depends on the process's time zone, and
 * {@link todayInAmsterdam} is the only place where an instant becomes a date.
 */

declare const calendarDateBrand: unique symbol;

/** A calendar date formatted `YYYY-MM-DD` (years 0001–9999). Obtain one via {@link parseCalendarDate}, {@link calendarDate} or arithmetic. */
export type CalendarDate = string & { readonly [calendarDateBrand]: 'CalendarDate' };

/** The parts of a calendar date; `month` is 1–12, `day` 1–31. */
export interface CalendarDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * A calendar duration, applied as years and months first (with end-of-month clamping, see
 * {@link addMonths}) and then weeks and days.
 */
export interface DateDuration {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsAreValid(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Whether `value` is an existing calendar date written exactly as `YYYY-MM-DD` (so `2019-02-29` is not). */
export function isValidCalendarDate(value: string): value is CalendarDate {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  return partsAreValid(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses `YYYY-MM-DD`; returns `null` for anything else (other formats, impossible dates such as `2018-02-30`). */
export function parseCalendarDate(value: string): CalendarDate | null {
  return isValidCalendarDate(value) ? value : null;
}

const DUTCH_DATE_PATTERN = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const LOOSE_ISO_DATE_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date as people type it (a form field, a CSV cell, `?peildatum=`): `31-12-2020` (also `31/12/2020`,
 * `31.12.2020`, `1-5-2024`) or ISO `2020-12-31` (also `2020-5-1`); surrounding spaces are ignored.
 * Returns `null` for anything else and for impossible dates (`31-02-2024`). A two-digit year
 * (`31-12-20`) is refused on purpose: 1920 or 2020 cannot be told apart, and a wrong century would
 * be stored silently.
 */
export function parseDutchOrIsoDate(value: string): CalendarDate | null {
  const text = value.trim();
  const dutch = DUTCH_DATE_PATTERN.exec(text);
  if (dutch) return partsOrNull(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  const iso = LOOSE_ISO_DATE_PATTERN.exec(text);
  if (iso) return partsOrNull(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

function partsOrNull(year: number, month: number, day: number): CalendarDate | null {
  return partsAreValid(year, month, day) ? formatCalendarDate(year, month, day) : null;
}

/**
 * Parses `YYYY-MM-DD` and throws a `RangeError` when it is not a valid date. For constants and
 * tests; use {@link parseCalendarDate} for user input.
 */
export function calendarDate(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (parsed === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return parsed;
}

/** Formats year, month (1–12) and day as a {@link CalendarDate}; throws a `RangeError` for an impossible date. */
export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  if (!partsAreValid(year, month, day)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

const MONTH_NAMES = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * A date as people read it in a sentence: "1 maart 2026" (or "1 March 2026"), never `2026-03-01`.
 * For messages the domain and the API write (reasons, explanations, letters); no locale data needed.
 */
export function formatDateInWords(date: CalendarDate, language: 'nl' | 'en' = 'nl'): string {
  const { year, month, day } = calendarDateParts(date);
  return `${day} ${MONTH_NAMES[language][month - 1]} ${year}`;
}

/** Splits a {@link CalendarDate} into year, month and day. */
export function calendarDateParts(date: CalendarDate): CalendarDateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before), computed without `Date` so no time zone is involved
 * (H. Hinnant's days-from-civil algorithm).
 */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date `epochDay` days after 1970-01-01; inverse of {@link toEpochDay}. Throws outside years 0001–9999. */
export function fromEpochDay(epochDay: number): CalendarDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatCalendarDate(year, month, day);
}

/** Compares two dates: negative when `a` is earlier, 0 when equal, positive when later (usable in `Array.sort`). */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  // Zero-padded ISO dates sort lexicographically.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `a` is strictly before `b`. */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

/** Whether `a` is strictly after `b`. */
export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return a > b;
}

/** Whether `a` is on or before `b`. */
export function isOnOrBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a <= b;
}

/** Whether `a` is on or after `b`. */
export function isOnOrAfter(a: CalendarDate, b: CalendarDate): boolean {
  return a >= b;
}

/** Whether `date` lies in the inclusive range `from`..`until`; `until` null or undefined means open-ended. */
export function isWithin(date: CalendarDate, from: CalendarDate, until?: CalendarDate | null): boolean {
  return date >= from && (until == null || date <= until);
}

/** The earliest of one or more dates. */
export function minDate(first: CalendarDate, ...rest: readonly CalendarDate[]): CalendarDate {
  return rest.reduce((min, date) => (date < min ? date : min), first);
}

/** The latest of one or more dates. */
export function maxDate(first: CalendarDate, ...rest: readonly CalendarDate[]): CalendarDate {
  return rest.reduce((max, date) => (date > max ? date : max), first);
}

/** Number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** `date` plus `weeks` × 7 days. */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * `date` plus `months` calendar months (may be negative), clamping to the end of the target month:
 * 31 January + 1 month = 28 February (29 in a leap year); 31 August − 6 months = 28/29 February.
 * The day of month is kept whenever it exists in the target month.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = calendarDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatCalendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * `date` plus `years` (= 12 × `years` months, see {@link addMonths}). Choice for 29 February: it stays
 * 29 February when the target year is a leap year (2016-02-29 + 4 years = 2020-02-29) and becomes
 * 28 February otherwise (2016-02-29 + 1 year = 2017-02-28). A registration's four-year cycle from
 * 29 February therefore stays on 29 February (except across 2100).
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** `date` plus a {@link DateDuration}: years and months first (clamped), then weeks and days. */
export function addDuration(date: CalendarDate, duration: DateDuration): CalendarDate {
  const months = (duration.years ?? 0) * 12 + (duration.months ?? 0);
  const days = (duration.weeks ?? 0) * 7 + (duration.days ?? 0);
  return addDays(addMonths(date, months), days);
}

/** `date` minus a {@link DateDuration} (months clamped as in {@link addMonths}). */
export function subtractDuration(date: CalendarDate, duration: DateDuration): CalendarDate {
  return addDuration(date, {
    years: -(duration.years ?? 0),
    months: -(duration.months ?? 0),
    weeks: -(duration.weeks ?? 0),
    days: -(duration.days ?? 0),
  });
}

let amsterdamFormatter: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in Europe/Amsterdam at instant `now` (CET/CEST, daylight saving handled by
 * `Intl`). This is the only place where an instant becomes a date: a job running at 23:00 or 01:00
 * Amsterdam time gets the Amsterdam date, whatever the server's own time zone.
 */
export function todayInAmsterdam(now: Date): CalendarDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInAmsterdam needs a valid instant');
  amsterdamFormatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = amsterdamFormatter.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return formatCalendarDate(part('year'), part('month'), part('day'));
}

let amsterdamTimeFormatter: Intl.DateTimeFormat | undefined;

/** The time of day in Europe/Amsterdam at instant `at`, as letters write it: "09:30". */
export function timeInAmsterdam(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('timeInAmsterdam needs a valid instant');
  amsterdamTimeFormatter ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return amsterdamTimeFormatter.format(at);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes Amsterdam is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant (ISO string) of a date and a time of day on the clock in the Netherlands, whatever the
 * device's own time zone: people plan sessions and interviews in Dutch time. Null for a date or time that does not exist.
 */
export function amsterdamInstant(date: string, time: string): string | null {
  const match = CLOCK_TIME.exec(time);
  if (!isValidCalendarDate(date) || !match) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));
  // Twice: the offset of the first guess can differ from the offset at the answer around a DST switch.
  const guess = wall - amsterdamOffsetMinutes(wall) * 60_000;
  return new Date(wall - amsterdamOffsetMinutes(guess) * 60_000).toISOString();
}
