/**
 * The metrics projection (tables `metricsFacts` and `metricsStepFacts`, version 13): one slim row per counted
 * incident (grouping keys and each metric's duration, see `shared/domain/metrics/facts.ts`) and one per checklist
 * step (phase, due time, resolved or not). Like the register's `incidentList` it is a cache, never a source of
 * truth: the write path puts or removes a record's row in the same transaction as the record (`derivedRows` in
 * `storage.ts`), version 13 fills it from the stored records, and `rebuildMetricsFacts` makes it again.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import {
  incidentMetricsFact,
  stepMetricsFact,
  type IncidentMetricsFact,
  type StepMetricsFact,
} from '../../../shared/domain/metrics/facts';
import type { ChecklistStep } from '../../../shared/domain/runbooks/checklist';
import type { FirebreakDatabase } from '../database';
import { rebuildRows } from '../rebuildRows';

export const METRICS_FACT_STORES = { metricsFacts: '&id', metricsStepFacts: '&id' } as const;

/** Every incident's and step's metrics row, for the metrics worker (two `getAll`s). */
export async function readMetricsFacts(
  db: Pick<FirebreakDatabase, 'table'>,
): Promise<{ incidents: IncidentMetricsFact[]; steps: StepMetricsFact[] }> {
  const [incidents, steps] = await Promise.all([
    db.table<IncidentMetricsFact, string>('metricsFacts').toArray(),
    db.table<StepMetricsFact, string>('metricsStepFacts').toArray(),
  ]);
  return { incidents, steps };
}

/**
 * Makes both tables again from the incident and checklist-step records, in pages, inside the caller's transaction
 * (the version 13 upgrade) or its own. Resolves to the number of incident and step rows written.
 */
export async function rebuildMetricsFacts(
  db: Pick<FirebreakDatabase, 'table'>,
): Promise<{ incidents: number; steps: number }> {
  const incidents = await rebuildRows(
    db.table<Incident, string>('incidents'),
    db.table<IncidentMetricsFact, string>('metricsFacts'),
    incidentMetricsFact,
  );
  const steps = await rebuildRows(
    db.table<ChecklistStep, string>('checklistSteps'),
    db.table<StepMetricsFact, string>('metricsStepFacts'),
    stepMetricsFact,
  );
  return { incidents, steps };
}
