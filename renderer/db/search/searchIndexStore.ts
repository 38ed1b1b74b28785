/** Reading and writing the persisted search index (table `searchIndex`, one row), in one put. */
import type { FirebreakDatabase } from '../database';
import type { SearchIndexRow } from './storage';

const KEY = 'index';

export type PersistedSearchIndex = Omit<SearchIndexRow, 'key'>;

export async function readPersistedSearchIndex(db: FirebreakDatabase): Promise<PersistedSearchIndex | undefined> {
  const row = await db.searchIndex.get(KEY);
  if (!row || !(row.offsets instanceof Uint32Array) || !(row.numbers instanceof Uint32Array)) return undefined;
  return row;
}

export async function savePersistedSearchIndex(db: FirebreakDatabase, index: PersistedSearchIndex): Promise<void> {
  await db.searchIndex.put({ key: KEY, ...index });
}
