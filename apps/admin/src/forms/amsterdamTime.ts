import { isValidCalendarDate } from '@srpo/domain';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ZONE = 'Europe/Amsterdam';

/** Minutes Amsterdam is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
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
 * browser's own time zone: staff plan sessions in Dutch time. Null for a date or time that does not exist.
 */
export function amsterdamInstant(date: string, time: string): string | null {
  const match = TIME.exec(time);
  if (!isValidCalendarDate(date) || !match) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));
  // Twice: the offset of the first guess can differ from the offset at the answer around a DST switch.
  const guess = wall - amsterdamOffsetMinutes(wall) * 60_000;
  return new Date(wall - amsterdamOffsetMinutes(guess) * 60_000).toISOString();
}

/** A session's date and times in words, e.g. "maandag 7 december 2026, 14:00–16:30". */
export function sessionRange(startsAt: string, endsAt: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE }).formatRange(new Date(startsAt), new Date(endsAt));
}
