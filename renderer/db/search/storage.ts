/**
 * The search capability's table: the persisted full-text index of "search everywhere" (version 16), so the search
 * worker loads it and catches up through the audit log instead of rebuilding it at every start. It is a cache,
 * written directly (not a record, not audited): it can always be rebuilt from the records, and one of another format
 * or ahead of the audit log is ignored and rebuilt.
 */
import type { Table } from 'dexie';
import type { StorageCapability } from '../capability';

export interface SearchIndexRow {
  /** Always 'index': one row. */
  readonly key: string;
  /** The audit sequence number the index reflects. */
  readonly seq: number;
  /** The index format (`SEARCH_INDEX_FORMAT`); another one is rebuilt. */
  readonly format: number;
  /** `SearchEngine.pack()`: documents as JSON, words, and postings as typed arrays (cloned quickly). */
  readonly documents: string;
  readonly terms: string;
  readonly offsets: Uint32Array;
  readonly numbers: Uint32Array;
}

export interface SearchTables {
  searchIndex: Table<SearchIndexRow, string>;
}

export const searchStorage = {
  name: 'search',
  versions: { 16: { stores: { searchIndex: '&key' } } },
} as const satisfies StorageCapability;
