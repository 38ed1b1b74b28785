/**
 * Tabletop scenarios: the shape of a scenario version (one zod schema for the library, the editor, JSON import and
 * export, and the frozen copy an exercise runs), following the CISA tabletop exercise package and HSEEP: an overview,
 * objectives mapped to the AI incident-response capabilities below, modules (a scenario update in prose, its injects
 * and its discussion questions) and a hot-wash guide.
 *
 * Versioned like runbooks: all versions of one scenario share a `lineageId`; `version` counts up from 1; a draft is
 * edited in place, editing a published version writes a new draft, publishing retires the previous published one. An
 * exercise keeps the version it ran, because starting an exercise snapshots the scenario onto it.
 *
 * Facilitator and evaluator notes, expected actions and contingency injects are for the facilitator's side only:
 * `participantInjectSchema` and `participantModuleSchema` (a module's title and scenario update, never its questions
 * or injects) are the whole of what a participant screen may ever receive.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import { atlasTechniqueIdSchema } from '../incidents/taxonomy';
import { REGIME_IDS } from '../regulatory/clockInput';
import { isoTimestampSchema } from '../time';

/** The AI incident-response capabilities an exercise objective maps to (the HSEEP "core capabilities" for AI). */
export const EXERCISE_CAPABILITIES = [
  'detection-triage',
  'containment',
  'evidence-preservation',
  'ai-system-analysis',
  'regulatory-notification',
  'stakeholder-communication',
  'recovery-validation',
  'coordination-decision-making',
] as const;
export const exerciseCapabilitySchema = z.enum(EXERCISE_CAPABILITIES, { error: 'Choose a capability from the list.' });
export type ExerciseCapability = z.infer<typeof exerciseCapabilitySchema>;

export const EXERCISE_CAPABILITY_LABELS: Readonly<Record<ExerciseCapability, string>> = {
  'detection-triage': 'Detection and triage',
  containment: 'Containment',
  'evidence-preservation': 'Evidence preservation',
  'ai-system-analysis': 'AI system analysis',
  'regulatory-notification': 'Regulatory notification',
  'stakeholder-communication': 'Stakeholder communication',
  'recovery-validation': 'Recovery and validation',
  'coordination-decision-making': 'Coordination and decision-making',
};

export const INJECT_TYPES = [
  'information',
  'event',
  'media-report',
  'social-media',
  'regulator-letter',
  'customer-letter',
  'alert',
] as const;
export const injectTypeSchema = z.enum(INJECT_TYPES, { error: 'Choose an inject type.' });
export type InjectType = z.infer<typeof injectTypeSchema>;

export const INJECT_TYPE_LABELS: Readonly<Record<InjectType, string>> = {
  information: 'Information',
  event: 'Event',
  'media-report': 'Media report',
  'social-media': 'Social media',
  'regulator-letter': 'Regulator letter',
  'customer-letter': 'Customer letter',
  alert: 'Alert',
};

export const DELIVERY_METHODS = ['handout', 'call', 'email', 'alert', 'verbal'] as const;
export const deliveryMethodSchema = z.enum(DELIVERY_METHODS, { error: 'Choose how the inject is delivered.' });
export type DeliveryMethod = z.infer<typeof deliveryMethodSchema>;

export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, string>> = {
  handout: 'Handout',
  call: 'Phone call',
  email: 'Email',
  alert: 'Alert',
  verbal: 'Verbal',
};

/** Ids inside a scenario (objectives, modules, injects, actions) are short slugs, stable across versions. */
export const scenarioItemIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'An id uses lower-case letters, digits and dashes.');

const text = (max: number, missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`)
    .default('');

/** A step of a runbook an expected action points at (built-in or local lineage, and the step's stable id). */
export const runbookStepLinkSchema = z.object({ lineageId: uuidV7Schema, stepId: scenarioItemIdSchema });
export type RunbookStepLink = z.infer<typeof runbookStepLinkSchema>;

export const expectedActionSchema = z.object({
  id: scenarioItemIdSchema,
  text: text(500, 'Describe the action the players are expected to take.'),
  /** The capability this action demonstrates. */
  capability: exerciseCapabilitySchema,
  runbookStep: runbookStepLinkSchema.nullable().default(null),
});
export type ExpectedAction = z.infer<typeof expectedActionSchema>;

/** Scenario time offsets are minutes after the exercise's scenario clock starts; at most 14 days of scenario time. */
export const MAX_SCENARIO_MINUTES = 14 * 24 * 60;

export const injectSchema = z.object({
  id: scenarioItemIdSchema,
  /** The master scenario events list number, e.g. 1, 2, 3 (unique within the scenario). */
  sequence: z.number({ error: 'Give the inject a sequence number.' }).int('Use a whole number.').min(1).max(9_999),
  offsetMinutes: z
    .number({ error: 'Give the scenario time in minutes after the start.' })
    .int('Use whole minutes.')
    .min(0, 'An inject cannot come before the start.')
    .max(MAX_SCENARIO_MINUTES, 'An inject must come within 14 days of scenario time.'),
  title: text(200, 'Give the inject a title.'),
  type: injectTypeSchema,
  delivery: deliveryMethodSchema,
  /** The simulated originator, e.g. "Trust & Safety on-call" or "Reporter, The Ledger". */
  from: text(200, 'Say who the inject comes from.'),
  /** The role it targets, e.g. "Incident commander". */
  to: text(200, 'Say which role the inject is for.'),
  content: text(10_000, 'Write what the players receive.'),
  expectedActions: z.array(expectedActionSchema).max(20).default([]),
  evaluatorNotes: optionalText(5_000),
  facilitatorNotes: optionalText(5_000),
  /** A contingency inject is never released on schedule, only by hand. */
  contingency: z.boolean().default(false),
});
export type Inject = z.infer<typeof injectSchema>;
export type InjectInput = z.input<typeof injectSchema>;

/** The only view of an inject a participant screen may hold. */
export const participantInjectSchema = injectSchema.pick({
  id: true,
  sequence: true,
  title: true,
  type: true,
  delivery: true,
  from: true,
  to: true,
  content: true,
});
export type ParticipantInject = z.infer<typeof participantInjectSchema>;

export const scenarioModuleSchema = z.object({
  id: scenarioItemIdSchema,
  title: text(200, 'Give the module a title.'),
  /** The scenario update read out at the start of the module. */
  update: text(20_000, 'Write the scenario update for this module.'),
  injects: z.array(injectSchema).max(300).default([]),
  discussionQuestions: z
    .array(text(1_000, 'Write the question or remove it.'))
    .max(40, 'Use at most 40 questions.')
    .default([]),
});
export type ScenarioModule = z.infer<typeof scenarioModuleSchema>;

/** The only view of a module a participant screen may hold: its title and the scenario update read out. */
export const participantModuleSchema = scenarioModuleSchema.pick({ id: true, title: true, update: true });
export type ParticipantModule = z.infer<typeof participantModuleSchema>;

export const capabilityTargetSchema = z.object({
  id: scenarioItemIdSchema,
  capability: exerciseCapabilitySchema,
  /** The performance threshold, e.g. "Within 1 hour, contain the affected model endpoint". */
  target: text(1_000, 'Write the capability target.'),
  criticalTasks: z.array(text(500, 'Write the task or remove it.')).max(20).default([]),
});
export type CapabilityTarget = z.infer<typeof capabilityTargetSchema>;

export const objectiveSchema = z.object({
  id: scenarioItemIdSchema,
  text: text(1_000, 'Write the objective.'),
  capabilities: z.array(exerciseCapabilitySchema).min(1, 'Map the objective to at least one capability.'),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const SCENARIO_STATUSES = ['draft', 'published', 'retired'] as const;
export const scenarioStatusSchema = z.enum(SCENARIO_STATUSES);
export type ScenarioStatus = z.infer<typeof scenarioStatusSchema>;

export const scenarioOverviewSchema = z.object({
  name: text(200, 'Give the scenario a name.'),
  scope: text(5_000, 'Describe the scope of the exercise.'),
  threat: text(5_000, 'Describe the threat or hazard.'),
  sponsor: optionalText(200),
  participatingOrganisations: z.array(text(200, 'Name the organisation or remove it.')).max(50).default([]),
  pointOfContact: optionalText(300),
  atlasTechniques: z.array(atlasTechniqueIdSchema).max(40).default([]),
  /** The regulatory clocks the scenario should make the players raise (ids of the clocks engine). */
  expectedRegimes: z.array(z.enum(REGIME_IDS)).max(20).default([]),
});
export type ScenarioOverview = z.infer<typeof scenarioOverviewSchema>;

/**
 * The body's fields. `scenarioBodySchema` is refined (see `scenarioIsConsistent`), and zod refuses `.pick`/`.omit` on
 * refined objects: build partial schemas from this shape instead.
 */
export const scenarioBodyShape = {
  overview: scenarioOverviewSchema,
  objectives: z.array(objectiveSchema).min(1, 'Add at least one objective.').max(30),
  capabilityTargets: z.array(capabilityTargetSchema).min(1, 'Add at least one capability target.').max(40),
  modules: z.array(scenarioModuleSchema).min(1, 'Add at least one module.').max(20),
  hotWashGuide: z.array(text(1_000, 'Write the prompt or remove it.')).max(40).default([]),
};

type ConsistencyInput = Pick<ScenarioBody, 'objectives' | 'capabilityTargets' | 'modules'>;

/**
 * Ids are unique where something else points at them (objectives, capability targets, modules and injects across
 * the scenario; expected actions within their inject), and so are inject sequence numbers: the MSEL is one list.
 */
function scenarioIsConsistent(value: ConsistencyInput, ctx: z.RefinementCtx): void {
  const once = (seen: Set<string>, key: string, path: Array<string | number>, message: string): void => {
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message });
    seen.add(key);
  };
  const objectives = new Set<string>();
  value.objectives.forEach((objective, index) =>
    once(
      objectives,
      objective.id,
      ['objectives', index, 'id'],
      `Another objective already uses the id “${objective.id}”.`,
    ),
  );
  const targets = new Set<string>();
  value.capabilityTargets.forEach((target, index) =>
    once(targets, target.id, ['capabilityTargets', index, 'id'], `Another target already uses the id “${target.id}”.`),
  );
  const modules = new Set<string>();
  const injects = new Set<string>();
  const sequences = new Set<string>();
  value.modules.forEach((module, m) => {
    once(modules, module.id, ['modules', m, 'id'], `Another module already uses the id “${module.id}”.`);
    module.injects.forEach((inject, i) => {
      const at = ['modules', m, 'injects', i];
      once(injects, inject.id, [...at, 'id'], `Another inject already uses the id “${inject.id}”.`);
      once(
        sequences,
        String(inject.sequence),
        [...at, 'sequence'],
        `Another inject is already number ${inject.sequence}.`,
      );
      const actions = new Set<string>();
      inject.expectedActions.forEach((action, a) =>
        once(
          actions,
          action.id,
          [...at, 'expectedActions', a, 'id'],
          `Another action of this inject uses “${action.id}”.`,
        ),
      );
    });
  });
}

/** The body of a scenario version: what the editor edits and JSON import/export carries. */
export const scenarioBodySchema = z.object(scenarioBodyShape).superRefine(scenarioIsConsistent);
export type ScenarioBody = z.infer<typeof scenarioBodySchema>;
export type ScenarioBodyInput = z.input<typeof scenarioBodySchema>;

/** Where a duplicated scenario came from (a built-in or another local scenario), shown on its page. */
export const scenarioOriginSchema = z.object({
  lineageId: uuidV7Schema,
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  builtIn: z.boolean(),
});
export type ScenarioOrigin = z.infer<typeof scenarioOriginSchema>;

export const scenarioSchema = recordMetaSchema
  .extend(scenarioBodyShape)
  .extend({
    lineageId: uuidV7Schema,
    version: z.number().int().min(1),
    status: scenarioStatusSchema,
    builtIn: z.boolean().default(false),
    publishedAt: isoTimestampSchema.nullable().default(null),
    derivedFrom: scenarioOriginSchema.nullable().default(null),
  })
  .superRefine(scenarioIsConsistent);
export type Scenario = z.infer<typeof scenarioSchema>;

/** Every inject of a scenario in master-scenario-events-list order (scenario time, then sequence). */
export function injectsInOrder(body: Pick<ScenarioBody, 'modules'>): readonly Inject[] {
  return body.modules
    .flatMap((module) => module.injects)
    .toSorted((a, b) => a.offsetMinutes - b.offsetMinutes || a.sequence - b.sequence);
}
