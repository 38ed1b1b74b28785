/**
 * Times as a responder reads them: in their own time zone with the zone named ("22 Nov 2026, 07:31 CET"), relative
 * where it helps ("12 min ago"), and the conversion between datetime-local inputs (local wall time) and the stored
 * ISO-8601 UTC strings with millisecond precision.
 */
const LOCALE = 'en-GB';

/**
 * Each formatter is made on first use: making one loads locale data (tens of ms on a busy machine), and the console's
 * first screen needs only the date-and-time and relative ones.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateTimeFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }),
);
const dateFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' }),
);
const timeFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }),
);
const utcFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }),
);
const relativeFormat = onFirstUse(() => new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto', style: 'short' }));

/**
 * Formatting is costly next to rendering (a 300-step checklist shows 600 times), and the same moments are shown
 * again on every render, so each formatter remembers what it wrote, up to a bound.
 */
function remembered(format: () => Intl.DateTimeFormat): (iso: string) => string {
  const cache = new Map<string, string>();
  return (iso) => {
    let text = cache.get(iso);
    if (text === undefined) {
      if (cache.size >= 5_000) cache.clear();
      text = format().format(new Date(iso));
      cache.set(iso, text);
    }
    return text;
  };
}

/** "22 Nov 2026, 07:31 CET" */
export const formatDateTime = remembered(dateTimeFormat);

/** "07:31 CET" */
export const formatTime = remembered(timeFormat);

/** "22 Nov 2026, 06:31:00 UTC", for tooltips. */
export const formatUtc = remembered(utcFormat);

export function isSameLocalDay(a: string, b: string): boolean {
  return dateFormat().format(new Date(a)) === dateFormat().format(new Date(b));
}

/**
 * A moment as short as is still true: "07:31 CET" when it falls on the responder's today, otherwise the date too
 * ("25 Nov 2026, 03:39 CET") — a deadline three days away never shows as a bare time.
 */
export function formatMoment(iso: string, now: number = Date.now()): string {
  return dateFormat().format(new Date(iso)) === dateFormat().format(new Date(now))
    ? formatTime(iso)
    : formatDateTime(iso);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "12 min ago", "in 3 hr", "now". */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const magnitude = Math.abs(seconds);
  if (magnitude < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (magnitude >= size || unit === 'minute') {
      return relativeFormat().format(Math.round(seconds / size), unit);
    }
  }
  return 'just now';
}

const zoneIdFormat = onFirstUse(() => new Intl.DateTimeFormat());
const zoneNameFormat = onFirstUse(() => new Intl.DateTimeFormat(LOCALE, { timeZoneName: 'short' }));

/**
 * The responder's zone: IANA name and short name, e.g. { id: 'Europe/Berlin', short: 'CET' }. Its formatters are made
 * once like the others (making one per call cost more than the rest of a form's render; the zone is the process's).
 */
export function localZone(at: Date = new Date()): { readonly id: string; readonly short: string } {
  const id = zoneIdFormat().resolvedOptions().timeZone;
  const short =
    zoneNameFormat()
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? id;
  return { id, short };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An ISO timestamp as a datetime-local value in the responder's zone ("2026-11-22T07:31"). */
export function toLocalInputValue(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A datetime-local value (local wall time) as ISO UTC with milliseconds; '' when it is not a complete date. */
export function fromLocalInputValue(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value);
  if (!match) return '';
  const [, y, mo, d, h, mi, s, ms] = match;
  const date = new Date(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Number((ms ?? '0').padEnd(3, '0')),
  );
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
