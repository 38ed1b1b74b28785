/**
 * The facilitator's writes as callbacks that report refusals in words (a toast), and the schedule ticker: while the
 * clock runs, injects that fall due are released by this page (the release records are written here, so a closed
 * facilitator page releases nothing and a reopened one catches up at once).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { scenarioClockAt, type ScenarioClock } from '../../../shared/domain/exercises/clock';
import type { ClockEvent, ClockRequest } from '../../../shared/domain/exercises/events';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { useReadOnly } from '../../app/useLegalReview';
import {
  recordClockEvent,
  releaseDueInjects,
  releaseInject,
  retimeInject,
  skipInject,
} from '../../db/exercises/exercises';
import { describeError } from '../../ui/errorMessage';
import { showToast } from '../../ui/toastStore';
import type { MselRow } from '../../../shared/domain/exercises/msel';
import { ReleasesInFlight } from './releasesInFlight';

export type RecordClock = (request: ClockRequest) => void;

export function useFacilitatorActions(exerciseId: string) {
  const db = useDatabase();
  const { actor } = useSession();
  const run = useCallback(async (work: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      await work();
      if (done) showToast('success', done);
      return true;
    } catch (error) {
      showToast('error', describeError(error));
      return false;
    }
  }, []);
  const [releasing] = useState(() => new ReleasesInFlight());
  const clock = useCallback<RecordClock>(
    (request) => void run(() => recordClockEvent(db, actor, exerciseId, request)),
    [db, actor, exerciseId, run],
  );
  const release = useCallback(
    (row: MselRow) => {
      releasing.started(row.inject.id);
      void run(
        () => releaseInject(db, actor, exerciseId, row.inject.id),
        `Released inject ${row.inject.sequence}.`,
      ).then((released) => {
        if (!released) releasing.failed(row.inject.id);
      });
    },
    [db, actor, exerciseId, run, releasing],
  );
  /** Releases the next inject of the list as shown, passing over those this window is already releasing. */
  const releaseNext = useCallback(
    (rows: readonly MselRow[]) => {
      const next = releasing.next(rows);
      if (next) release(next);
    },
    [releasing, release],
  );
  const skip = useCallback(
    (row: MselRow, reason: string) =>
      void run(
        () => skipInject(db, actor, exerciseId, { injectId: row.inject.id, reason }),
        `Skipped inject ${row.inject.sequence}.`,
      ),
    [db, actor, exerciseId, run],
  );
  const retime = useCallback(
    (row: MselRow, offsetMinutes: number) =>
      void run(
        () => retimeInject(db, actor, exerciseId, { injectId: row.inject.id, offsetMinutes }),
        `Inject ${row.inject.sequence} moved to minute ${offsetMinutes}.`,
      ),
    [db, actor, exerciseId, run],
  );
  return { clock, release, releaseNext, skip, retime };
}

/** Releases due injects while the clock runs: checked twice a second, written only when something is due. */
export function useReleaseTicker(
  exerciseId: string,
  clockEvents: readonly ClockEvent[],
  clock: Pick<ScenarioClock, 'status'>,
  rows: readonly MselRow[],
): void {
  const db = useDatabase();
  const { actor } = useSession();
  const readOnly = useReadOnly();
  const latest = useRef({ clockEvents, rows });
  useEffect(() => {
    latest.current = { clockEvents, rows };
  });
  const running = clock.status === 'running';
  useEffect(() => {
    if (!running || readOnly) return undefined;
    let busy = false;
    const tick = () => {
      if (busy) return;
      const { clockEvents: recorded, rows: current } = latest.current;
      const nowMinutes = scenarioClockAt(recorded, Date.now()).scenarioMs / 60_000;
      const pending = current.some(
        (row) =>
          row.status !== 'released' &&
          row.status !== 'skipped' &&
          !row.inject.contingency &&
          row.offsetMinutes <= nowMinutes,
      );
      if (!pending) return;
      busy = true;
      void releaseDueInjects(db, actor, exerciseId)
        .catch((error: unknown) => showToast('error', describeError(error)))
        .finally(() => {
          busy = false;
        });
    };
    tick();
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [running, readOnly, db, actor, exerciseId]);
}
