/**
 * The trust capability's tables: trusted signers, and this database's copy of the checkpoints the host signed. The host's journal is the
 * authority (it lives outside IndexedDB); the copy lets the console show recent checkpoints and what changed since.
 */
import type { EntityTable, Table } from 'dexie';
import type { SignedCheckpoint } from '../../../shared/domain/trust/checkpoint';
import type { TrustedSignerRecord } from '../../../shared/domain/trust/trustedSigner';
import type { StorageCapability } from '../capability';

export type StoredCheckpoint = SignedCheckpoint & { readonly key: string };

export interface TrustTables {
  checkpoints: Table<StoredCheckpoint, string>;
  trustedSigners: EntityTable<TrustedSignerRecord, 'id'>;
}

export const trustStorage = {
  name: 'trust',
  versions: {
    7: {
      stores: { checkpoints: '&key, [checkpoint.chain+checkpoint.seq]', trustedSigners: '&id, fingerprint' },
    },
  },
} as const satisfies StorageCapability;
