/** The incident's checklist rows in display order (by phase, runbook, position), live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sortChecklist, type ChecklistStep } from '../../../shared/domain/checklist';
import { useDatabase } from '../../app/DatabaseContext';
import { checklistOf } from '../../db/checklists';

export function useChecklist(incidentId: string): readonly ChecklistStep[] | undefined {
  const db = useDatabase();
  const steps = useLiveQuery(() => checklistOf(db, incidentId), [db, incidentId]);
  return useMemo(() => (steps ? sortChecklist(steps) : undefined), [steps]);
}
