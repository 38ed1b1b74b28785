/**
 * Reads of runbooks and checklists: the library (stored versions plus the built-ins not stored yet), one version, a
 * lineage's versions, and an incident's checklist rows. Deleted rows are never returned.
 */
import { withBuiltIns, type BuiltInRunbook } from '../../../shared/domain/runbooks/builtInRunbooks';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import type { Runbook } from '../../../shared/domain/runbooks/runbook';
import type { FirebreakDatabase } from '../database';

/** Every runbook version in the library: stored ones and the built-ins not stored yet. */
export async function listRunbookVersions(db: FirebreakDatabase): Promise<Array<Runbook | BuiltInRunbook>> {
  const stored = (await db.runbooks.toArray()).filter((runbook) => runbook.deletedAt === null);
  return withBuiltIns(stored);
}

/** The stored version with this id, unless it was deleted (a built-in not yet stored is not found here). */
export async function liveRunbook(db: FirebreakDatabase, id: string): Promise<Runbook | undefined> {
  const stored = await db.runbooks.get(id);
  return stored && stored.deletedAt === null ? stored : undefined;
}

/** Every stored version of one runbook. */
export async function liveRunbookLineage(db: FirebreakDatabase, lineageId: string): Promise<Runbook[]> {
  return (await db.runbooks.where('lineageId').equals(lineageId).toArray()).filter((r) => r.deletedAt === null);
}

/** The incident's checklist rows (not in display order; see sortChecklist). */
export async function liveChecklistOfIncident(db: FirebreakDatabase, incidentId: string): Promise<ChecklistStep[]> {
  const steps = await db.checklistSteps.where('incidentId').equals(incidentId).toArray();
  return steps.filter((step) => step.deletedAt === null);
}

/** One checklist row, unless it was deleted (replaced by a runbook update). */
export async function liveChecklistStep(db: FirebreakDatabase, id: string): Promise<ChecklistStep | undefined> {
  const step = await db.checklistSteps.get(id);
  return step && step.deletedAt === null ? step : undefined;
}
