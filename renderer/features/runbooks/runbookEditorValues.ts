/**
 * The runbook editor's form values and their mapping to and from the shared runbook content. The form differs from
 * the schema in one place only: sub-steps are edited as one per line. Validation is the shared content schema, run
 * on the mapped values, so the editor, storage and import can never disagree.
 */
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { runbookContentSchema, type RunbookContent, type RunbookPhase } from '../../../shared/domain/runbooks/runbook';
import type { IncidentType, Severity } from '../../../shared/domain/incidents/taxonomy';

export interface StepValues {
  id: string;
  title: string;
  instructions: string;
  ownerRole: string;
  dueMinutes: number;
  critical: boolean;
  evidenceRequired: boolean;
  subStepsText: string;
}

export interface PhaseValues {
  phase: RunbookPhase;
  steps: StepValues[];
}

export interface RunbookEditorValues {
  title: string;
  purpose: string;
  activation: { types: IncidentType[]; severities: Severity[] };
  atlasTechniques: string[];
  phases: PhaseValues[];
}

export type RunbookEditorApi = UseFormReturn<RunbookEditorValues, unknown, RunbookContent>;

export function toContent(values: RunbookEditorValues): unknown {
  return {
    ...values,
    phases: values.phases.map((block) => ({
      phase: block.phase,
      steps: block.steps.map(({ subStepsText, ...step }) => ({
        ...step,
        subSteps: subStepsText
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      })),
    })),
  };
}

export function toValues(content: RunbookContent): RunbookEditorValues {
  return {
    title: content.title,
    purpose: content.purpose,
    activation: { types: [...content.activation.types], severities: [...content.activation.severities] },
    atlasTechniques: [...content.atlasTechniques],
    phases: content.phases.map((block) => ({
      phase: block.phase,
      steps: block.steps.map(({ subSteps, ...step }) => ({ ...step, subStepsText: subSteps.join('\n') })),
    })),
  };
}

export const EMPTY_RUNBOOK: RunbookEditorValues = {
  title: '',
  purpose: '',
  activation: { types: [], severities: ['SEV1', 'SEV2'] },
  atlasTechniques: [],
  phases: [{ phase: 'detection-analysis', steps: [] }],
};

export function blankStep(id: string): StepValues {
  return {
    id,
    title: '',
    instructions: '',
    ownerRole: 'incident-commander',
    dueMinutes: 60,
    critical: false,
    evidenceRequired: false,
    subStepsText: '',
  };
}

/** The form's schema: map to content, then the shared schema; error paths are the content's, the form's too. */
export const runbookEditorSchema = z
  .custom<RunbookEditorValues>()
  .transform((values) => toContent(values))
  .pipe(runbookContentSchema);
