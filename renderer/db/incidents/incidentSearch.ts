/**
 * The register's persisted search index (table `incidentSearch`, version 30): one row per live incident holding the
 * distinct words of its search text, under a multiEntry index, so that a cold start can answer a search before the
 * in-memory index (`renderer/features/register/incidentIndex.ts`) has loaded. Like the projection it sits beside, it
 * is a cache of the incident records: the write path puts (or removes) an incident's row in the same transaction as
 * the incident (`derivedRows` in `storage.ts`), version 30 fills it, and `rebuildIncidentSearch` makes it again.
 *
 * One rule of matching serves both indexes, so their answers are the same: the search text and the query are split
 * into words (runs of letters and digits, lower case), and every query word must begin a word of the incident's
 * search text ("inj" finds "injection", "0042" finds INC-2026-LON-0042; "jection" finds nothing). The in-memory
 * index checks it with `indexOf` and `startsWord`; this table with a prefix range over its word index.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { FirebreakDatabase } from '../database';
import { toListItem, type IncidentListItem } from './incidentList';

export interface IncidentSearchRow {
  readonly id: string;
  /** The distinct words of the incident's search text (reference, title, summary), lower case. */
  readonly words: readonly string[];
}

/** The table's layout: the id, and every word of the row (multiEntry) for prefix ranges. */
export const INCIDENT_SEARCH_STORES = { incidentSearch: '&id, *words' } as const;

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words of a text: runs of letters and digits, lower case, each once, in order of first appearance. */
export function searchWordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().split(NOT_WORD).filter(Boolean))];
}

/** Whether the character (code point) ending just before `at` is a letter or digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const last = text.charCodeAt(at - 1);
  // ASCII, most of any text, without the regular expression.
  if (last < 0x80)
    return (last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a);
  // A low surrogate ends an astral character: test the whole code point.
  const start = last >= 0xdc00 && last <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether a word (letters and digits only) found in `text` at `at` begins one of the text's words there. */
export function startsWord(text: string, at: number): boolean {
  return !wordCharBefore(text, at);
}

/** Whether some word of `text` (already lower case) begins with `term` (a query word). */
export function hasWordStartingWith(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (startsWord(text, at)) return true;
  }
  return false;
}

/** An incident's search row, or undefined for a deleted incident (it has none). The words come from its list row. */
export function toSearchRow(incident: Incident): IncidentSearchRow | undefined {
  const item = toListItem(incident);
  return item === undefined ? undefined : { id: item.id, words: searchWordsOf(item.haystack) };
}

/** The ids of the incidents with a word beginning with `term`, each once. */
export async function incidentsWithWordStarting(db: FirebreakDatabase, term: string): Promise<Set<string>> {
  return new Set(await db.incidentSearch.where('words').startsWith(term).primaryKeys());
}

const REBUILD_PAGE = 2_000;

/**
 * Makes the search rows again from the incident records, in pages, inside the caller's transaction (the version 30
 * upgrade) or its own. Rows are replaced, and rows of incidents that no longer exist are removed. `onProgress` hears
 * after each page how many incident records have been read of how many there are.
 */
export async function rebuildIncidentSearch(
  db: Pick<FirebreakDatabase, 'table'>,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const incidents = db.table<Incident, string>('incidents');
  const search = db.table<IncidentSearchRow, string>('incidentSearch');
  const [total] = await Promise.all([onProgress ? incidents.count() : 0, search.clear()]);
  let lastId: string | undefined;
  let indexed = 0;
  let read = 0;
  onProgress?.(0, total);
  for (;;) {
    const page =
      lastId === undefined
        ? await incidents.orderBy(':id').limit(REBUILD_PAGE).toArray()
        : await incidents.where(':id').above(lastId).limit(REBUILD_PAGE).toArray();
    if (page.length === 0) return indexed;
    const rows = page.map(toSearchRow).filter((row): row is IncidentSearchRow => row !== undefined);
    await search.bulkPut(rows);
    indexed += rows.length;
    read += page.length;
    lastId = page[page.length - 1]?.id;
    onProgress?.(read, total);
  }
}

/**
 * The version 30 upgrade's fill: the search rows made from the register's projection (`incidentList`), which holds
 * exactly the live incidents with the very text `toSearchRow` splits (`haystack`, unchanged since version 8 made it),
 * so the rows are the same as from the records (the migration test compares them) while each read clones a few
 * hundred bytes instead of a whole record. Pages by primary key, the next page's read issued before this page's
 * words are split and written, so IndexedDB reads while the page thread works. `onProgress` hears after each page how
 * many rows have been indexed of how many there are.
 */
export async function fillIncidentSearchFromProjection(
  db: Pick<FirebreakDatabase, 'table'>,
  onProgress?: (done: number, total: number) => void,
  pageSize: number = REBUILD_PAGE,
): Promise<number> {
  const list = db.table<IncidentListItem, string>('incidentList');
  const search = db.table<IncidentSearchRow, string>('incidentSearch');
  const [total] = await Promise.all([list.count(), search.clear()]);
  onProgress?.(0, total);
  const pageAfter = (lastId: string | undefined): Promise<IncidentListItem[]> =>
    (lastId === undefined ? list.orderBy(':id') : list.where(':id').above(lastId)).limit(pageSize).toArray();
  let reading = pageAfter(undefined);
  let writing: Promise<unknown> = Promise.resolve();
  let indexed = 0;
  for (;;) {
    const page = await reading;
    if (page.length === 0) break;
    reading = pageAfter(page[page.length - 1]?.id);
    const rows = page.map((item) => ({ id: item.id, words: searchWordsOf(item.haystack) }));
    await writing;
    writing = search.bulkPut(rows);
    indexed += rows.length;
    onProgress?.(indexed, total);
  }
  await writing;
  return indexed;
}
