/**
 * The holiday package (date-holidays, about 1.4 MB of source) is loaded on demand in the renderer, so the console's
 * first chunk does not carry it: the write path waits for it before a transaction (`writeReady` in `storage.ts`),
 * the clocks panel before computing a deadline (`usePublicHolidays`), and the app starts loading it after the first
 * paint. Clock results are the same as with a static import: nothing is computed until the package is installed.
 */
import { publicHolidaysInstalled } from '../../../shared/domain/regulatory/workingDays';

let loading: Promise<void> | undefined;

/** Loads and installs the holiday package; undefined once it is installed (so callers need not wait a tick). */
export function loadPublicHolidays(): Promise<void> | undefined {
  if (publicHolidaysInstalled()) return undefined;
  loading ??= import('../../../shared/domain/regulatory/holidaysPackage').then(
    () => undefined,
    (error: unknown) => {
      // A failed load (a broken install) is tried again by the next caller instead of failing forever.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
