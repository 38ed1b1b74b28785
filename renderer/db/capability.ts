/**
 * What a capability declares in the data layer: its tables' store layouts per database version, with the data
 * upgrade of a version where it has one. `database.ts` collects the declarations into Dexie versions.
 */
import type { Transaction } from 'dexie';

export interface StorageVersion {
  /** Dexie store layouts: primary key first, then indexes; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves existing rows to the new shape, in the upgrade transaction; each version's upgrade has its own test. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export interface StorageCapability {
  readonly name: string;
  readonly versions: Readonly<Record<number, StorageVersion>>;
}
