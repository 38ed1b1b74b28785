/**
 * Export's data side: what the preview shows, the records files a bundle carries (NDJSON of sync states, and the
 * custody events), and — once the host has written and renamed the bundle — one write transaction recording it: the
 * caught-up sync states (where nothing newer was stored meanwhile), an audit entry for the bundle, an "exported in
 * bundle <id> to <site>" custody event on each evidence item that left, the partner's high-water mark and the bundle
 * log. The talk with the host is in `renderer/features/bundles/sendBundle.ts`.
 */
import { formatNdjson, formatStatesNdjson, CUSTODY_TABLE, type BundleTable } from '../../../shared/domain/bundles/payload';
import type { BundleExportFinishResult, RecordsFile } from '../../../shared/domain/bundles/ipc';
import type { FirebreakDatabase } from '../database';
import { bulkPutInSlices, yieldToPage } from '../slicedWrites';
import { writeTransaction, type Actor } from '../write';
import { syncStateJson, type RecordSyncState } from '../../../shared/domain/sync/syncState';
import { withoutKey, type CaughtUpState, type CollectedBundle } from './collect';
import type { StoredSyncState } from './storage';

export interface ExportPreview {
  readonly counts: Readonly<Record<string, number>>;
  readonly evidenceBytes: number;
  readonly recordBytes: number;
  readonly onHold: readonly { readonly id: string; readonly name: string }[];
}

/** States written between two pauses for the page. */
const STATES_PER_SLICE = 1000;

/** `formatStatesNdjson(states)`, a slice of lines at a time, pausing for the page between slices. */
async function statesNdjson(states: readonly RecordSyncState[]): Promise<string> {
  let text = '';
  for (let start = 0; start < states.length; start += STATES_PER_SLICE) {
    if (start > 0) await yieldToPage();
    text += formatStatesNdjson(states.slice(start, start + STATES_PER_SLICE));
  }
  return text;
}

export async function previewOf(collected: CollectedBundle): Promise<ExportPreview> {
  const counts: Record<string, number> = {};
  let recordBytes = 0;
  for (const [table, states] of collected.states) {
    counts[table] = states.length;
    recordBytes += (await statesNdjson(states)).length;
  }
  if (collected.custody.length > 0) counts[CUSTODY_TABLE] = collected.custody.length;
  return {
    counts,
    recordBytes,
    evidenceBytes: collected.evidence.reduce((sum, item) => sum + item.size, 0),
    onHold: collected.evidenceItems.filter((item) => item.onHold).map(({ id, name }) => ({ id, name })),
  };
}

export async function recordsFiles(collected: CollectedBundle): Promise<RecordsFile[]> {
  const files: RecordsFile[] = [];
  for (const [table, states] of collected.states)
    files.push({ table, text: await statesNdjson(states), count: states.length });
  if (collected.custody.length > 0)
    files.push({ table: CUSTODY_TABLE, text: formatNdjson(collected.custody), count: collected.custody.length });
  return files;
}

/**
 * Stores the states the bundle carried, each only where the stored state is still the one the export collected. An
 * import, a conflict resolution or a live-sync pull while the host wrote the bundle stored a newer state, made from
 * the same record caught up first (every sync-state write folds in local writes), so it already holds what this
 * state holds and more: writing the older one over it would drop what that write merged, such as a conflict.
 */
async function storeCaughtUp(db: FirebreakDatabase, caughtUp: readonly CaughtUpState[]): Promise<void> {
  const current = await db.syncStates.bulkGet(caughtUp.map(({ state }) => state.key));
  const sameState = (a: StoredSyncState | undefined, b: StoredSyncState | undefined) =>
    a === undefined || b === undefined ? a === b : syncStateJson(withoutKey(a)) === syncStateJson(withoutKey(b));
  const unchanged = caughtUp.filter(({ before }, index) => sameState(before, current[index]));
  if (unchanged.length > 0) await bulkPutInSlices(db.syncStates, unchanged.map(({ state }) => state));
}

/** Records a bundle the host wrote: sync states, custody "exported in bundle", audit, partner mark, log. */
export async function recordExportedBundle(
  db: FirebreakDatabase,
  actor: Actor,
  done: {
    readonly bundleId: string;
    readonly finished: BundleExportFinishResult;
    readonly collected: CollectedBundle;
    readonly siteCode: string;
  },
): Promise<void> {
  const { bundleId, finished, collected, siteCode } = done;
  const counts = Object.fromEntries(
    [...collected.states].map(([table, states]) => [table as BundleTable, states.length]),
  );
  await writeTransaction(
    db,
    actor,
    async (writer) => {
      if (collected.caughtUp.length > 0) await storeCaughtUp(db, collected.caughtUp);
      const to = siteCode || 'no partner named';
      for (const item of collected.evidenceItems)
        writer.custody(item.id, {
          action: 'exported',
          reason: '',
          detail: `Exported in bundle ${bundleId} to ${to}`,
          itemHash: item.sha256,
        });
      const entry = {
        bundleId,
        direction: 'exported' as const,
        at: writer.now,
        siteCode: to,
        counts,
        evidenceBytes: collected.evidence.reduce((sum, item) => sum + item.size, 0),
        keyFingerprint: finished.keyFingerprint,
      };
      writer.note('bundle', bundleId, 'create', { ...entry, manifestSha256: finished.manifestSha256 });
      await db.bundleLog.put(entry);
      if (siteCode && collected.hlcRange) {
        const before = await db.syncPartners.get(siteCode);
        const sentHlc = before && before.sentHlc > collected.hlcRange.to ? before.sentHlc : collected.hlcRange.to;
        await db.syncPartners.put({ siteCode, sentHlc, lastBundleId: bundleId, lastSentAt: writer.now });
      }
    },
    { reviewSafe: true },
  );
}
