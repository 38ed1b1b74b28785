/**
 * An incident's live checklist rows, read once and then kept up to date from the audit log (an `AuditFollower`):
 * a step change re-reads that one row (see `useChecklist`).
 */
import { sortChecklist, type ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import { AuditFollower } from '../../db/auditFollower';
import type { FirebreakDatabase } from '../../db/database';
import { liveChecklistOfIncident } from '../../db/runbooks/queries';

/** The incident's live rows, by id, kept up to date from the audit log. */
export class ChecklistFollower extends AuditFollower<ChecklistStep> {
  constructor(
    db: FirebreakDatabase,
    incidentId: string,
    publish: (steps: readonly ChecklistStep[]) => void,
    fail: (error: unknown) => void,
  ) {
    super(
      db,
      {
        entity: 'checklistStep',
        table: 'checklistSteps',
        readRows: (database, ids) => database.checklistSteps.bulkGet(ids),
        readAll: (database) => liveChecklistOfIncident(database, incidentId),
        belongs: (step) => step.incidentId === incidentId,
        order: sortChecklist,
      },
      publish,
      fail,
    );
  }
}
