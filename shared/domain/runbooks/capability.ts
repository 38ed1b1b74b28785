/** The runbooks capability's shared declaration: runbook versions and the checklist steps applied from them. */
import type { DomainCapability } from '../capability';
import { checklistStepSchema } from './checklist';
import { runbookSchema } from './runbook';

export const runbooksDomain = {
  name: 'runbooks',
  entities: {
    runbook: { table: 'runbooks', schema: runbookSchema },
    checklistStep: { table: 'checklistSteps', schema: checklistStepSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
