/**
 * Civil time in a named zone, with nothing but `Intl`: the date an instant falls on there, the instant a wall-clock
 * time there is, and a deadline written as people there read it. Regulatory periods in days end "at the end of a day
 * in the authority's zone", so every day count goes through here; hour periods never do (they are instant arithmetic).
 *
 * A civil date is a day number: days since 1970-01-01 in the proleptic Gregorian calendar, so adding days is `+`.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a civil (zone-less) date. */
export type DayNumber = number;

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function dayNumber(date: CivilDate): DayNumber {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

export function civilDate(day: DayNumber): CivilDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function isWeekend(day: DayNumber): boolean {
  const dow = weekday(day);
  return dow === 0 || dow === 6;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function parseIsoDate(text: string): DayNumber {
  const [year, month, day] = text.split('-').map(Number);
  return dayNumber({ year: year ?? NaN, month: month ?? NaN, day: day ?? NaN });
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Friday 20 March 2026": a date in words, the same in every locale. */
export function dateInWords(day: DayNumber): string {
  const { year, month, day: dom } = civilDate(day);
  return `${WEEKDAYS[weekday(day)]} ${dom} ${MONTHS[month - 1]} ${year}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `Intl` knows the IANA zone name (`Europe/Brussels`, `America/New_York`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface ZonedTime {
  readonly day: DayNumber;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The civil date and wall-clock time of an instant in a zone, as `Intl` reads it (one `formatToParts`, ~10 µs). */
function zonedTimeByIntl(instant: number, timeZone: string): ZonedTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    day: dayNumber({ year: fields.year ?? NaN, month: fields.month ?? NaN, day: fields.day ?? NaN }),
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

function offsetByIntl(wholeSecond: number, timeZone: string): number {
  const local = zonedTimeByIntl(wholeSecond, timeZone);
  return local.day * MS_PER_DAY + ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 - wholeSecond;
}

/**
 * A zone's offset is asked for the same quarter hours again and again (30,000 filing profiles' clocks on one
 * dashboard asked `Intl` ~250,000 times, 0.7 s). Offsets change only at a zone's transitions, and no zone has two
 * within a quarter hour: so the offset at a quarter hour's first and last second, when equal, is the offset at every
 * instant between them, and is kept; a quarter hour with a transition inside is asked of `Intl` each time.
 */
const OFFSET_SPAN_MS = 15 * 60_000;
const OFFSETS_KEPT = 50_000;
const TRANSITION = Number.NaN;
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at an instant, in milliseconds (east positive), to the second as `Intl` says it. */
export function zoneOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const span = Math.floor(whole / OFFSET_SPAN_MS);
  let offset = offsets.get(timeZone)?.get(span);
  if (offset === undefined) {
    const first = offsetByIntl(span * OFFSET_SPAN_MS, timeZone);
    const last = offsetByIntl((span + 1) * OFFSET_SPAN_MS - 1000, timeZone);
    offset = first === last ? first : TRANSITION;
    let ofZone = offsets.get(timeZone);
    if (ofZone === undefined) offsets.set(timeZone, (ofZone = new Map()));
    if (ofZone.size >= OFFSETS_KEPT) ofZone.clear();
    ofZone.set(span, offset);
  }
  return Number.isNaN(offset) ? offsetByIntl(whole, timeZone) : offset;
}

/** The civil date and wall-clock time of an instant in a zone. */
export function zonedTime(instant: number, timeZone: string): ZonedTime {
  const whole = Math.floor(instant / 1000) * 1000;
  const local = whole + zoneOffset(whole, timeZone);
  const day = Math.floor(local / MS_PER_DAY);
  const secondOfDay = (local - day * MS_PER_DAY) / 1000;
  return {
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay / 60) % 60,
    second: secondOfDay % 60,
  };
}

/** The date an instant falls on in a zone. */
export function zonedDay(instant: number, timeZone: string): DayNumber {
  return zonedTime(instant, timeZone).day;
}

/**
 * The instant at which the wall clock in a zone shows `day` at the given time. Two passes settle the offset across a
 * daylight-saving change; the times used here (12:00, 17:30, 23:59:59.999) exist on every day in every zone.
 */
export function zonedInstant(day: DayNumber, timeZone: string, hour: number, minute = 0, second = 0, ms = 0): number {
  const wall = day * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  const first = wall - zoneOffset(wall, timeZone);
  const offset = zoneOffset(first, timeZone);
  return wall - offset;
}

/** The last moment of a day in a zone (23:59:59.999 there): a period "ends at the end of" that day. */
export function endOfDay(day: DayNumber, timeZone: string): number {
  return zonedInstant(day, timeZone, 23, 59, 59, 999);
}

function offsetInWords(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * An instant as read on the wall clock of a zone, to the second: "Friday 20 March 2026, 23:59:59 (Europe/Brussels,
 * UTC+01:00)". The end of a day is shown as 23:59:59 of that day, never as midnight of the next.
 */
export function localTimeInWords(instant: number, timeZone: string): string {
  const local = zonedTime(instant, timeZone);
  const clock = [local.hour, local.minute, local.second].map((n) => String(n).padStart(2, '0')).join(':');
  return `${dateInWords(local.day)}, ${clock} (${timeZone}, ${offsetInWords(zoneOffset(instant, timeZone))})`;
}
