/**
 * The incident's checklist rows in display order (by phase, runbook, position), live. The rows are read once; after
 * that the hook follows the audit log (as the register does): when the audit head moves, it reads the log entries
 * after the last one it saw and re-reads only the checklist rows they name, so changing one step of a 300-step
 * checklist reads one row, not 300. A step this window is changing is shown as it will be while the write is under
 * way (and put back if the write fails), then as its committed record; a row read later wins whenever it holds a
 * newer revision.
 */
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { useCallback } from 'react';
import type { FirebreakDatabase } from '../../db/database';
import { useFollowedRows } from '../../app/useFollowedRows';
import { ChecklistFollower } from './checklistFollower';

export interface ChecklistView {
  /** Undefined while the first read is under way. */
  readonly steps: readonly ChecklistStep[] | undefined;
  /** Shows `step` as committed by a write that has resolved. */
  readonly showCommitted: (step: ChecklistStep) => void;
  /** Shows `step` while its write is under way; the returned function puts the stored row back (the write failed). */
  readonly showPending: (step: ChecklistStep) => () => void;
}

export function useChecklist(incidentId: string): ChecklistView {
  const { rows, take, propose } = useFollowedRows<ChecklistStep>(
    incidentId,
    useCallback(
      (db: FirebreakDatabase, publish: (rows: readonly ChecklistStep[]) => void, fail: (error: unknown) => void) =>
        new ChecklistFollower(db, incidentId, publish, fail),
      [incidentId],
    ),
  );
  return { steps: rows, showCommitted: take, showPending: propose };
}
