/**
 * Where a period ends, and why, in words: the arithmetic behind every regulatory deadline. Hours are added to the
 * instant; days and months are counted on the calendar of the authority's zone and end at the last moment of their
 * last day there, moved as Regulation 1182/71 Art. 3(4) and 3(5) say for EU periods; business days skip weekends and
 * holidays and end at a time of day. Each result carries the sentences that justify it, which become the clock's basis.
 */
import {
  civilDate,
  dateInWords,
  dayNumber,
  daysInMonth,
  endOfDay,
  zonedDay,
  zonedInstant,
  type DayNumber,
} from './civilTime';
import { ANCHOR_EVENTS, REGULATION_1182_71, type Deadline, type Period } from './rules';
import { isWorkingDay, nextWorkingDay, whyNotWorking, type WorkingDayCalendar } from './workingDays';

export interface CountingPlace {
  readonly timeZone: string;
  readonly calendar: WorkingDayCalendar;
}

export interface PeriodEnd {
  readonly at: number;
  /** How the end was reached, one sentence per step, the legal reference last. */
  readonly words: string;
}

const HOUR_MS = 3_600_000;

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

export function periodInWords(period: Period): string {
  switch (period.unit) {
    case 'hours':
      return `${period.amount} hours`;
    case 'days':
      return `${period.amount} ${period.counting === 'us-calendar' ? 'calendar ' : ''}days`;
    case 'months':
      return period.amount === 1 ? 'one month' : `${period.amount} months`;
    case 'business-days':
      return `${period.amount} business days`;
    case 'days-after-year-end':
      return `${period.amount} days after the end of the calendar year`;
  }
}

/** Regulation 1182/71 Art. 3(4) and 3(5) applied to the last day of a period that began after `day0`. */
function euLastDay(day0: DayNumber, last: DayNumber, place: CountingPlace, steps: string[]): DayNumber {
  let end = last;
  const why = whyNotWorking(place.calendar, end);
  if (why !== undefined) {
    end = nextWorkingDay(place.calendar, end);
    steps.push(
      `${dateInWords(last)} is ${why}, so the period ends with the next working day, ${dateInWords(end)} (${REGULATION_1182_71} Art. 3(4))`,
    );
  }
  let working = 0;
  for (let day = day0 + 1; day <= end; day++) if (isWorkingDay(place.calendar, day)) working++;
  if (working < 2) {
    while (working < 2) {
      end = nextWorkingDay(place.calendar, end);
      working++;
    }
    steps.push(
      `a period of two days or more includes at least two working days, so it ends with ${dateInWords(end)} (${REGULATION_1182_71} Art. 3(5))`,
    );
  }
  return end;
}

function sameDateMonthsLater(day0: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilDate(day0);
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayNumber({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** The end of `deadline`'s period for an anchor event at `anchorAt`. */
export function periodEnd(anchorAt: number, deadline: Deadline, place: CountingPlace): PeriodEnd {
  const { period } = deadline;
  const event = ANCHOR_EVENTS[deadline.anchor];
  const steps: string[] = [];
  const day0 = zonedDay(anchorAt, place.timeZone);
  const from = `${event} on ${dateInWords(day0)} (day 0 in ${place.timeZone})`;
  let at: number;
  switch (period.unit) {
    case 'hours':
      at = anchorAt + period.amount * HOUR_MS;
      steps.push(`${period.amount} hours from ${event} at ${new Date(anchorAt).toISOString()}`);
      break;
    case 'days': {
      const last = day0 + period.amount;
      steps.push(`${periodInWords(period)} from ${from} end with day ${period.amount}, ${dateInWords(last)}`);
      const end = period.counting === 'eu-1182-71' ? euLastDay(day0, last, place, steps) : last;
      at = endOfDay(end, place.timeZone);
      break;
    }
    case 'months': {
      const last = sameDateMonthsLater(day0, period.amount);
      const clamped = civilDate(last).day !== civilDate(day0).day;
      steps.push(
        `${periodInWords(period)} from ${from} ends with ${dateInWords(last)}${clamped ? ', the last day of that month, which has no such date' : ', the same date'} (${REGULATION_1182_71} Art. 3(2)(c))`,
      );
      const end = period.counting === 'eu-1182-71' ? euLastDay(day0, last, place, steps) : last;
      at = endOfDay(end, place.timeZone);
      break;
    }
    case 'business-days': {
      let day = day0;
      const skipped: string[] = [];
      for (let counted = 0; counted < period.amount;) {
        day += 1;
        if (isWorkingDay(place.calendar, day)) counted++;
        else {
          const holiday = place.calendar.holiday(day);
          if (holiday !== undefined) skipped.push(`${holiday}, ${dateInWords(day)}`);
        }
      }
      at = zonedInstant(day, place.timeZone, period.at.hour, period.at.minute);
      const time = `${String(period.at.hour).padStart(2, '0')}:${String(period.at.minute).padStart(2, '0')}`;
      steps.push(
        `the ${ordinal(period.amount)} business day after ${from}, not counting Saturdays, Sundays and ${place.calendar.source}${skipped.length > 0 ? ` (skipping ${skipped.join('; ')})` : ''}, is ${dateInWords(day)}, due by ${time} ${place.timeZone} time`,
      );
      break;
    }
    case 'days-after-year-end': {
      const yearEnd = dayNumber({ year: civilDate(day0).year, month: 12, day: 31 });
      const last = yearEnd + period.amount;
      steps.push(
        `${event} on ${dateInWords(day0)} (${place.timeZone}); ${period.amount} days after the end of that calendar year, ${dateInWords(yearEnd)}, is ${dateInWords(last)}`,
      );
      at = endOfDay(last, place.timeZone);
      break;
    }
  }
  return { at, words: `${steps.join('; ')} (${deadline.citation})` };
}

/** DORA's relief: a deadline on a non-working day becomes 12:00 of the next working day. */
export function noonOfNextWorkingDay(at: number, place: CountingPlace): { at: number; day: DayNumber } | undefined {
  const day = zonedDay(at, place.timeZone);
  if (whyNotWorking(place.calendar, day) === undefined) return undefined;
  const next = nextWorkingDay(place.calendar, day);
  return { at: zonedInstant(next, place.timeZone, 12), day: next };
}
