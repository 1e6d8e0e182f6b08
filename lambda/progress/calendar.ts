// Days where the user lives: the local calendar day of a moment in an IANA time zone, and weeks of days.
// Intl does the time zone work (its zone data ships with Node.js), so no date library is needed.

/** The zone used when the device's zone is not known. */
export const FALLBACK_TIME_ZONE = 'UTC';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for wall-clock parts in a zone; throws a RangeError for a zone Intl does not know. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** True when Intl knows the zone name (an IANA name such as Europe/London). Pure. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of a moment in a zone, as "YYYY-MM-DDTHH:MM:SS". Pure. */
export function localDateTime(moment: Date, timeZone: string = FALLBACK_TIME_ZONE): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The YYYY-MM-DD day of a moment where the user lives (in UTC when no zone is given). Pure. */
export function dayOf(moment: Date, timeZone: string = FALLBACK_TIME_ZONE): string {
  return localDateTime(moment, timeZone).slice(0, 10);
}

/** Whole days from day `a` to day `b` (both YYYY-MM-DD). Pure. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The day `count` days after `day` (before, when negative). Pure. */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the week of `day`: weeks run Monday to Sunday (ISO 8601). Pure. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
