/**
 * Live sync's tables (version 27): what this installation knows of each document on the sync server (its leaf
 * revisions, every revision seen, and the sync state last exchanged), the replication's checkpoints, and the
 * revisions refused and quarantined (unsigned, signed by an installation this site does not trust, a signature that
 * does not match, or a body Firebreak does not read), kept with who claims to have written them. All bookkeeping
 * beside the records; the records a revision changes are written through `writeTransaction` as for bundles.
 */
import type { Table } from 'dexie';
import type { StorageCapability } from '../capability';

export interface CouchLeaf {
  readonly rev: string;
  readonly deleted: boolean;
  /** Whether its state was joined here (false for a quarantined revision, which is never built upon). */
  readonly applied: boolean;
}

export interface CouchDocRow {
  readonly docId: string;
  /**
   * The leaf revisions known here; a revision stays among them when only quarantined revisions descend from it, so
   * this site's next write builds on it rather than on a forgery.
   */
  readonly leaves: readonly CouchLeaf[];
  /** Every revision of the document fetched from or written to the server. */
  readonly seen: readonly string[];
  /** SHA-256 of the sync state the server holds as the document's only live leaf, when it is this site's state. */
  readonly syncedDigest: string | null;
}

export interface CouchCheckpoint {
  /** `firebreak-<installation id>` on one database URL. */
  readonly replicationId: string;
  readonly databaseUrl: string;
  /** The last `_changes` sequence applied here (opaque to the client, as CouchDB 3 requires). */
  readonly pullSeq: unknown;
  /** The newest record HLC sent to the server. */
  readonly pushedHlc: string;
  /** The audit log's head when the last push began: the next push reads the records named after it. */
  readonly pushedAuditSeq?: number;
  /** The audit log's head when the last custody push began: the next one reads the custody events named after it. */
  readonly pushedCustodyAuditSeq?: number;
  readonly lastReplicatedAt: string | null;
}

export interface QuarantinedRevision {
  /** `<doc id>@<rev>`. */
  readonly key: string;
  readonly docId: string;
  readonly rev: string;
  readonly receivedAt: string;
  /** Why it was refused, in words. */
  readonly reason: string;
  /** Who the revision says wrote it (its signature block, and the author its last write names), when it says. */
  readonly claimedInstallation: string | null;
  readonly claimedSite: string | null;
  readonly claimedFingerprint: string | null;
  readonly claimedAuthor: string | null;
  /** What the record is, in words (an incident's reference and title), when the body says. */
  readonly label: string;
}

export interface CouchTables {
  couchDocs: Table<CouchDocRow, string>;
  couchCheckpoints: Table<CouchCheckpoint, string>;
  couchQuarantine: Table<QuarantinedRevision, string>;
}

export const couchStorage = {
  name: 'couch',
  versions: {
    27: {
      stores: {
        couchDocs: '&docId',
        couchCheckpoints: '&replicationId',
        couchQuarantine: '&key, docId, receivedAt',
      },
    },
  },
} as const satisfies StorageCapability;
