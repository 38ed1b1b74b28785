/** When the next exercise is due (quarterly unless Settings says otherwise): shown on the home screen and the exercise list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/DatabaseContext';
import { routeHref } from '../../app/routes';
import { exerciseSchedule } from '../../db/exercises/queries';
import { DateTime } from '../../ui/DateTime';

export function NextExerciseDue() {
  const db = useDatabase();
  const schedule = useLiveQuery(() => exerciseSchedule(db), [db]);
  if (!schedule) return null;
  const every = schedule.cadenceMonths === 1 ? 'every month' : `every ${schedule.cadenceMonths} months`;
  return (
    <p className={`next-exercise ${schedule.overdue ? 'next-exercise-overdue' : ''}`}>
      {schedule.nextPlanned ? (
        <>
          Next exercise:{' '}
          <a href={routeHref({ name: 'exercise', id: schedule.nextPlanned.id })}>{schedule.nextPlanned.title}</a>,{' '}
          <DateTime iso={schedule.nextPlanned.plannedAt} relative />.
        </>
      ) : schedule.lastHeld === null ? (
        <>
          No exercise has been held yet: one is due now (the programme runs one {every}).{' '}
          <a href={routeHref({ name: 'exercise-new' })}>Plan an exercise</a>
        </>
      ) : (
        <>
          Next exercise due <DateTime iso={schedule.dueAt} relative /> ({every}, after {schedule.lastHeld.ref}).{' '}
          <a href={routeHref({ name: 'exercise-new' })}>Plan an exercise</a>
        </>
      )}
    </p>
  );
}
