/** Whether the holiday calendar is loaded; starts loading it (once) when it is not, and re-renders when it is. */
import { useEffect, useState } from 'react';
import { publicHolidaysInstalled } from '../../../shared/domain/regulatory/workingDays';
import { loadPublicHolidays } from '../../db/regulatory/publicHolidays';
import { showToast } from '../../ui/toastStore';

export function usePublicHolidays(): boolean {
  const [ready, setReady] = useState(publicHolidaysInstalled);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadPublicHolidays()
      ?.then(() => {
        if (live) setReady(true);
      })
      .catch(() =>
        showToast('error', 'The public holiday calendar could not be loaded. Reload the window to try again.'),
      );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
