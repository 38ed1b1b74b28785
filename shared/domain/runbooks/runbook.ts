/**
 * Runbooks: the shape of a runbook version (one zod schema for the editor, storage and JSON import/export) and the
 * pure rules around it — which versions exist and which one an edit writes, which published runbooks match an
 * incident's activation criteria, and what changed between two versions.
 *
 * All versions of one runbook share a `lineageId`; `version` counts up from 1. A draft is edited in place; editing a
 * published version writes a new draft version; publishing retires the previously published version. Incidents keep
 * the version they ran because applying a runbook snapshots its steps onto the incident.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { recordMetaSchema } from '../record';
import {
  atlasTechniqueIdSchema,
  incidentTypeSchema,
  PHASE_LABELS,
  severitySchema,
  type IncidentType,
  type Severity,
} from '../incidents/taxonomy';
import { isoTimestampSchema } from '../time';

/** The phases a runbook's steps belong to: every lifecycle phase but Closed. */
export const RUNBOOK_PHASES = [
  'detection-analysis',
  'containment',
  'eradication',
  'recovery',
  'post-incident-review',
] as const;
export const runbookPhaseSchema = z.enum(RUNBOOK_PHASES, { error: 'Choose a lifecycle phase.' });
export type RunbookPhase = z.infer<typeof runbookPhaseSchema>;

export const RUNBOOK_STATUSES = ['draft', 'published', 'retired'] as const;
export const runbookStatusSchema = z.enum(RUNBOOK_STATUSES);
export type RunbookStatus = z.infer<typeof runbookStatusSchema>;

export const RUNBOOK_STATUS_LABELS: Readonly<Record<RunbookStatus, string>> = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
};

/** Steps keep a stable id across versions so a diff can tell an edited step from a replaced one. */
export const stepIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A step id uses lower-case letters, digits and dashes.');

/** Due times are minutes after declaration; at most 90 days. */
export const MAX_DUE_MINUTES = 90 * 24 * 60;

export const runbookStepSchema = z.object({
  id: stepIdSchema,
  title: z.string().trim().min(1, 'Give the step a title.').max(200, 'Keep the title under 200 characters.'),
  instructions: z.string().trim().max(10_000, 'Keep instructions under 10,000 characters.').default(''),
  ownerRole: z.string().trim().min(1, 'Choose the role that owns this step.').max(80, 'Use at most 80 characters.'),
  dueMinutes: z
    .number({ error: 'Enter the due time in minutes after declaration.' })
    .int('Use whole minutes.')
    .min(0, 'A step cannot be due before the declaration.')
    .max(MAX_DUE_MINUTES, 'A step must be due within 90 days of declaration.'),
  critical: z.boolean().default(false),
  evidenceRequired: z.boolean().default(false),
  subSteps: z
    .array(
      z.string().trim().min(1, 'Write the sub-step or remove it.').max(300, 'Keep a sub-step under 300 characters.'),
    )
    .max(30, 'Use at most 30 sub-steps.')
    .default([]),
});
export type RunbookStep = z.infer<typeof runbookStepSchema>;
export type RunbookStepInput = z.input<typeof runbookStepSchema>;

export const runbookPhaseBlockSchema = z.object({
  phase: runbookPhaseSchema,
  steps: z.array(runbookStepSchema).min(1, 'Add at least one step to this phase.').max(200, 'Use at most 200 steps.'),
});
export type RunbookPhaseBlock = z.infer<typeof runbookPhaseBlockSchema>;

const runbookContentShape = {
  title: z
    .string()
    .trim()
    .min(4, 'Give the runbook a title of at least 4 characters.')
    .max(200, 'Keep the title under 200 characters.'),
  purpose: z.string().trim().min(1, 'Say what the runbook is for.').max(5_000, 'Keep the purpose under 5,000.'),
  activation: z.object({
    types: z.array(incidentTypeSchema).min(1, 'Choose at least one incident type it applies to.'),
    severities: z.array(severitySchema).min(1, 'Choose at least one severity it applies to.'),
  }),
  atlasTechniques: z.array(atlasTechniqueIdSchema).max(40).default([]),
  phases: z.array(runbookPhaseBlockSchema).min(1, 'Add at least one phase.').max(RUNBOOK_PHASES.length),
};

/** Each phase appears once, in lifecycle order; step ids are unique across the runbook. */
function phasesAreConsistent(value: { phases: readonly RunbookPhaseBlock[] }, ctx: z.RefinementCtx): void {
  const seenPhases = new Set<string>();
  const seenSteps = new Set<string>();
  let lastIndex = -1;
  value.phases.forEach((block, blockIndex) => {
    const index = RUNBOOK_PHASES.indexOf(block.phase);
    if (seenPhases.has(block.phase)) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases', blockIndex, 'phase'],
        message: `${PHASE_LABELS[block.phase]} appears twice; merge its steps into one phase.`,
      });
    } else if (index < lastIndex) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases', blockIndex, 'phase'],
        message: 'Order phases as the lifecycle runs: detection, containment, eradication, recovery, review.',
      });
    }
    seenPhases.add(block.phase);
    lastIndex = Math.max(lastIndex, index);
    block.steps.forEach((step, stepIndex) => {
      if (seenSteps.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', blockIndex, 'steps', stepIndex, 'id'],
          message: `Another step already uses the id “${step.id}”.`,
        });
      }
      seenSteps.add(step.id);
    });
  });
}

/** What an author writes: the editor's form values and the body of an exported runbook. */
export const runbookContentSchema = z.object(runbookContentShape).superRefine(phasesAreConsistent);
export type RunbookContent = z.infer<typeof runbookContentSchema>;
export type RunbookContentInput = z.input<typeof runbookContentSchema>;

/** One stored version of a runbook. */
export const runbookSchema = recordMetaSchema
  .extend(runbookContentShape)
  .extend({
    lineageId: uuidV7Schema,
    version: z.number().int().min(1),
    status: runbookStatusSchema,
    builtIn: z.boolean().default(false),
    publishedAt: isoTimestampSchema.nullable().default(null),
  })
  .superRefine(phasesAreConsistent);
export type Runbook = z.infer<typeof runbookSchema>;

/** The fields of a runbook version that are its content (everything but identity, version and status). */
export function runbookContent(runbook: RunbookContent): RunbookContent {
  const { title, purpose, activation, atlasTechniques, phases } = runbook;
  return { title, purpose, activation, atlasTechniques, phases };
}

/** A runbook version as the library lists it: a stored version, or a built-in not yet stored. */
export type RunbookVersion = RunbookContent & Pick<Runbook, 'id' | 'lineageId' | 'version' | 'status' | 'builtIn'>;

/** The versions of every lineage, newest first within a lineage. */
export function groupByLineage<R extends Pick<Runbook, 'lineageId' | 'version'>>(
  runbooks: readonly R[],
): Map<string, R[]> {
  const lineages = new Map<string, R[]>();
  for (const runbook of runbooks) {
    const versions = lineages.get(runbook.lineageId) ?? [];
    versions.push(runbook);
    lineages.set(runbook.lineageId, versions);
  }
  for (const versions of lineages.values()) versions.sort((a, b) => b.version - a.version);
  return lineages;
}

/** The version a lineage currently offers to incidents: its published one, if any. */
export function publishedVersion<R extends Pick<Runbook, 'status'>>(versions: readonly R[]): R | undefined {
  return versions.find((version) => version.status === 'published');
}

export type RunbookEditPlan =
  | { readonly kind: 'update-draft' }
  | { readonly kind: 'new-version'; readonly version: number }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * What saving an edit to `base` writes: a draft is changed in place; a published or retired version is never
 * changed — the edit becomes a new draft version after the lineage's latest. Only one draft per lineage exists at a
 * time, so editing an older version while a draft is open is refused.
 */
export function planRunbookEdit(
  base: Pick<Runbook, 'status' | 'version'>,
  lineage: ReadonlyArray<Pick<Runbook, 'status' | 'version'>>,
): RunbookEditPlan {
  if (base.status === 'draft') return { kind: 'update-draft' };
  const draft = lineage.find((version) => version.status === 'draft');
  if (draft) {
    return { kind: 'refused', message: `Version ${draft.version} is already a draft of this runbook; edit that one.` };
  }
  const latest = Math.max(base.version, ...lineage.map((version) => version.version));
  return { kind: 'new-version', version: latest + 1 };
}

export type RunbookStatusCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Draft → published → retired; a retired version may be published again. A published version never returns to draft. */
export function checkRunbookStatusChange(from: RunbookStatus, to: RunbookStatus): RunbookStatusCheck {
  if (from === to) return { ok: false, message: `This version is already ${RUNBOOK_STATUS_LABELS[to].toLowerCase()}.` };
  if (to === 'draft') return { ok: false, message: 'A published or retired version cannot become a draft again.' };
  if (from === 'draft' && to === 'retired') return { ok: false, message: 'Publish a draft before retiring it.' };
  return { ok: true };
}

export interface RunbookMatch<R> {
  readonly runbook: R;
  /** The incident types the runbook and the incident share. */
  readonly matchedTypes: readonly IncidentType[];
}

/**
 * The published runbooks whose activation criteria fit an incident: at least one incident type in common and the
 * incident's severity among the runbook's. Best matches (most shared types) first, then by title.
 */
export function matchRunbooks<R extends Pick<Runbook, 'status' | 'activation' | 'title'>>(
  runbooks: readonly R[],
  incident: { readonly types: readonly IncidentType[]; readonly severity: Severity },
): Array<RunbookMatch<R>> {
  const matches: Array<RunbookMatch<R>> = [];
  for (const runbook of runbooks) {
    if (runbook.status !== 'published' || !runbook.activation.severities.includes(incident.severity)) continue;
    const matchedTypes = incident.types.filter((type) => runbook.activation.types.includes(type));
    if (matchedTypes.length > 0) matches.push({ runbook, matchedTypes });
  }
  return matches.sort(
    (a, b) => b.matchedTypes.length - a.matchedTypes.length || a.runbook.title.localeCompare(b.runbook.title),
  );
}

export interface RunbookFieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export type RunbookStepChange =
  | { readonly kind: 'added'; readonly phase: RunbookPhase; readonly step: RunbookStep }
  | { readonly kind: 'removed'; readonly phase: RunbookPhase; readonly step: RunbookStep }
  | {
      readonly kind: 'changed';
      readonly phase: RunbookPhase;
      readonly step: RunbookStep;
      readonly changes: readonly RunbookFieldChange[];
    };

export interface RunbookDiff {
  readonly fields: readonly RunbookFieldChange[];
  readonly steps: readonly RunbookStepChange[];
}

/** "+15 min", "+2 h", "+1 d 4 h": a due time relative to declaration, in words. */
export function formatDueOffset(minutes: number): string {
  if (minutes < 60) return `+${minutes} min`;
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const mins = minutes % 60;
  return `+${[days ? `${days} d` : '', hours ? `${hours} h` : '', mins ? `${mins} min` : ''].filter(Boolean).join(' ')}`;
}

const STEP_FIELDS: ReadonlyArray<[keyof RunbookStep, string, (step: RunbookStep) => string]> = [
  ['title', 'Title', (step) => step.title],
  ['instructions', 'Instructions', (step) => step.instructions],
  ['ownerRole', 'Owner', (step) => step.ownerRole],
  ['dueMinutes', 'Due', (step) => formatDueOffset(step.dueMinutes)],
  ['critical', 'Critical', (step) => (step.critical ? 'yes' : 'no')],
  ['evidenceRequired', 'Evidence required', (step) => (step.evidenceRequired ? 'yes' : 'no')],
  ['subSteps', 'Sub-steps', (step) => step.subSteps.join('; ')],
];

function locateSteps(content: RunbookContent): Map<string, { phase: RunbookPhase; step: RunbookStep; order: number }> {
  const located = new Map<string, { phase: RunbookPhase; step: RunbookStep; order: number }>();
  for (const block of content.phases) {
    block.steps.forEach((step, order) => located.set(step.id, { phase: block.phase, step, order }));
  }
  return located;
}

/** What changed from version `before` to version `after`: runbook fields, then steps added, removed or changed. */
export function diffRunbooks(before: RunbookContent, after: RunbookContent): RunbookDiff {
  const fields: RunbookFieldChange[] = [];
  const compare = (field: string, a: string, b: string): void => {
    if (a !== b) fields.push({ field, before: a, after: b });
  };
  compare('Title', before.title, after.title);
  compare('Purpose', before.purpose, after.purpose);
  compare('Incident types', before.activation.types.join(', '), after.activation.types.join(', '));
  compare('Severities', before.activation.severities.join(', '), after.activation.severities.join(', '));
  compare('ATLAS techniques', before.atlasTechniques.join(', '), after.atlasTechniques.join(', '));

  const old = locateSteps(before);
  const next = locateSteps(after);
  const steps: RunbookStepChange[] = [];
  for (const [id, { phase, step, order }] of next) {
    const previous = old.get(id);
    if (!previous) {
      steps.push({ kind: 'added', phase, step });
      continue;
    }
    const changes: RunbookFieldChange[] = [];
    if (previous.phase !== phase) {
      changes.push({ field: 'Phase', before: PHASE_LABELS[previous.phase], after: PHASE_LABELS[phase] });
    } else if (previous.order !== order) {
      changes.push({ field: 'Position', before: String(previous.order + 1), after: String(order + 1) });
    }
    for (const [, label, show] of STEP_FIELDS) {
      const a = show(previous.step);
      const b = show(step);
      if (a !== b) changes.push({ field: label, before: a, after: b });
    }
    if (changes.length > 0) steps.push({ kind: 'changed', phase, step, changes });
  }
  for (const [id, { phase, step }] of old) if (!next.has(id)) steps.push({ kind: 'removed', phase, step });
  return { fields, steps };
}

/** The JSON file a runbook is shared as. Import validates it with the same content schema. */
export const RUNBOOK_FILE_FORMAT = 'firebreak-runbook';
export const runbookFileSchema = z.object({
  format: z.literal(RUNBOOK_FILE_FORMAT, { error: 'This is not a Firebreak runbook file.' }),
  formatVersion: z.literal(1, { error: 'This runbook file was written by a newer Firebreak; update to import it.' }),
  runbook: runbookContentSchema,
});
export type RunbookFile = z.infer<typeof runbookFileSchema>;

export function runbookFile(runbook: RunbookContent): RunbookFile {
  return { format: RUNBOOK_FILE_FORMAT, formatVersion: 1, runbook: runbookContent(runbook) };
}

/** A new step id not used in `content`, derived from the title ("Freeze prompts" → "freeze-prompts-2"). */
export function newStepId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'step';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
