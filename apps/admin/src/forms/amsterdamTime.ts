const ZONE = 'Europe/Amsterdam';

/** A session's date and times in words, e.g. "maandag 7 december 2026, 14:00–16:30". */
export function sessionRange(startsAt: string, endsAt: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE }).formatRange(new Date(startsAt), new Date(endsAt));
}
