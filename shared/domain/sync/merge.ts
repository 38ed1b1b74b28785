/**
 * The merge of sync bundles (issue 11), pure and deterministic, so that the same rules can later run over live
 * replication (ARCHITECTURE.md, "Sync bundles: merge"). Two sync states of one record join field by field:
 *
 * - an ordinary field takes the later write (HLC, then the value's canonical form): a change made on one side only is
 *   always the later write, since each site's clock receives the other's stamps before it writes again;
 * - a legal-weight field keeps every write that no other write replaced: a change on one side replaces the value it
 *   saw; changes on both sides replace nothing of each other's and stay side by side — an explicit conflict, shown
 *   with both values, who set them and when, until a person resolves it (which replaces both);
 * - the tombstone is a write of its own and wins only over older writes: a later edit on the other side keeps the
 *   record alive.
 *
 * The join is commutative, associative and idempotent, so any import order, any ring of sites and any re-import end
 * in the same state, and the record a state stands for is a function of the state alone.
 */
import { canonicalJson } from '../canonicalJson';
import type { HlcStamp } from '../ids';
import {
  compareWrites,
  legalWinner,
  materialize,
  supersededBy,
  type FieldWrite,
  type LegalWrite,
  type RecordSyncState,
} from './syncState';

function laterWrite(a: FieldWrite, b: FieldWrite): FieldWrite {
  return compareWrites(a, b) >= 0 ? a : b;
}

function joinRegisters(a: Readonly<Record<string, FieldWrite>>, b: Readonly<Record<string, FieldWrite>>) {
  const joined: Record<string, FieldWrite> = {};
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const left = a[field];
    const right = b[field];
    joined[field] = left && right ? laterWrite(left, right) : (left ?? right)!;
  }
  return joined;
}

/** The candidates of both sides that no candidate of either side replaced, in HLC order. */
export function joinCandidates(a: readonly LegalWrite[], b: readonly LegalWrite[]): LegalWrite[] {
  const byStamp = new Map<string, LegalWrite>();
  for (const candidate of [...a, ...b]) {
    const key = canonicalJson(candidate);
    byStamp.set(key, candidate);
  }
  const all = [...byStamp.values()];
  const replaced = new Set<HlcStamp>(all.flatMap((candidate) => candidate.supersedes));
  return all.filter((candidate) => !replaced.has(candidate.hlc)).sort(compareWrites);
}

function joinLegal(a: Readonly<Record<string, LegalWrite[]>>, b: Readonly<Record<string, LegalWrite[]>>) {
  const joined: Record<string, LegalWrite[]> = {};
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
    joined[field] = joinCandidates(a[field] ?? [], b[field] ?? []);
  return joined;
}

/** The join of two sync states of the same record. */
export function joinStates(a: RecordSyncState, b: RecordSyncState): RecordSyncState {
  if (a.entity !== b.entity || a.id !== b.id) throw new Error('Only states of the same record can be merged.');
  const created = canonicalJson(a.created) <= canonicalJson(b.created) ? a.created : b.created;
  const deletion = a.deletion && b.deletion ? laterWrite(a.deletion, b.deletion) : (a.deletion ?? b.deletion);
  return {
    entity: a.entity,
    id: a.id,
    created,
    rev: Math.max(a.rev, b.rev),
    last: laterWrite(a.last, b.last),
    fields: joinRegisters(a.fields, b.fields),
    legal: joinLegal(a.legal, b.legal),
    deletion,
  };
}

export function sameState(a: RecordSyncState, b: RecordSyncState): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export interface RecordMergeResult {
  readonly state: RecordSyncState;
  readonly outcome: MergeOutcome;
  /** Legal fields in conflict after the merge that were not in conflict before it. */
  readonly newConflicts: readonly FieldConflict[];
}

/** Merges a received state into the local one (absent when the record is new here). */
export function mergeRecord(local: RecordSyncState | undefined, remote: RecordSyncState): RecordMergeResult {
  if (!local) return { state: remote, outcome: 'added', newConflicts: conflictsOf(remote) };
  const state = joinStates(local, remote);
  if (sameState(state, local)) return { state: local, outcome: 'unchanged', newConflicts: [] };
  const before = new Set(conflictsOf(local).map((conflict) => conflictKey(conflict)));
  const newConflicts = conflictsOf(state).filter((conflict) => !before.has(conflictKey(conflict)));
  return { state, outcome: 'updated', newConflicts };
}

export interface FieldConflict {
  readonly entity: string;
  readonly id: string;
  readonly field: string;
  /** Every value still standing, latest first; the first is the one the record holds until resolved. */
  readonly candidates: readonly LegalWrite[];
}

function conflictKey(conflict: FieldConflict): string {
  return canonicalJson([conflict.entity, conflict.id, conflict.field, conflict.candidates.map((c) => c.hlc)]);
}

/** The legal fields of a record with more than one standing value. */
export function conflictsOf(state: RecordSyncState): FieldConflict[] {
  return Object.entries(state.legal)
    .filter(([, candidates]) => candidates.length > 1)
    .map(([field, candidates]) => ({
      entity: state.entity,
      id: state.id,
      field,
      candidates: [...candidates].sort((a, b) => compareWrites(b, a)),
    }));
}

export interface Resolution {
  readonly field: string;
  readonly value: unknown;
  readonly hlc: HlcStamp;
  readonly at: string;
  readonly by: string;
  readonly byId: string;
}

/**
 * A person's choice for a field in conflict: one write that replaces every standing value, so the conflict is
 * settled here and on every site that receives it (unless a newer concurrent write arrives, which is a new conflict).
 */
export function resolveConflict(state: RecordSyncState, resolution: Resolution): RecordSyncState {
  const candidates = state.legal[resolution.field];
  if (!candidates) throw new Error(`${resolution.field} is not a legal-weight field of this record.`);
  const { field, value, ...stamp } = resolution;
  const write: LegalWrite = {
    ...(value === undefined ? {} : { value }),
    ...stamp,
    supersedes: supersededBy(candidates),
  };
  const last = compareWrites(write, state.last) > 0 ? { ...stamp } : state.last;
  return { ...state, rev: state.rev + 1, last, legal: { ...state.legal, [field]: [write] } };
}

export { legalWinner, materialize };
