/**
 * The register's search index: every incident's row of the stored projection (`renderer/db/incidents/
 * incidentList.ts`: reference, title, severity, phase, types, times, lower-cased search text) held in memory so that
 * filtering and searching 100,000 incidents takes milliseconds. It holds what the projection holds, never more:
 * `liveIncidentIndex.ts` fills it from the table and keeps it in step. Records shown in detail come from the
 * database itself.
 *
 * Most rows live in packed form (`PackedIncidentRows`: a few large strings, offsets and small numbers), newest
 * first — the base. Rows written since the base was made (and the first screenful, before it arrives) are objects in
 * a small overlay that masks their base row; `compact()` folds the overlay back into a new base. A query filters the
 * base by its decoded numbers, searches it with `indexOf` over the packed text, merges the overlay's matches into
 * place, and answers with row numbers; a row becomes an object only when the list shows it.
 *
 * A search word matches an incident when it begins a word of its search text (`incidentSearch.ts` holds the rule,
 * which the persisted search index shares, so a cold start's answer from IndexedDB equals this index's).
 */
import type { IncidentListItem } from '../../db/incidents/incidentList';
import { hasWordStartingWith, searchWordsOf } from '../../db/incidents/incidentSearch';
import {
  compareBySeverity,
  compareDeclaredDesc,
  packParts,
  packRow,
  PackedIncidentRows,
  phaseCode,
  severityCode,
  typeMask,
} from '../../db/incidents/packedIncidentRows';
import { type IncidentType, type Phase, type Severity } from '../../../shared/domain/incidents/taxonomy';

export type { IncidentListItem } from '../../db/incidents/incidentList';

export const INCIDENT_SORTS = ['declared-desc', 'declared-asc', 'severity'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentQuery {
  readonly text: string;
  readonly phases: readonly Phase[];
  readonly severities: readonly Severity[];
  readonly types: readonly IncidentType[];
  readonly sort: IncidentSort;
}

/** Search words: lower case, split into runs of letters and digits, each once. */
export const searchTerms = (text: string): string[] => searchWordsOf(text);

/**
 * What the register shows: a query's answer as a length, rows by position (undefined for a row not at hand yet) and
 * every id in order. The in-memory index answers with `IncidentResults`; a cold start's answer from IndexedDB, before
 * the index has loaded, with `StoredResults` (`storedResults.ts`).
 */
export interface RegisterResults {
  readonly length: number;
  at(index: number): IncidentListItem | undefined;
  /** A key for the row at `index`, unique within the answer. */
  codeAt(index: number): number;
  ids(): string[];
}

/** A query's answer: its length, and its rows made into items on demand (each once). */
export class IncidentResults implements RegisterResults {
  private readonly made = new Map<number, IncidentListItem>();

  constructor(
    private readonly base: PackedIncidentRows | undefined,
    /** A base row number (≥ 0) or an overlay position (-1 - k) per result, in order. */
    private readonly codes: Int32Array,
    private readonly overlay: readonly IncidentListItem[],
  ) {}

  get length(): number {
    return this.codes.length;
  }

  at(index: number): IncidentListItem | undefined {
    if (index < 0 || index >= this.codes.length) return undefined;
    const code = this.codes[index]!;
    if (code < 0) return this.overlay[-1 - code];
    let item = this.made.get(code);
    if (!item && this.base) {
      if (this.made.size > 2_000) this.made.clear();
      item = this.base.item(code);
      this.made.set(code, item);
    }
    return item;
  }

  /** The result's base row number (≥ 0), or -1 - k for the k-th written row. */
  codeAt(index: number): number {
    return this.codes[index]!;
  }

  /** Every result's incident id, in order, without making items. */
  ids(): string[] {
    return Array.from(this.codes, (code) => (code < 0 ? this.overlay[-1 - code]!.id : this.base!.id(code)));
  }

  /** Every result as an item (tests and small answers; the list itself reads `at`). */
  toArray(): IncidentListItem[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }
}

export class IncidentIndex {
  private base: PackedIncidentRows | undefined;
  /** Base rows superseded by the overlay or removed. */
  private dead = new Uint8Array(0);
  private deadCount = 0;
  private readonly overlay = new Map<string, IncidentListItem>();
  /** Base row by incident id, made on the first write that needs it. */
  private baseRows: Map<string, number> | undefined;
  private severityOrder: Int32Array | undefined;

  get size(): number {
    return (this.base?.length ?? 0) - this.deadCount + this.overlay.size;
  }

  /** How many rows are held as objects outside the packed base. */
  get written(): number {
    return this.overlay.size;
  }

  /** Replaces the whole index with packed parts (newest first); false when they do not parse. */
  setBase(packed: readonly string[]): boolean {
    const base = PackedIncidentRows.parse(packed);
    if (!base) return false;
    this.useBase(base);
    this.overlay.clear();
    return true;
  }

  /** Adds or replaces rows. */
  upsert(items: Iterable<IncidentListItem>): void {
    for (const item of items) {
      this.kill(item.id);
      this.overlay.set(item.id, item);
    }
  }

  /** Empties the index, for a reload from the table. */
  clear(): void {
    this.useBase(undefined);
    this.overlay.clear();
  }

  /** Removes the rows of these incidents (deleted ones). */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.kill(id);
      this.overlay.delete(id);
    }
  }

  get(id: string): IncidentListItem | undefined {
    const written = this.overlay.get(id);
    if (written) return written;
    const row = this.rowOf(id);
    return row === undefined || this.dead[row] ? undefined : this.base?.item(row);
  }

  /** Folds the overlay into a new packed base (after a load from rows, or once many rows were written). */
  compact(): void {
    if (this.overlay.size === 0 && this.deadCount === 0) return;
    const rows: string[] = [];
    const answer = this.query({ text: '', phases: [], severities: [], types: [], sort: 'declared-desc' });
    for (let i = 0; i < answer.length; i++) rows.push(this.rowTextAt(answer, i));
    const base = PackedIncidentRows.parse(packParts(rows));
    if (!base) throw new Error('The register could not pack its own rows.');
    this.useBase(base);
    this.overlay.clear();
  }

  /** Every row in packed parts, newest first, for the saved copy. */
  packed(): readonly string[] {
    this.compact();
    return this.base?.parts ?? [];
  }

  /** The incidents matching every filter and every search word, in the requested order. */
  query(query: IncidentQuery): IncidentResults {
    const terms = searchTerms(query.text);
    const phases = query.phases.length > 0 ? new Set(query.phases.map(phaseCode)) : undefined;
    const severities = query.severities.length > 0 ? new Set(query.severities.map(severityCode)) : undefined;
    const types = query.types.length > 0 ? typeMask(query.types) : 0;

    const base = this.base;
    let baseMatches = new Int32Array(0);
    if (base) {
      let hits: Uint8Array | undefined;
      for (const term of terms) {
        const found = new Uint8Array(base.length);
        base.markMatches(term, found);
        if (hits) for (let row = 0; row < hits.length; row++) hits[row]! &= found[row]!;
        else hits = found;
      }
      const order = query.sort === 'severity' ? this.severityRows(base) : undefined;
      const matches = new Int32Array(base.length);
      let count = 0;
      for (let k = 0; k < base.length; k++) {
        const row = order ? order[k]! : k;
        if (this.dead[row]) continue;
        if (hits && !hits[row]) continue;
        if (severities && !severities.has(base.severityCode(row))) continue;
        if (phases && !phases.has(base.phaseCode(row))) continue;
        if (types !== 0 && (base.typeMask(row) & types) === 0) continue;
        matches[count++] = row;
      }
      baseMatches = matches.subarray(0, count);
    }

    const compare = query.sort === 'severity' ? compareBySeverity : compareDeclaredDesc;
    const written = [...this.overlay.values()]
      .filter(
        (item) =>
          (!severities || severities.has(severityCode(item.severity))) &&
          (!phases || phases.has(phaseCode(item.phase))) &&
          (types === 0 || (typeMask(item.types) & types) !== 0) &&
          terms.every((term) => hasWordStartingWith(item.haystack, term)),
      )
      .sort(compare);
    const codes = merge(baseMatches, written, (item, row) => compare(item, this.base!.item(row)));
    if (query.sort === 'declared-asc') codes.reverse();
    return new IncidentResults(base, codes, written);
  }

  private useBase(base: PackedIncidentRows | undefined): void {
    this.base = base;
    this.dead = new Uint8Array(base?.length ?? 0);
    this.deadCount = 0;
    this.baseRows = undefined;
    this.severityOrder = undefined;
  }

  private rowOf(id: string): number | undefined {
    const base = this.base;
    if (!base) return undefined;
    if (!this.baseRows) {
      this.baseRows = new Map();
      for (let row = 0; row < base.length; row++) this.baseRows.set(base.id(row), row);
    }
    return this.baseRows.get(id);
  }

  private kill(id: string): void {
    const row = this.rowOf(id);
    if (row !== undefined && !this.dead[row]) {
      this.dead[row] = 1;
      this.deadCount++;
    }
  }

  /** Base rows by severity rank, then newest first (a stable bucket pass over the base's own order). */
  private severityRows(base: PackedIncidentRows): Int32Array {
    if (this.severityOrder) return this.severityOrder;
    const buckets = new Map<number, number[]>();
    for (let row = 0; row < base.length; row++) {
      const rank = base.severityRank(row);
      let bucket = buckets.get(rank);
      if (!bucket) buckets.set(rank, (bucket = []));
      bucket.push(row);
    }
    const order = new Int32Array(base.length);
    let at = 0;
    for (const rank of [...buckets.keys()].sort((a, b) => a - b))
      for (const row of buckets.get(rank)!) order[at++] = row;
    this.severityOrder = order;
    return order;
  }

  private rowTextAt(answer: IncidentResults, index: number): string {
    // Base rows are repacked from their own text; written rows are packed afresh.
    const code = answer.codeAt(index);
    return code >= 0 ? this.base!.rowText(code) : packRow(answer.at(index)!);
  }
}

/**
 * Merges sorted overlay items into sorted base rows: each item goes before the first base row it sorts before
 * (binary search), so the cost grows with the overlay, not with the base.
 */
function merge(
  baseRows: Int32Array,
  items: readonly IncidentListItem[],
  compare: (item: IncidentListItem, row: number) => number,
): Int32Array {
  const codes = new Int32Array(baseRows.length + items.length);
  let from = 0;
  let out = 0;
  items.forEach((item, k) => {
    let lo = from;
    let hi = baseRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, baseRows[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    codes.set(baseRows.subarray(from, lo), out);
    out += lo - from;
    from = lo;
    codes[out++] = -1 - k;
  });
  codes.set(baseRows.subarray(from), out);
  return codes;
}
