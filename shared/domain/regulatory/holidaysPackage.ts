/**
 * Installs the holiday package (date-holidays) as the source of public holidays for `workingDays.ts`. Importing this
 * module is enough: Node entry points (the clocks CLI, tests, benchmarks) import it statically; the renderer imports
 * it dynamically (`renderer/db/regulatory/publicHolidays.ts`) so the package stays out of the first chunk.
 */
import Holidays from 'date-holidays';
import { installHolidayListing } from './workingDays';

installHolidayListing((country, year) => new Holidays(country).getHolidays(year, 'en'));

/** Marks the module loaded (the import itself installs the package). */
export const PUBLIC_HOLIDAYS_PACKAGE = 'date-holidays';
