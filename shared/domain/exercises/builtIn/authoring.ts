/**
 * Small helpers for writing the built-in scenarios: the built-in runbooks' lineage ids (so expected actions can link
 * to their steps) and a compact expected action. The unit tests check every link resolves to a real built-in step.
 */
import type { ExerciseCapability, ExpectedAction } from '../scenario';

/** The lineage ids of the built-in runbooks (`shared/domain/runbooks/builtInRunbooks.ts`). */
export const BUILT_IN_RUNBOOK_LINEAGES = {
  promptInjection: '01900000-0000-7000-8000-00000000b001',
  dataPoisoning: '01900000-0000-7000-8000-00000000b002',
  driftOrHarmfulOutput: '01900000-0000-7000-8000-00000000b003',
  privacyLeak: '01900000-0000-7000-8000-00000000b004',
  modelTheft: '01900000-0000-7000-8000-00000000b005',
  providerFailure: '01900000-0000-7000-8000-00000000b006',
} as const;
export type BuiltInRunbookName = keyof typeof BUILT_IN_RUNBOOK_LINEAGES;

/** An expected action, optionally linked to a step of a built-in runbook. */
export function action(
  id: string,
  capability: ExerciseCapability,
  text: string,
  step?: readonly [BuiltInRunbookName, string],
): ExpectedAction {
  return {
    id,
    capability,
    text,
    runbookStep: step ? { lineageId: BUILT_IN_RUNBOOK_LINEAGES[step[0]], stepId: step[1] } : null,
  };
}
