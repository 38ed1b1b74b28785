/**
 * The full-text index behind "search everywhere": an inverted index of numbered documents, ranked newest first.
 *
 * Why not a library: MiniSearch 7.2 and FlexSearch 0.8.212 were both measured at 100,000 incidents (and a timeline
 * entry each) on this project's synthetic register before this was written. Both score every matching document, so a
 * common word ("jailbreak", in one incident of ten) costs as much as the register's linear filter or more: MiniSearch
 * p95 1.2 s against the filter's 0.43 s in the same run (index 133 MB of JSON, 23 s to load), FlexSearch with tag
 * filters 0.4–1.4 s a query, 274 s to build and 600 MB exported. A palette shows six results per kind, so this index
 * never scores: postings are ascending document numbers (numbers grow as records are indexed, and records are read in
 * id order, ids being UUIDv7, so a higher number is newer); a query walks the shortest list from its end and checks
 * the others by binary search, stopping at nothing more costly than a number comparison per candidate.
 *
 * Words: lower-cased, accents folded, split at anything not a letter or digit, except references (INC-2026-LON-0042)
 * and ATLAS ids (AML.T0051.000), kept whole (with the reference's counter as a word too), so a reference query does
 * not intersect "inc" and the site code, which every incident has. Every word of the query must match; the last one,
 * being typed, matches as a prefix once it has three characters.
 *
 * Updates: a changed record's document gets a new number and its old number is marked dead (skipped by queries);
 * `compact()` drops dead numbers from the postings. The whole index packs into typed arrays and one JSON string
 * (`pack`/`unpack`) for IndexedDB.
 */
import { SEARCH_KINDS, type SearchDocument, type SearchKind, type SearchTarget } from './searchDocuments';

/** Bump when the documents, words or packing change: a persisted index of another format is rebuilt. */
export const SEARCH_INDEX_FORMAT = 3;

const WHOLE_TOKEN = /\b(?:INC-\d{4}(?:-[A-Z0-9]{2,6})?(?:-\d{1,6})?|AML\.T\d{4}(?:\.\d{3})?)\b/gi;
const WORD = /[\p{L}\p{N}]+/gu;
/** The word being typed matches as a prefix once it has this many characters (shorter ones match nearly all). */
const MIN_PREFIX = 3;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a text, as indexed and as searched. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const rest = fold(text).replace(WHOLE_TOKEN, (whole) => {
    tokens.push(whole);
    const parts = whole.split('-');
    if (parts.length >= 3 && whole.startsWith('inc-')) tokens.push(parts[parts.length - 1] ?? '');
    return ' ';
  });
  for (const match of rest.matchAll(WORD)) tokens.push(match[0]);
  return tokens;
}

/** What a result shows and opens. */
export interface SearchHit {
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  readonly hint: string;
  readonly target: SearchTarget;
}

export interface SearchGroup {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
  /** How many documents of this kind matched in all (the palette shows the first few). */
  readonly total: number;
}

export const HITS_PER_KIND = 6;

/** The index in a form IndexedDB stores quickly: documents as one JSON string, postings as typed arrays. */
export interface PackedSearchIndex {
  /** The stored hits by document number, null for dead numbers. */
  readonly documents: string;
  /** Every word, in the order of `offsets`. */
  readonly terms: string;
  /** terms.split('\n')[i]'s postings are numbers[offsets[i] … offsets[i + 1]). */
  readonly offsets: Uint32Array;
  readonly numbers: Uint32Array;
}

type Candidates =
  | { readonly kind: 'list'; readonly list: readonly number[] }
  | { readonly kind: 'set'; readonly marks: Uint8Array; readonly size: number };

function contains(list: readonly number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle] ?? 0;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

export class SearchEngine {
  private readonly documents: (SearchHit | null)[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  /** Every term, sorted, for prefix lookups; rebuilt lazily after new terms arrive. */
  private sortedTerms: string[] | undefined;
  private dead = 0;

  /** Live documents. */
  get documentCount(): number {
    return this.numberOf.size;
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Adds or replaces documents (by id). */
  upsert(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      this.remove([document.id]);
      const number = this.documents.length;
      const { id, kind, title, hint, target } = document;
      this.documents.push({ id, kind, title, hint, target });
      this.numberOf.set(id, number);
      for (const term of new Set(tokenize(`${title} ${document.text}`))) {
        const list = this.postings.get(term);
        if (list) list.push(number);
        else {
          this.postings.set(term, [number]);
          this.sortedTerms = undefined;
        }
      }
    }
  }

  /** Removes documents by id; ids not in the index are ignored. */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const number = this.numberOf.get(id);
      if (number === undefined) continue;
      this.documents[number] = null;
      this.numberOf.delete(id);
      this.dead += 1;
    }
  }

  /** Dead numbers in the postings, as a share of all numbers given out. */
  get deadShare(): number {
    return this.documents.length === 0 ? 0 : this.dead / this.documents.length;
  }

  /** Drops dead numbers from every posting list (and words left with none). */
  compact(): void {
    for (const [term, list] of this.postings) {
      const live = list.filter((number) => this.documents[number] !== null);
      if (live.length === 0) this.postings.delete(term);
      else this.postings.set(term, live);
    }
    // Numbers stay as they are (renumbering would reorder nothing); the dead ones are simply in no list now.
    this.sortedTerms = undefined;
    this.dead = 0;
  }

  /** Sorts the words for prefix lookups now rather than at the first query. */
  prepare(): void {
    this.sortedTerms ??= [...this.postings.keys()].sort();
  }

  private termsWithPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((terms[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < terms.length && (terms[index] ?? '').startsWith(prefix); index++) {
      found.push(terms[index] ?? '');
    }
    return found;
  }

  private candidates(term: string, prefix: boolean): Candidates {
    if (!prefix) return { kind: 'list', list: this.postings.get(term) ?? [] };
    const terms = this.termsWithPrefix(term);
    if (terms.length === 1) return { kind: 'list', list: this.postings.get(terms[0] ?? '') ?? [] };
    const marks = new Uint8Array(this.documents.length);
    let size = 0;
    for (const each of terms) {
      for (const number of this.postings.get(each) ?? []) {
        if (marks[number] === 0) size += 1;
        marks[number] = 1;
      }
    }
    return { kind: 'set', marks, size };
  }

  /** The newest hits of each kind matching every word, in SEARCH_KINDS order, kinds with none left out. */
  search(query: string, perKind = HITS_PER_KIND): SearchGroup[] {
    const words = tokenize(query);
    if (words.length === 0) return [];
    const sets = [...new Set(words)].map((word, index, all) =>
      this.candidates(word, index === all.length - 1 && word.length >= MIN_PREFIX && !/\s$/.test(query)),
    );
    const size = (candidates: Candidates): number =>
      candidates.kind === 'list' ? candidates.list.length : candidates.size;
    sets.sort((a, b) => size(a) - size(b));
    const [driver, ...others] = sets;
    if (!driver || size(driver) === 0) return [];
    const matchesOthers = (number: number): boolean =>
      others.every((other) => (other.kind === 'list' ? contains(other.list, number) : other.marks[number] === 1));

    const groups = new Map<SearchKind, { hits: SearchHit[]; total: number }>();
    const take = (number: number): void => {
      const document = this.documents[number];
      if (!document || !matchesOthers(number)) return;
      const group = groups.get(document.kind) ?? { hits: [], total: 0 };
      group.total += 1;
      if (group.hits.length < perKind) group.hits.push(document);
      groups.set(document.kind, group);
    };
    if (driver.kind === 'list') {
      for (let index = driver.list.length - 1; index >= 0; index--) take(driver.list[index] ?? 0);
    } else {
      for (let number = driver.marks.length - 1; number >= 0; number--) if (driver.marks[number] === 1) take(number);
    }
    return SEARCH_KINDS.flatMap((kind) => {
      const group = groups.get(kind);
      return group ? [{ kind, hits: group.hits, total: group.total }] : [];
    });
  }

  pack(): PackedSearchIndex {
    const terms = [...this.postings.keys()];
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, index) => {
      offsets[index] = total;
      total += this.postings.get(term)?.length ?? 0;
    });
    offsets[terms.length] = total;
    const numbers = new Uint32Array(total);
    terms.forEach((term, index) => numbers.set(this.postings.get(term) ?? [], offsets[index]));
    return { documents: JSON.stringify(this.documents), terms: terms.join('\n'), offsets, numbers };
  }

  static unpack(packed: PackedSearchIndex): SearchEngine {
    const engine = new SearchEngine();
    // The string is this class's own `pack()` output, read back from this installation's database.
    const documents = JSON.parse(packed.documents) as (SearchHit | null)[];
    if (!Array.isArray(documents)) throw new Error('The saved search index is not readable.');
    documents.forEach((document, number) => {
      engine.documents.push(document);
      if (document) engine.numberOf.set(document.id, number);
      else engine.dead += 1;
    });
    const terms = packed.terms === '' ? [] : packed.terms.split('\n');
    if (packed.offsets.length !== terms.length + 1) throw new Error('The saved search index is not readable.');
    terms.forEach((term, index) => {
      engine.postings.set(term, Array.from(packed.numbers.subarray(packed.offsets[index], packed.offsets[index + 1])));
    });
    return engine;
  }
}
