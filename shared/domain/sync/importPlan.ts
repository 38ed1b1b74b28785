/**
 * One record of a received bundle against what this site holds: catch the local record up into its sync state, join
 * the sender's state, and say what the import would do (add, update, nothing) and what it would write. Pure, so the
 * preview and the apply step compute exactly the same plan.
 */
import { canonicalJson } from '../canonicalJson';
import type { RecordMeta } from '../record';
import { mergeRecord, type FieldConflict, type MergeOutcome } from './merge';
import { APPEND_ONLY_ENTITIES, mergeRuleOf } from './mergeRules';
import { catchUp, materialize, type RecordSyncState } from './syncState';
import { validatedRecordOfState } from '../validatedRecords';

type StoredRecord = RecordMeta & Record<string, unknown>;

export interface RecordPlan {
  readonly outcome: MergeOutcome;
  /** The record to store (absent when nothing changes). */
  readonly record?: StoredRecord;
  /** The sync state to store: the merged one, or the caught-up local one. */
  readonly state: RecordSyncState;
  /** Whether the stored sync state changes (it may while the record does not, e.g. a local catch-up). */
  readonly stateChanged: boolean;
  readonly newConflicts: readonly FieldConflict[];
}

/** The sync state of a record as stored here, caught up with local writes made since it was last computed. */
export function localStateOf(
  entity: string,
  record: StoredRecord | undefined,
  state: RecordSyncState | undefined,
): RecordSyncState | undefined {
  if (!record) return state;
  return catchUp(entity, state, record, mergeRuleOf(entity));
}

export function planRecord(
  entity: string,
  localRecord: StoredRecord | undefined,
  storedState: RecordSyncState | undefined,
  remote: RecordSyncState,
): RecordPlan {
  const local = localStateOf(entity, localRecord, storedState);
  if (APPEND_ONLY_ENTITIES.has(entity) && localRecord) {
    const state = local ?? remote;
    return { outcome: 'unchanged', state, stateChanged: state !== storedState, newConflicts: [] };
  }
  const merged = mergeRecord(local, remote);
  // A record new here is the received state itself: the record its reader validated is the one to store.
  const record =
    ((merged.state === remote ? validatedRecordOfState(remote) : undefined) as StoredRecord | undefined) ??
    materialize(merged.state);
  const recordChanged = !localRecord || canonicalJson(record) !== canonicalJson(localRecord);
  return {
    outcome: recordChanged ? (localRecord ? 'updated' : 'added') : 'unchanged',
    ...(recordChanged ? { record } : {}),
    state: merged.state,
    stateChanged: merged.state !== storedState,
    newConflicts: merged.newConflicts,
  };
}
