/**
 * Conflicts: the legal-weight fields that two sites changed at once, read from the stored sync states, and their
 * resolution — an audited write that stores the chosen value on the record and replaces every standing value in the
 * sync state, so the choice travels with the next bundle and settles the conflict on the other site too.
 */
import { conflictsOf, resolveConflict, type FieldConflict } from '../../../shared/domain/sync/merge';
import { localStateOf } from '../../../shared/domain/sync/importPlan';
import { BUNDLE_RECORD_TABLES } from '../../../shared/domain/bundles/payload';
import { ENTITIES, type EntityName, type EntityRecord } from '../../../shared/domain/capabilities';
import { ExplainedError, refuseIf } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { RecordMeta } from '../../../shared/domain/record';
import type { FirebreakDatabase } from '../database';
import { writeTransaction, type Actor } from '../write';
import { syncStateKey } from './storage';

type StoredRecord = RecordMeta & Record<string, unknown>;

export interface StoredConflict extends FieldConflict {
  /** What the record is, in words a person recognises (an incident's reference and title). */
  readonly label: string;
}

function labelOf(entity: string, record: StoredRecord | undefined): string {
  if (!record) return entity;
  if (typeof record.ref === 'string')
    return `${record.ref} ${typeof record.title === 'string' ? record.title : ''}`.trim();
  if (typeof record.name === 'string') return record.name;
  return `${entity} ${record.id}`;
}

/** Every open conflict, with the record it belongs to named. */
export async function liveConflicts(db: FirebreakDatabase): Promise<StoredConflict[]> {
  const states = await db.syncStates.toArray();
  const conflicts: StoredConflict[] = [];
  for (const stored of states) {
    const { key: _key, ...state } = stored;
    const found = conflictsOf(state);
    if (found.length === 0) continue;
    const table = ENTITIES[state.entity as EntityName]?.table;
    const record = table ? ((await db.table(table).get(state.id)) as StoredRecord | undefined) : undefined;
    // A local edit made since may already have settled it.
    const current = localStateOf(state.entity, record, state);
    for (const conflict of current ? conflictsOf(current) : found)
      conflicts.push({ ...conflict, label: labelOf(state.entity, record) });
  }
  return conflicts.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.field < b.field ? -1 : 1));
}

/** Keeps one of the standing values (given by its HLC stamp) and settles the conflict, with a reason in the audit log. */
export async function resolveStoredConflict(
  db: FirebreakDatabase,
  actor: Actor,
  input: {
    readonly entity: string;
    readonly id: string;
    readonly field: string;
    readonly chosenHlc: string;
    readonly reason: string;
  },
): Promise<void> {
  refuseIf(
    input.reason.trim() === '' ? 'Say why this value is the right one; the reason is kept in the audit log.' : null,
  );
  const declared = BUNDLE_RECORD_TABLES.find((table) => table.entity === input.entity);
  if (!declared) throw new ExplainedError('This record cannot be in conflict.');
  await writeTransaction(db, actor, async (writer) => {
    const key = syncStateKey(input.entity, input.id);
    const stored = await db.syncStates.get(key);
    const record = (await db.table(declared.table).get(input.id)) as StoredRecord | undefined;
    if (!stored || !record) throw new ExplainedError('This conflict is no longer open.');
    const { key: _key, ...state } = stored;
    const current = localStateOf(input.entity, record, state)!;
    const candidates = current.legal[input.field] ?? [];
    const chosen = candidates.find((candidate) => candidate.hlc === input.chosenHlc);
    if (!chosen || candidates.length < 2)
      throw new ExplainedError('This conflict is no longer open; it may have been resolved already.');
    const updated = writer.update(
      input.entity as EntityName,
      record as EntityRecord<EntityName>,
      { [input.field]: chosen.value } as never,
    );
    const resolved = resolveConflict(current, {
      field: input.field,
      value: chosen.value,
      hlc: updated.hlc,
      at: updated.updatedAt,
      by: updated.updatedBy,
      byId: updated.updatedById,
    });
    await db.syncStates.put({ ...resolved, rev: updated.rev, key });
    writer.note('syncConflict', `${key}:${input.field}`, 'update', {
      field: input.field,
      chosen: canonicalJson(chosen.value),
      replaced: candidates.map((candidate) => candidate.hlc),
      reason: input.reason.trim(),
    });
  });
}
