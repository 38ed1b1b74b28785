/**
 * The incident's checklist rows in display order (by phase, runbook, position), live. A step this window has just
 * changed is shown as its committed record at once, without waiting for the live query to read the whole list again;
 * the list as read later wins whenever it holds a newer revision of that step.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { sortChecklist, type ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { useDatabase } from '../../app/DatabaseContext';
import { liveChecklistOfIncident } from '../../db/runbooks/queries';

export interface ChecklistView {
  /** Undefined while the first read is under way. */
  readonly steps: readonly ChecklistStep[] | undefined;
  /** Shows `step` as committed by a write that has resolved. */
  readonly showCommitted: (step: ChecklistStep) => void;
}

export function useChecklist(incidentId: string): ChecklistView {
  const db = useDatabase();
  const stored = useLiveQuery(() => liveChecklistOfIncident(db, incidentId), [db, incidentId]);
  const [committed, setCommitted] = useState<ReadonlyMap<string, ChecklistStep>>(() => new Map());
  const showCommitted = useCallback((step: ChecklistStep) => {
    setCommitted((current) => new Map(current).set(step.id, step));
  }, []);
  const steps = useMemo(() => {
    if (!stored) return undefined;
    const merged = stored.map((step) => {
      const mine = committed.get(step.id);
      return mine && mine.incidentId === incidentId && mine.rev > step.rev ? mine : step;
    });
    return sortChecklist(merged);
  }, [stored, committed, incidentId]);
  return { steps, showCommitted };
}
