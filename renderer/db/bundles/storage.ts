/**
 * The bundles capability's tables (version 14): each record's sync state (what this site knows of who wrote each
 * field and when: the merge's base, `shared/domain/sync/`), each partner site's high-water mark (the newest HLC sent
 * to it, for "everything changed since the last bundle to site X"), and the log of bundles made and received.
 * Sync states and partner marks are bookkeeping beside the records, written in the same transaction as the records
 * they describe; the bundle log's entries are also in the audit log.
 */
import type { Table } from 'dexie';
import type { RecordSyncState } from '../../../shared/domain/sync/syncState';
import type { StorageCapability } from '../capability';
import { fastSha256Ready } from '../fastSha256';

export type StoredSyncState = RecordSyncState & { readonly key: string };

export interface SyncPartner {
  readonly siteCode: string;
  /** The newest HLC of any record sent to this site. */
  readonly sentHlc: string;
  readonly lastBundleId: string;
  readonly lastSentAt: string;
}

export interface BundleLogEntry {
  readonly bundleId: string;
  readonly direction: 'exported' | 'imported';
  readonly at: string;
  readonly siteCode: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly evidenceBytes: number;
  readonly keyFingerprint: string;
}

export interface BundleTables {
  syncStates: Table<StoredSyncState, string>;
  syncPartners: Table<SyncPartner, string>;
  bundleLog: Table<BundleLogEntry, [string, string]>;
}

export function syncStateKey(entity: string, id: string): string {
  return `${entity}:${id}`;
}

export const bundlesStorage = {
  name: 'bundles',
  versions: {
    14: {
      stores: { syncStates: '&key, entity', syncPartners: '&siteCode', bundleLog: '[bundleId+direction], at' },
    },
  },
  // An import hashes every record and audit entry it writes, inside one transaction: the WebAssembly digest first.
  writeReady: fastSha256Ready,
} as const satisfies StorageCapability;
