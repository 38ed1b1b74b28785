/** The runbooks capability's tables: runbook versions and checklist steps. */
import type { EntityTable } from 'dexie';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import type { Runbook } from '../../../shared/domain/runbooks/runbook';
import type { StorageCapability } from '../capability';
import { upgradeToV3 } from './migrations/v3-runbooks-and-checklists';

export interface RunbookTables {
  runbooks: EntityTable<Runbook, 'id'>;
  checklistSteps: EntityTable<ChecklistStep, 'id'>;
}

export const runbooksStorage = {
  name: 'runbooks',
  versions: {
    3: { stores: { runbooks: '&id, lineageId, status', checklistSteps: '&id, incidentId' }, upgrade: upgradeToV3 },
  },
} as const satisfies StorageCapability;
