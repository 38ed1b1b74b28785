/**
 * The scenario editor's form values and their mapping to and from the shared scenario body. The form differs from
 * the schema in two ways only: lists of short texts (organisations, critical tasks, discussion questions, hot-wash
 * prompts) are edited one per line, and an expected action's runbook step is one select value (`lineage#step`).
 * Field names match the schema's, so the shared schema's error paths land beside the right fields.
 */
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  scenarioBodySchema,
  type DeliveryMethod,
  type ExerciseCapability,
  type Inject,
  type InjectType,
  type ScenarioBody,
} from '../../../shared/domain/exercises/scenario';
import type { RegimeId } from '../../../shared/domain/regulatory/clockInput';

export interface ActionValues {
  id: string;
  text: string;
  capability: ExerciseCapability;
  /** '' or `lineageId#stepId`. */
  runbookStep: string;
}

export interface InjectValues {
  id: string;
  sequence: number;
  offsetMinutes: number;
  title: string;
  type: InjectType;
  delivery: DeliveryMethod;
  from: string;
  to: string;
  content: string;
  expectedActions: ActionValues[];
  evaluatorNotes: string;
  facilitatorNotes: string;
  contingency: boolean;
}

export interface ModuleValues {
  id: string;
  title: string;
  update: string;
  injects: InjectValues[];
  /** One question per line. */
  discussionQuestions: string;
}

export interface ScenarioEditorValues {
  overview: {
    name: string;
    scope: string;
    threat: string;
    sponsor: string;
    /** One organisation per line. */
    participatingOrganisations: string;
    pointOfContact: string;
    atlasTechniques: string[];
    expectedRegimes: RegimeId[];
  };
  objectives: Array<{ id: string; text: string; capabilities: ExerciseCapability[] }>;
  capabilityTargets: Array<{ id: string; capability: ExerciseCapability; target: string; criticalTasks: string }>;
  modules: ModuleValues[];
  /** One prompt per line. */
  hotWashGuide: string;
}

export type ScenarioEditorApi = UseFormReturn<ScenarioEditorValues, unknown, ScenarioBody>;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function actionOf(values: ActionValues) {
  const [lineageId, stepId] = values.runbookStep.split('#');
  return {
    id: values.id,
    text: values.text,
    capability: values.capability,
    runbookStep: lineageId && stepId ? { lineageId, stepId } : null,
  };
}

export function toBody(values: ScenarioEditorValues): unknown {
  return {
    overview: { ...values.overview, participatingOrganisations: lines(values.overview.participatingOrganisations) },
    objectives: values.objectives,
    capabilityTargets: values.capabilityTargets.map((target) => ({
      ...target,
      criticalTasks: lines(target.criticalTasks),
    })),
    modules: values.modules.map((module) => ({
      ...module,
      discussionQuestions: lines(module.discussionQuestions),
      injects: module.injects.map((inject) => ({ ...inject, expectedActions: inject.expectedActions.map(actionOf) })),
    })),
    hotWashGuide: lines(values.hotWashGuide),
  };
}

export function injectValues(inject: Inject): InjectValues {
  return {
    ...inject,
    expectedActions: inject.expectedActions.map((action) => ({
      id: action.id,
      text: action.text,
      capability: action.capability,
      runbookStep: action.runbookStep ? `${action.runbookStep.lineageId}#${action.runbookStep.stepId}` : '',
    })),
  };
}

export function toValues(body: ScenarioBody): ScenarioEditorValues {
  return {
    overview: {
      ...body.overview,
      atlasTechniques: [...body.overview.atlasTechniques],
      expectedRegimes: [...body.overview.expectedRegimes],
      participatingOrganisations: body.overview.participatingOrganisations.join('\n'),
    },
    objectives: body.objectives.map((objective) => ({ ...objective, capabilities: [...objective.capabilities] })),
    capabilityTargets: body.capabilityTargets.map((target) => ({
      ...target,
      criticalTasks: target.criticalTasks.join('\n'),
    })),
    modules: body.modules.map((module) => ({
      ...module,
      discussionQuestions: module.discussionQuestions.join('\n'),
      injects: module.injects.map(injectValues),
    })),
    hotWashGuide: body.hotWashGuide.join('\n'),
  };
}

export function blankInject(id: string, sequence: number, offsetMinutes: number): InjectValues {
  return {
    id,
    sequence,
    offsetMinutes,
    title: '',
    type: 'information',
    delivery: 'handout',
    from: '',
    to: '',
    content: '',
    expectedActions: [],
    evaluatorNotes: '',
    facilitatorNotes: '',
    contingency: false,
  };
}

export function blankModule(id: string, number: number): ModuleValues {
  return { id, title: `Module ${number}`, update: '', injects: [], discussionQuestions: '' };
}

export const EMPTY_SCENARIO: ScenarioEditorValues = {
  overview: {
    name: '',
    scope: '',
    threat: '',
    sponsor: '',
    participatingOrganisations: '',
    pointOfContact: '',
    atlasTechniques: [],
    expectedRegimes: [],
  },
  objectives: [{ id: 'objective-1', text: '', capabilities: [] }],
  capabilityTargets: [{ id: 'target-1', capability: 'detection-triage', target: '', criticalTasks: '' }],
  modules: [blankModule('module-1', 1)],
  hotWashGuide: '',
};

/** The form's schema: map to the body, then the shared schema; error paths are the body's, the form's too. */
export const scenarioEditorSchema = z
  .custom<ScenarioEditorValues>()
  .transform((values) => toBody(values))
  .pipe(scenarioBodySchema);

/** The first message anywhere inside a react-hook-form error (a list field's errors sit under its items). */
export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const value of Object.values(error)) {
    if (value && typeof value === 'object' && !('nodeType' in value)) {
      const found = firstMessage(value);
      if (found) return found;
    }
  }
  return undefined;
}
