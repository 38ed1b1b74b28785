/**
 * The incident's checklist rows in display order (by phase, runbook, position), live. The rows are read once; after
 * that the hook follows the audit log (as the register does): when the audit head moves, it reads the log entries
 * after the last one it saw and re-reads only the checklist rows they name, so changing one step of a 300-step
 * checklist reads one row, not 300. A step this window has just changed is shown as its committed record at once;
 * a row read later wins whenever it holds a newer revision.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { ChecklistFollower } from './checklistFollower';

export interface ChecklistView {
  /** Undefined while the first read is under way. */
  readonly steps: readonly ChecklistStep[] | undefined;
  /** Shows `step` as committed by a write that has resolved. */
  readonly showCommitted: (step: ChecklistStep) => void;
}

interface Shown {
  readonly incidentId: string;
  readonly steps: readonly ChecklistStep[];
}

export function useChecklist(incidentId: string): ChecklistView {
  const db = useDatabase();
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const follower = useRef<ChecklistFollower | undefined>(undefined);
  useEffect(() => {
    const next = new ChecklistFollower(
      db,
      incidentId,
      (steps) => setShown({ incidentId, steps }),
      (error) => setFailure(error),
    );
    follower.current = next;
    const subscription = liveQuery(() => readAuditHead(db.meta)).subscribe({
      next: (head) => next.headMoved(head),
      error: (error: unknown) => setFailure(error),
    });
    return () => {
      next.stop();
      subscription.unsubscribe();
    };
  }, [db, incidentId]);
  // A failed read is thrown during render, so the screen's error boundary explains it (as useLiveQuery does).
  if (failure !== undefined) throw failure;
  const showCommitted = useCallback((step: ChecklistStep) => follower.current?.take(step), []);
  return { steps: shown?.incidentId === incidentId ? shown.steps : undefined, showCommitted };
}
