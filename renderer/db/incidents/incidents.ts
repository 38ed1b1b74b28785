/**
 * Incident repository: declaring, editing, moving through the lifecycle, writing on the timeline, and seeding many
 * incidents at once (demo data, benchmarks). Each function validates its input with the shared zod schemas and runs
 * in one write transaction, so the incident, its timeline and the audit log always change together.
 */
import {
  incidentDraftSchema,
  INCIDENT_EDITABLE_FIELDS,
  type Incident,
  type IncidentDraft,
  type IncidentDraftInput,
} from '../../../shared/domain/incidents/incident';
import {
  checkNotInFuture,
  checkPhaseChange,
  checkPhaseChangeTime,
  checkSeverityChange,
  isSeverityLowered,
  severityReasonSchema,
  phaseChangeRequestSchema,
  type PhaseChangeRequest,
} from '../../../shared/domain/incidents/lifecycle';
import { checkPhaseGate, sortChecklist } from '../../../shared/domain/runbooks/checklist';
import { checkCloseGate } from '../../../shared/domain/reviews/closeGate';
import { isoTimestampSchema } from '../../../shared/domain/time';
import { uuidv7 } from '../../../shared/domain/ids';
import { incidentSubject, type Subject } from '../../../shared/domain/subject';
import { formatIncidentRef, referenceCounterKey } from '../../../shared/domain/reference';
import { PHASE_LABELS, type Phase } from '../../../shared/domain/incidents/taxonomy';
import { writtenEntryDraftSchema, type TimelineEntry, type WrittenEntryDraft } from '../../../shared/domain/timeline';
import type { z } from 'zod';
import type { FirebreakDatabase } from '../database';
import { readSiteCode } from '../installation';
import { liveChecklistOfIncident } from '../runbooks/queries';
import { liveReviewOfIncident } from '../reviews/queries';
import { describeIncidentChanges } from './incidentChanges';
import { requireLiveIncident } from './queries';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import { writeTransaction, type Actor, type RecordBody, type RecordWriter, type WriteOptions } from '../write';

/**
 * Hands out references (INC-YYYY-SITE-NNNN, per site and year; INC-YYYY-NNNN in a database without a site code)
 * inside one transaction. The site code and counters are read once up front so that allocation is synchronous (a
 * transaction must not wait on anything but IndexedDB); the `&ref` unique index makes a collision abort the
 * transaction rather than store a duplicate.
 */
class ReferenceAllocator {
  private constructor(
    private readonly db: FirebreakDatabase,
    private readonly siteCode: string | null,
    private readonly next: Map<number, number>,
  ) {}

  static async load(db: FirebreakDatabase, years: Iterable<number>): Promise<ReferenceAllocator> {
    const siteCode = await readSiteCode(db);
    const next = new Map<number, number>();
    for (const year of new Set(years)) {
      const row = await db.meta.get(referenceCounterKey(year, siteCode));
      next.set(year, typeof row?.value === 'number' ? row.value : 1);
    }
    return new ReferenceAllocator(db, siteCode, next);
  }

  allocate(year: number): string {
    const sequence = this.next.get(year);
    if (sequence === undefined) throw new Error(`No reference counter was loaded for ${year}.`);
    this.next.set(year, sequence + 1);
    return formatIncidentRef(year, sequence, this.siteCode);
  }

  async save(): Promise<void> {
    for (const [year, sequence] of this.next) {
      await this.db.meta.put({ key: referenceCounterKey(year, this.siteCode), value: sequence });
    }
  }
}

const yearOf = (iso: string): number => new Date(iso).getUTCFullYear();

type PhaseState = Pick<Incident, 'phase' | 'phaseEnteredAt'>;

/** Checks a phase change against the lifecycle rules; returns the timeline entry and the incident's new phase. */
function phaseChange(
  subject: Subject,
  state: PhaseState,
  request: PhaseChangeRequest,
  now: string,
): { entry: RecordBody<'timeline'>; next: PhaseState } {
  const check = checkPhaseChange(state.phase, request.to, request.reason);
  if (!check.ok) throw new WriteRefusedError(check.message);
  refuseIf(checkPhaseChangeTime(state, request.occurredAt, now));
  const verb = { advance: 'Moved', 'step-back': 'Moved back', reopen: 'Reopened' }[check.kind];
  return {
    entry: {
      subject,
      kind: 'phase-change',
      occurredAt: request.occurredAt,
      from: state.phase,
      to: request.to,
      reason: request.reason,
      text: `${verb} from ${PHASE_LABELS[state.phase]} to ${PHASE_LABELS[request.to]}.`,
    },
    next: { phase: request.to, phaseEnteredAt: { ...state.phaseEnteredAt, [request.to]: request.occurredAt } },
  };
}

/**
 * Declares an incident. With a phase history (imported or demo incidents), the incident is created once in its final
 * phase and each change goes on the timeline, every one checked by the same lifecycle rules as a live change.
 */
function declareWith(
  writer: RecordWriter,
  references: ReferenceAllocator,
  draft: IncidentDraft,
  declaredAt: string,
  history: readonly PhaseChangeRequest[] = [],
  exercise: Incident['exercise'] = null,
): Incident {
  refuseIf(checkNotInFuture('The declaration', declaredAt, writer.now));
  refuseIf(checkNotInFuture('Became-aware time', draft.awareAt, declaredAt));
  const id = uuidv7(Date.parse(declaredAt));
  const subject = incidentSubject({ id, ref: references.allocate(yearOf(declaredAt)) });
  let state: PhaseState = { phase: 'detection-analysis', phaseEnteredAt: { 'detection-analysis': declaredAt } };
  const changes: RecordBody<'timeline'>[] = [];
  for (const request of history) {
    const { entry, next } = phaseChange(subject, state, request, writer.now);
    changes.push(entry);
    state = next;
  }
  const incident = writer.create(
    'incident',
    {
      ...draft,
      ...state,
      ref: subject.ref,
      declaredAt,
      exercise,
      roles: [
        {
          role: 'incident-commander',
          primary: writer.actor.name,
          primaryId: writer.actor.personId,
          backup: '',
          backupId: null,
        },
      ],
    },
    id,
  );
  writer.create('timeline', {
    subject,
    kind: 'declared',
    occurredAt: declaredAt,
    text: exercise
      ? `Declared ${incident.ref} at ${incident.severity} as the practice incident of exercise ${exercise.ref}.`
      : `Declared ${incident.ref} at ${incident.severity}.`,
  });
  for (const entry of changes) writer.create('timeline', entry);
  return incident;
}

async function changePhaseWith(
  db: FirebreakDatabase,
  writer: RecordWriter,
  incident: Incident,
  request: PhaseChangeRequest,
): Promise<Incident> {
  const { entry, next } = phaseChange(incidentSubject(incident), incident, request, writer.now);
  // Closing needs a completed post-incident review or a recorded waiver (exercises excepted).
  if (request.to === 'closed')
    refuseIf(checkCloseGate(incident, request.to, await liveReviewOfIncident(db, incident.id)));
  // Open critical checklist steps of the phases left behind need an explicit override, recorded on the timeline.
  const gate = checkPhaseGate(
    sortChecklist(await liveChecklistOfIncident(db, incident.id)),
    incident.phase,
    request.to,
    request.overrideReason,
  );
  if (!gate.ok) throw new WriteRefusedError(gate.message);
  if (gate.overridden.length > 0) {
    writer.create('timeline', {
      subject: incidentSubject(incident),
      kind: 'gate-override',
      occurredAt: request.occurredAt,
      from: incident.phase,
      to: request.to,
      reason: request.overrideReason,
      openSteps: [...gate.overridden],
      text: `Moved on with ${gate.overridden.length} critical step${gate.overridden.length === 1 ? '' : 's'} open.`,
    });
  }
  writer.create('timeline', entry);
  return writer.update('incident', incident, next);
}

/** Declaring options: a practice incident names the exercise it belongs to (it is marked EXERCISE everywhere). */
export interface DeclareOptions extends WriteOptions {
  readonly exercise?: NonNullable<Incident['exercise']>;
}

export async function declareIncident(
  db: FirebreakDatabase,
  actor: Actor,
  input: IncidentDraftInput,
  options: DeclareOptions = {},
): Promise<Incident> {
  const draft = parseOrRefuse(incidentDraftSchema, 'incident', input);
  return writeTransaction(
    db,
    actor,
    async (writer) => {
      const references = await ReferenceAllocator.load(db, [yearOf(writer.now)]);
      const incident = declareWith(writer, references, draft, writer.now, [], options.exercise ?? null);
      await references.save();
      return incident;
    },
    options,
  );
}

/** Applies an edit to the editable fields and records what changed, field by field, on the timeline. */
export async function editIncident(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  input: IncidentDraftInput,
  /** Why the severity is lowered; required when it is (checkSeverityChange). */
  severityReason = '',
): Promise<Incident> {
  const draft = parseOrRefuse(incidentDraftSchema, 'incident', input);
  return writeTransaction(db, actor, async (writer) => {
    const current = await requireLiveIncident(db, id);
    refuseIf(checkNotInFuture('Became-aware time', draft.awareAt, writer.now));
    refuseIf(checkSeverityChange(current.severity, draft.severity, severityReason));
    const changes = describeIncidentChanges(current, draft);
    if (changes.length === 0) return current;
    const edited: Partial<IncidentDraft> = {};
    for (const field of INCIDENT_EDITABLE_FIELDS) Object.assign(edited, { [field]: draft[field] });
    const lowered = isSeverityLowered(current.severity, draft.severity);
    const reason = lowered ? parseOrRefuse(severityReasonSchema, 'reason', severityReason) : '';
    const edits = `Edited ${changes.map((change) => change.label.toLowerCase()).join(', ')}.`;
    writer.create('timeline', {
      subject: incidentSubject(current),
      kind: 'edit',
      occurredAt: writer.now,
      changes,
      reason,
      text: lowered
        ? `${edits} Lowered the severity from ${current.severity} to ${draft.severity} because: ${reason}`
        : edits,
    });
    return writer.update('incident', current, edited);
  });
}

export async function changePhase(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  input: z.input<typeof phaseChangeRequestSchema>,
): Promise<Incident> {
  const request = parseOrRefuse(phaseChangeRequestSchema, 'phase change', input);
  return writeTransaction(db, actor, async (writer) =>
    changePhaseWith(db, writer, await requireLiveIncident(db, id), request),
  );
}

export async function addTimelineEntry(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: WrittenEntryDraft,
): Promise<TimelineEntry> {
  const draft = parseOrRefuse(writtenEntryDraftSchema, 'timeline entry', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    if (incident.phase === 'closed') {
      throw new WriteRefusedError('This incident is closed. Reopen it to add to its timeline.');
    }
    refuseIf(checkNotInFuture('The entry', draft.occurredAt, writer.now));
    const entry = writer.create('timeline', { subject: incidentSubject(incident), ...draft });
    writer.update('incident', incident, {});
    return entry;
  });
}

/** An incident with its history, as demo data or a benchmark supplies it. */
export interface IncidentSeed {
  readonly draft: IncidentDraftInput;
  readonly declaredAt: string;
  readonly phases?: ReadonlyArray<{ readonly to: Phase; readonly at: string; readonly reason?: string }>;
  readonly entries?: readonly WrittenEntryDraft[];
}

export interface SeedProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Declares many incidents with their histories through the same rules as the UI, in batches of `batchSize` per
 * transaction so progress can be shown and memory stays bounded. A batch that fails validation writes nothing.
 */
export async function seedIncidents(
  db: FirebreakDatabase,
  actor: Actor,
  seeds: readonly IncidentSeed[],
  options: { batchSize?: number; onProgress?: (progress: SeedProgress) => void; signal?: AbortSignal } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 2_000;
  let done = 0;
  for (let start = 0; start < seeds.length; start += batchSize) {
    options.signal?.throwIfAborted();
    const batch = seeds.slice(start, start + batchSize).map((seed) => ({
      declaredAt: parseOrRefuse(isoTimestampSchema, 'declaration time', seed.declaredAt),
      phases: seed.phases ?? [],
      draft: parseOrRefuse(incidentDraftSchema, 'incident', seed.draft),
      entries: (seed.entries ?? []).map((entry) => parseOrRefuse(writtenEntryDraftSchema, 'timeline entry', entry)),
    }));
    await writeTransaction(db, actor, async (writer) => {
      const references = await ReferenceAllocator.load(
        db,
        batch.map(({ declaredAt }) => yearOf(declaredAt)),
      );
      for (const { draft, declaredAt, phases, entries } of batch) {
        const history = phases.map((phase) => ({
          to: phase.to,
          reason: phase.reason ?? '',
          occurredAt: phase.at,
          overrideReason: '',
        }));
        const incident = declareWith(writer, references, draft, declaredAt, history);
        for (const entry of entries) {
          refuseIf(checkNotInFuture('The entry', entry.occurredAt, writer.now));
          writer.create('timeline', { subject: incidentSubject(incident), ...entry });
        }
      }
      await references.save();
    });
    done += batch.length;
    options.onProgress?.({ done, total: seeds.length });
  }
  return done;
}
