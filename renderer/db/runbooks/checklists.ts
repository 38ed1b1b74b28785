/**
 * Checklist repository: applying a runbook version to an incident (one transaction: a step row per runbook step,
 * with its absolute due time, and one timeline entry), moving it to a newer version of that runbook, and changing
 * one step's state (one small row plus its timeline entry). The rules — reasons to skip or block, evidence to finish — are the pure ones in shared/domain/runbooks/checklist.ts.
 */
import { incidentSubject } from '../../../shared/domain/subject';
import {
  checkChecklistUpgrade,
  checkStepUpdate,
  computeDueAt,
  planChecklistUpgrade,
  STEP_STATE_LABELS,
  stepAssignmentSchema,
  stepChangeOf,
  stepUpdateSchema,
  type ChecklistStep,
  type EvidenceReference,
  type StepUpdateInput,
} from '../../../shared/domain/runbooks/checklist';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { FirebreakDatabase } from '../database';
import { isLiveEvidenceOfSubject } from '../evidence/queries';
import { liveIncident, requireLiveIncident } from '../incidents/queries';
import { liveChecklistOfIncident, liveChecklistStep } from './queries';
import { requireRunbook } from './runbooks';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import { writeTransaction, writeTransactionAfter, type Actor } from '../write';
import { personNamed } from '../team/team';

async function requireOpenIncident(db: FirebreakDatabase, id: string): Promise<Incident> {
  return requireOpen(await requireLiveIncident(db, id));
}

function requireOpen(incident: Incident): Incident {
  if (incident.phase === 'closed') {
    throw new WriteRefusedError('This incident is closed. Reopen it to work its checklist.');
  }
  return incident;
}

/** Applies runbook version `runbookId` to an incident: its steps become the incident's checklist rows. */
export async function applyRunbook(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  runbookId: string,
): Promise<ChecklistStep[]> {
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireOpenIncident(db, incidentId);
    const runbook = await requireRunbook(db, writer, runbookId);
    if (runbook.status !== 'published') {
      throw new WriteRefusedError('Only a published runbook can be applied to an incident.');
    }
    const existing = await liveChecklistOfIncident(db, incidentId);
    if (existing.some((step) => step.lineageId === runbook.lineageId)) {
      throw new WriteRefusedError(
        `“${runbook.title}” is already on this incident’s checklist. A newer version can replace it with Update.`,
      );
    }
    const created = runbook.phases.flatMap((block) =>
      block.steps.map((step, order) =>
        writer.create('checklistStep', {
          incidentId,
          runbookId: runbook.id,
          lineageId: runbook.lineageId,
          runbookVersion: runbook.version,
          runbookTitle: runbook.title,
          phase: block.phase,
          order,
          step,
          dueAt: computeDueAt(incident.declaredAt, step.dueMinutes),
          state: 'todo',
        }),
      ),
    );
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'runbook-applied',
      occurredAt: writer.now,
      runbookId: runbook.id,
      runbookVersion: runbook.version,
      text: `Applied runbook “${runbook.title}” v${runbook.version} (${created.length} steps).`,
    });
    return created;
  });
}

export interface ChecklistUpgradeResult {
  readonly from: number;
  readonly to: number;
  readonly carried: number;
  readonly added: number;
  readonly dropped: number;
  readonly kept: number;
}

/**
 * Moves the incident's rows of one runbook to its newer published version `runbookId`, when the responders choose
 * to: steps the version still has keep their state, reason, evidence and owner and take the new wording, phase and
 * due time; new steps are added as to-do; dropped steps nobody touched are removed; dropped steps with work recorded
 * stay as they were. One transaction, one timeline entry.
 */
export async function upgradeChecklist(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  runbookId: string,
): Promise<ChecklistUpgradeResult> {
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireOpenIncident(db, incidentId);
    const runbook = await requireRunbook(db, writer, runbookId);
    const rows = (await liveChecklistOfIncident(db, incidentId)).filter((row) => row.lineageId === runbook.lineageId);
    refuseIf(checkChecklistUpgrade(rows, runbook));
    const from = Math.max(...rows.map((row) => row.runbookVersion));
    const version = {
      runbookId: runbook.id,
      runbookVersion: runbook.version,
      runbookTitle: runbook.title,
    };
    const plan = planChecklistUpgrade(rows, runbook, incident.declaredAt);
    for (const { row, phase, order, step, dueAt } of plan.carried) {
      writer.update('checklistStep', row, { ...version, phase, order, step, dueAt });
    }
    for (const { phase, order, step, dueAt } of plan.added) {
      writer.create('checklistStep', {
        incidentId,
        lineageId: runbook.lineageId,
        ...version,
        phase,
        order,
        step,
        dueAt,
        state: 'todo',
      });
    }
    for (const row of plan.dropped) writer.softDelete('checklistStep', row);
    const parts = [
      `${plan.carried.length} kept with their state`,
      `${plan.added.length} added`,
      `${plan.dropped.length} removed`,
    ];
    if (plan.kept.length > 0) parts.push(`${plan.kept.length} no longer in the runbook kept for the work recorded`);
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'runbook-applied',
      occurredAt: writer.now,
      runbookId: runbook.id,
      runbookVersion: runbook.version,
      text: `Updated runbook “${runbook.title}” from v${from} to v${runbook.version}: ${parts.join(', ')}.`,
    });
    return {
      from,
      to: runbook.version,
      carried: plan.carried.length,
      added: plan.added.length,
      dropped: plan.dropped.length,
      kept: plan.kept.length,
    };
  });
}

/** A step may cite only live evidence items of its own incident. */
async function requireLinkedEvidence(
  db: FirebreakDatabase,
  incidentId: string,
  references: readonly EvidenceReference[],
): Promise<void> {
  for (const reference of references) {
    if (reference.kind !== 'evidence') continue;
    if (!(await isLiveEvidenceOfSubject(db, reference.evidenceId, incidentId))) {
      throw new WriteRefusedError('The linked evidence item is not held for this incident.');
    }
  }
}

/**
 * Changes one step's state; marks who completed it and when, and records the change on the timeline. A caller that
 * knows the step's incident (the checklist on screen) names it in `incidentId`, so the step and its incident are read
 * in the transaction's first round trip; the step's own incident is what counts either way.
 */
export async function updateChecklistStep(
  db: FirebreakDatabase,
  actor: Actor,
  stepId: string,
  input: StepUpdateInput,
  incidentId?: string,
): Promise<ChecklistStep> {
  const update = parseOrRefuse(stepUpdateSchema, 'checklist step', input);
  return writeTransactionAfter(
    db,
    actor,
    () =>
      Promise.all([liveChecklistStep(db, stepId), incidentId === undefined ? undefined : liveIncident(db, incidentId)]),
    async (writer, [current, named]) => {
      if (!current) throw new WriteRefusedError('That checklist step no longer exists.');
      const incident =
        named?.id === current.incidentId ? requireOpen(named) : await requireOpenIncident(db, current.incidentId);
      const check = checkStepUpdate(current, update);
      if (!check.ok) throw new WriteRefusedError(check.message);
      await requireLinkedEvidence(db, current.incidentId, update.evidence ?? []);
      const next = writer.update('checklistStep', current, stepChangeOf(current, update, actor, writer.now));
      const label = STEP_STATE_LABELS[update.state];
      writer.create('timeline', {
        subject: incidentSubject(incident),
        kind: 'checklist-step',
        occurredAt: writer.now,
        checklistStepId: current.id,
        state: update.state,
        reason: next.reason,
        text: `${label}: “${current.step.title}”.`,
      });
      return next;
    },
  );
}

/**
 * Makes a person (picked from the directory by id, or typed) the owner of one step; an empty name hands it back to
 * the role.
 */
export async function assignChecklistStep(
  db: FirebreakDatabase,
  actor: Actor,
  stepId: string,
  assignee: string,
  assigneeId?: string,
): Promise<ChecklistStep> {
  const name = parseOrRefuse(stepAssignmentSchema, 'step assignment', { assignee }).assignee;
  return writeTransaction(db, actor, async (writer) => {
    const current = await liveChecklistStep(db, stepId);
    if (!current) throw new WriteRefusedError('That checklist step no longer exists.');
    const incident = await requireOpenIncident(db, current.incidentId);
    if (current.assignee === name && (assigneeId === undefined || current.assigneeId === assigneeId)) return current;
    const owner = name ? await personNamed(db, writer, name, assigneeId) : null;
    const next = writer.update('checklistStep', current, {
      assignee: owner?.name ?? '',
      assigneeId: owner?.id ?? null,
    });
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'checklist-step',
      occurredAt: writer.now,
      checklistStepId: current.id,
      state: current.state,
      text: name ? `Assigned “${current.step.title}” to ${name}.` : `“${current.step.title}” is back with its role.`,
    });
    return next;
  });
}
