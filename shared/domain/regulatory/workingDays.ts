/**
 * Which days are working days for a regulatory period: not a Saturday, not a Sunday, not a public holiday
 * (Regulation 1182/71 Art. 2(2); for the SEC, "business days" exclude US federal holidays as observed). Public
 * holidays come from `date-holidays` (a maintained package covering some 200 countries, in plain JavaScript, so the
 * renderer can use it too) for the country named, or from a list the person supplies, which then wins.
 *
 * The package is not imported here: it is about 1.4 MB of source, so the renderer loads it on demand, after the first
 * paint (`renderer/db/regulatory/publicHolidays.ts`), and Node entry points import `holidaysPackage.ts`, which installs
 * it. Computing a deadline from a country's holidays before it is installed throws; it never guesses.
 */
import { civilDate, isoDate, parseIsoDate, weekday, type DayNumber } from './civilTime';
import { PUBLIC_HOLIDAY_COUNTRIES } from './holidayCountries';

export interface WorkingDayCalendar {
  /** Where the holidays come from, for the basis of a deadline ("public holidays of BE"). */
  readonly source: string;
  /** The public holiday's name on that day, if it is one. */
  holiday(day: DayNumber): string | undefined;
}

/** Whether the holiday package knows the country (ISO 3166-1 alpha-2). */
export function hasPublicHolidays(country: string): boolean {
  return PUBLIC_HOLIDAY_COUNTRIES.has(country);
}

/** A country's holidays in a year as the holiday package lists them (`date` starts with `YYYY-MM-DD`). */
export type HolidayListing = (
  country: string,
  year: number,
) => readonly { readonly date: string; readonly name: string; readonly type: string }[];

let holidayListing: HolidayListing | undefined;

/** Installs where public holidays come from (`holidaysPackage.ts` does, once it is loaded). */
export function installHolidayListing(listing: HolidayListing): void {
  holidayListing = listing;
  yearCache.clear();
}

/** Whether public holidays can be looked up yet. */
export function publicHolidaysInstalled(): boolean {
  return holidayListing !== undefined;
}

const yearCache = new Map<string, ReadonlyMap<string, string>>();

function publicHolidaysOf(country: string, year: number): ReadonlyMap<string, string> {
  const key = `${country}:${year}`;
  let holidays = yearCache.get(key);
  if (holidays === undefined) {
    if (holidayListing === undefined) {
      throw new Error('The public holiday calendar is still loading; deadlines that count working days wait for it.');
    }
    const byDate = new Map<string, string>();
    // Only days the law closes: `bank`, `optional`, `school` and `observance` days are working days.
    for (const holiday of holidayListing(country, year)) {
      if (holiday.type === 'public' && !byDate.has(holiday.date.slice(0, 10))) {
        byDate.set(holiday.date.slice(0, 10), holiday.name);
      }
    }
    holidays = byDate;
    yearCache.set(key, holidays);
  }
  return holidays;
}

/** The public holidays of a country, as the holiday package has them (substitute days included). */
export function countryCalendar(country: string): WorkingDayCalendar {
  return {
    source: `public holidays of ${country}`,
    holiday: (day) => publicHolidaysOf(country, civilDate(day).year).get(isoDate(day)),
  };
}

/** Exactly the holidays the person listed (`YYYY-MM-DD`); the package's are not consulted. */
export function listedCalendar(dates: readonly string[]): WorkingDayCalendar {
  const days = new Set(dates.map(parseIsoDate));
  return {
    source: 'the public holidays supplied',
    holiday: (day) => (days.has(day) ? 'a public holiday supplied' : undefined),
  };
}

/**
 * US federal holidays as observed (5 U.S.C. 6103; a Saturday holiday is observed on the Friday before, a Sunday one
 * on the Monday after, so New Year's Day 2028 is observed on Friday 31 December 2027).
 */
export const US_FEDERAL_CALENDAR: WorkingDayCalendar = {
  source: 'US federal holidays as observed',
  holiday: (day) => publicHolidaysOf('US', civilDate(day).year).get(isoDate(day)),
};

export function isWorkingDay(calendar: WorkingDayCalendar, day: DayNumber): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && calendar.holiday(day) === undefined;
}

export function nextWorkingDay(calendar: WorkingDayCalendar, day: DayNumber): DayNumber {
  let next = day + 1;
  while (!isWorkingDay(calendar, next)) next += 1;
  return next;
}

/** Why a day is not a working day ("a Saturday", "a public holiday (Easter Monday)"), or undefined if it is one. */
export function whyNotWorking(calendar: WorkingDayCalendar, day: DayNumber): string | undefined {
  const dow = weekday(day);
  if (dow === 6) return 'a Saturday';
  if (dow === 0) return 'a Sunday';
  const holiday = calendar.holiday(day);
  return holiday === undefined ? undefined : `a public holiday (${holiday})`;
}
