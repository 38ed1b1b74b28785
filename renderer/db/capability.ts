/**
 * What a capability declares in the data layer: its tables' store layouts per database version, with the data
 * upgrade of a version where it has one, and the derived rows (projections) its records keep up to date.
 * `database.ts` collects the declarations into Dexie versions.
 */
import type { Transaction } from 'dexie';
import type { EntityName, EntityRecord } from '../../shared/domain/capabilities';
import type { RecordWriter } from './write';

export interface StorageVersion {
  /** Dexie store layouts: primary key first, then indexes; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves existing rows to the new shape, in the upgrade transaction; each version's upgrade has its own test. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * A table of rows derived from one entity's records, one row per record keyed by the record's id (a projection such
 * as the register's). `RecordWriter.flush` writes the row of every staged record in the same transaction as the
 * record, so the rows can never lag the records; they must stay rebuildable from the records alone.
 */
export interface DerivedRows {
  readonly entity: EntityName;
  readonly table: string;
  /** The record's row, or undefined when it should have none (its row, if any, is deleted). */
  rowOf(record: EntityRecord<EntityName>): { readonly id: string } | undefined;
}

/** Declares the rows `table` derives from `entity`'s records, typed by that entity's record. */
export function derivedRows<E extends EntityName>(
  entity: E,
  table: string,
  rowOf: (record: EntityRecord<E>) => { readonly id: string } | undefined,
): DerivedRows {
  // The writer passes only records of `entity` (it matches on the name), so the record is that entity's.
  return { entity, table, rowOf: (record) => rowOf(record as EntityRecord<E>) };
}

/**
 * A capability following another's records: after a transaction's work has staged records of `entity`, `react` is
 * called once with all of them, inside the same transaction, and may read and stage records of its own (the
 * regulatory profile follows its incident's awareness time; the notification plan its severity and flags). It must
 * not stage records of `entity` itself, and should read in bulk: a seeding transaction stages thousands.
 */
export interface WriteReaction {
  readonly entity: EntityName;
  react(writer: RecordWriter, records: readonly EntityRecord<EntityName>[]): Promise<void>;
}

/** Declares a reaction to `entity`'s records, typed by that entity's record. */
export function writeReaction<E extends EntityName>(
  entity: E,
  react: (writer: RecordWriter, records: readonly EntityRecord<E>[]) => Promise<void>,
): WriteReaction {
  // The writer passes only records of `entity` (it matches on the name), so the records are that entity's.
  return { entity, react: (writer, records) => react(writer, records as readonly EntityRecord<E>[]) };
}

export interface StorageCapability {
  readonly name: string;
  readonly versions: Readonly<Record<number, StorageVersion>>;
  readonly derivedRows?: readonly DerivedRows[];
  readonly reactions?: readonly WriteReaction[];
  /**
   * Code the capability's derived rows and reactions need that it loads on demand (the regulatory clocks' holiday
   * calendar): the write path waits for it before opening its transaction. Returns undefined once it is loaded.
   */
  readonly writeReady?: () => Promise<void> | undefined;
}
