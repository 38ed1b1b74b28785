/**
 * Checklists on incidents. Applying a runbook version writes one checklist-step record per step, each holding a
 * snapshot of the step as that version had it, so later versions never change a running incident and updating one
 * step writes one small row. This module owns that record's shape and the pure rules: state changes (a reason to
 * skip or block, evidence to finish an evidence step), due times from the declaration, overdue, per-phase progress,
 * and phase gating (open critical steps must be overridden, with a reason, to move on), and moving a running
 * checklist to a newer version of its runbook when the responders choose to (`planChecklistUpgrade`).
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { phaseIndex } from '../incidents/lifecycle';
import { personIdSchema, recordMetaSchema } from '../record';
import {
  RUNBOOK_PHASES,
  runbookPhaseSchema,
  runbookStepSchema,
  type RunbookContent,
  type RunbookPhase,
  type RunbookStep,
} from './runbook';
import { PHASE_LABELS, type Phase } from '../incidents/taxonomy';
import { isoTimestampSchema } from '../time';

export const STEP_STATES = ['todo', 'in-progress', 'done', 'skipped', 'blocked'] as const;
export const stepStateSchema = z.enum(STEP_STATES, { error: 'Choose a step state.' });
export type StepState = z.infer<typeof stepStateSchema>;

export const STEP_STATE_LABELS: Readonly<Record<StepState, string>> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
  blocked: 'Blocked',
};

/**
 * What shows a step was done: a reference in words (a ticket, a file path, a log query), or an item in the
 * incident's evidence locker by id. The repository checks that a referenced item belongs to the incident.
 */
export const evidenceReferenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z
      .string()
      .trim()
      .min(1, 'Describe the evidence or where it is kept.')
      .max(2_000, 'Keep an evidence reference under 2,000 characters.'),
  }),
  z.object({ kind: z.literal('evidence'), evidenceId: uuidV7Schema }),
]);
export type EvidenceReference = z.infer<typeof evidenceReferenceSchema>;

export const checklistStepSchema = recordMetaSchema.extend({
  incidentId: uuidV7Schema,
  /** The runbook version applied, and its lineage, version number and title at the time. */
  runbookId: uuidV7Schema,
  lineageId: uuidV7Schema,
  runbookVersion: z.number().int().min(1),
  runbookTitle: z.string().min(1).max(200),
  phase: runbookPhaseSchema,
  /** Position within its phase in the runbook. */
  order: z.number().int().min(0),
  step: runbookStepSchema,
  dueAt: isoTimestampSchema,
  state: stepStateSchema,
  reason: z.string().trim().max(2_000).default(''),
  /** The person who holds the step, if assigned; otherwise whoever holds `step.ownerRole` on the incident. */
  assignee: z.string().trim().max(120).default(''),
  assigneeId: personIdSchema.nullable().default(null),
  completedBy: z.string().max(120).default(''),
  completedById: personIdSchema.nullable().default(null),
  completedAt: isoTimestampSchema.nullable().default(null),
  evidence: z.array(evidenceReferenceSchema).max(50).default([]),
});
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

/** A change a responder asks for on one step. */
export const stepUpdateSchema = z.object({
  state: stepStateSchema,
  reason: z.string().trim().max(2_000, 'Keep the reason under 2,000 characters.').default(''),
  evidence: z.array(evidenceReferenceSchema).max(50).optional(),
});
export type StepUpdate = z.infer<typeof stepUpdateSchema>;
export type StepUpdateInput = z.input<typeof stepUpdateSchema>;

/**
 * What the step dialog asks for: an item of the incident's evidence (or none) and words — the reason for skipping or
 * blocking, or a reference to the evidence. Whether the words are required is the rule's (`checkStepUpdate`).
 */
export const stepUpdateFormSchema = z.object({
  evidenceId: z.string(),
  text: z.string().trim().max(2_000, 'Keep this under 2,000 characters.'),
});
export type StepUpdateForm = z.infer<typeof stepUpdateFormSchema>;

/** Who holds one step: a person's name, or empty to hand it back to the step's owner role. */
export const stepAssignmentSchema = z.object({
  assignee: z.string().trim().max(120, 'Use at most 120 characters for a name.'),
});
export type StepAssignment = z.infer<typeof stepAssignmentSchema>;

export type StepUpdateCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Skipping or blocking needs a reason; finishing an evidence step needs a reference to the evidence. */
export function checkStepUpdate(
  step: Pick<ChecklistStep, 'state' | 'evidence'> & { readonly step: Pick<ChecklistStep['step'], 'evidenceRequired'> },
  update: StepUpdate,
): StepUpdateCheck {
  const evidence = update.evidence ?? step.evidence;
  if (update.state === step.state && update.evidence === undefined) {
    return { ok: false, message: `The step is already ${STEP_STATE_LABELS[update.state].toLowerCase()}.` };
  }
  if ((update.state === 'skipped' || update.state === 'blocked') && update.reason.trim() === '') {
    return {
      ok: false,
      message: update.state === 'skipped' ? 'Give a reason for skipping this step.' : 'Say what is blocking this step.',
    };
  }
  if (update.state === 'done' && step.step.evidenceRequired && evidence.length === 0) {
    return { ok: false, message: 'This step requires evidence: attach or reference it before marking it done.' };
  }
  return { ok: true };
}

/** The fields of a step an update changes: the one rule for the write and for the row shown while it saves. */
export function stepChangeOf(
  current: Pick<ChecklistStep, 'evidence'>,
  update: StepUpdate,
  by: { readonly name: string; readonly personId: string },
  now: string,
): Pick<ChecklistStep, 'state' | 'reason' | 'evidence' | 'completedBy' | 'completedById' | 'completedAt'> {
  const done = update.state === 'done';
  return {
    state: update.state,
    reason: update.state === 'skipped' || update.state === 'blocked' ? update.reason : '',
    evidence: update.evidence ?? current.evidence,
    completedBy: done ? by.name : '',
    completedById: done ? by.personId : null,
    completedAt: done ? now : null,
  };
}

/** A step is resolved once done or skipped (with its reason); resolved steps are never overdue. */
export function isResolved(state: StepState): boolean {
  return state === 'done' || state === 'skipped';
}

/** When a step is due: its offset in minutes after the incident's declaration. */
export function computeDueAt(declaredAt: string, dueMinutes: number): string {
  return new Date(Date.parse(declaredAt) + dueMinutes * 60_000).toISOString();
}

export function isOverdue(step: Pick<ChecklistStep, 'state' | 'dueAt'>, now: number): boolean {
  return !isResolved(step.state) && Date.parse(step.dueAt) < now;
}

export interface PhaseProgress {
  readonly phase: RunbookPhase;
  readonly resolved: number;
  readonly total: number;
  readonly overdue: number;
}

/** Resolved, total and overdue steps per phase, in lifecycle order; phases without steps are left out. */
export function progressByPhase(
  steps: ReadonlyArray<Pick<ChecklistStep, 'phase' | 'state' | 'dueAt'>>,
  now: number,
): PhaseProgress[] {
  return RUNBOOK_PHASES.flatMap((phase) => {
    const inPhase = steps.filter((step) => step.phase === phase);
    if (inPhase.length === 0) return [];
    return [
      {
        phase,
        total: inPhase.length,
        resolved: inPhase.filter((step) => isResolved(step.state)).length,
        overdue: inPhase.filter((step) => isOverdue(step, now)).length,
      },
    ];
  });
}

/**
 * The critical steps left open when an incident moves from `from` to `to`: those of every phase being left behind
 * (the current one and any skipped over). Moving back or staying puts nothing behind.
 */
export function openCriticalSteps<S extends Pick<ChecklistStep, 'phase' | 'state'> & { step: { critical: boolean } }>(
  steps: readonly S[],
  from: Phase,
  to: Phase,
): S[] {
  if (from === 'closed' || phaseIndex(to) <= phaseIndex(from)) return [];
  return steps.filter(
    (step) =>
      step.step.critical &&
      !isResolved(step.state) &&
      phaseIndex(step.phase) >= phaseIndex(from) &&
      phaseIndex(step.phase) < phaseIndex(to),
  );
}

export type PhaseGateCheck =
  | { readonly ok: true; readonly overridden: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly open: readonly string[] };

/** Moving on with open critical steps is allowed only with an explicit override reason. */
export function checkPhaseGate(
  steps: ReadonlyArray<Pick<ChecklistStep, 'phase' | 'state'> & { step: { critical: boolean; title: string } }>,
  from: Phase,
  to: Phase,
  overrideReason: string,
): PhaseGateCheck {
  const open = openCriticalSteps(steps, from, to).map((step) => step.step.title);
  if (open.length === 0) return { ok: true, overridden: [] };
  if (overrideReason.trim() !== '') return { ok: true, overridden: open };
  const count = open.length === 1 ? '1 critical step is' : `${open.length} critical steps are`;
  return {
    ok: false,
    open,
    message: `${count} still open in ${PHASE_LABELS[from]}. Complete ${open.length === 1 ? 'it' : 'them'}, or give a reason to override.`,
  };
}

/** Steps in display order: by phase in lifecycle order, then by the runbook's order, then by runbook. */
export function sortChecklist<S extends Pick<ChecklistStep, 'phase' | 'order' | 'runbookTitle' | 'id'>>(
  steps: readonly S[],
): S[] {
  return [...steps].sort(
    (a, b) =>
      phaseIndex(a.phase) - phaseIndex(b.phase) ||
      a.runbookTitle.localeCompare(b.runbookTitle) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

/** How an incident's checklist rows from one runbook change when it moves to a newer version of that runbook. */
export interface ChecklistUpgradePlan<S> {
  /** Rows whose step the new version still has: the new snapshot, phase, position and due time, state kept. */
  readonly carried: ReadonlyArray<{
    readonly row: S;
    readonly phase: RunbookPhase;
    readonly order: number;
    readonly step: RunbookStep;
    readonly dueAt: string;
  }>;
  /** Steps new in this version, to add as to-do rows. */
  readonly added: ReadonlyArray<{
    readonly phase: RunbookPhase;
    readonly order: number;
    readonly step: RunbookStep;
    readonly dueAt: string;
  }>;
  /** Rows of steps the new version dropped that nobody has touched: removed. */
  readonly dropped: readonly S[];
  /** Rows of dropped steps with work recorded on them (started, finished, skipped, blocked): kept as they are. */
  readonly kept: readonly S[];
}

/**
 * Plans moving an incident's rows of one runbook lineage to version `next`. Steps are matched by their id, which
 * every version of a runbook keeps, so work recorded on a step carries over; nothing recorded is ever dropped.
 */
export function planChecklistUpgrade<S extends Pick<ChecklistStep, 'state' | 'step'>>(
  rows: readonly S[],
  next: { readonly lineageId: string; readonly version: number; readonly phases: RunbookContent['phases'] },
  declaredAt: string,
): ChecklistUpgradePlan<S> {
  const byStepId = new Map(rows.map((row) => [row.step.id, row]));
  const carried: Array<ChecklistUpgradePlan<S>['carried'][number]> = [];
  const added: Array<ChecklistUpgradePlan<S>['added'][number]> = [];
  for (const block of next.phases) {
    block.steps.forEach((step, order) => {
      const dueAt = computeDueAt(declaredAt, step.dueMinutes);
      const row = byStepId.get(step.id);
      if (row) carried.push({ row, phase: block.phase, order, step, dueAt });
      else added.push({ phase: block.phase, order, step, dueAt });
    });
  }
  const kept = new Set(next.phases.flatMap((block) => block.steps.map((step) => step.id)));
  const gone = rows.filter((row) => !kept.has(row.step.id));
  return {
    carried,
    added,
    dropped: gone.filter((row) => row.state === 'todo'),
    kept: gone.filter((row) => row.state !== 'todo'),
  };
}

/** Refuses an upgrade that is not to a newer version of a runbook already on the incident. */
export function checkChecklistUpgrade(
  rows: ReadonlyArray<Pick<ChecklistStep, 'runbookVersion'>>,
  next: { readonly title: string; readonly version: number; readonly status: string },
): string | undefined {
  if (next.status !== 'published') return 'Only a published runbook version can be applied to an incident.';
  if (rows.length === 0) return `“${next.title}” is not on this incident’s checklist. Apply it instead.`;
  const current = Math.max(...rows.map((row) => row.runbookVersion));
  if (next.version <= current) {
    return `This incident already runs “${next.title}” v${current}; choose a newer version to update to.`;
  }
  return undefined;
}
