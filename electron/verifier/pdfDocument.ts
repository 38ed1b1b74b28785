/**
 * The revisions of a PDF, as its cross-reference sections define them: the last `startxref` names the newest
 * section, each trailer's /Prev the one before. Both classic `xref` tables and cross-reference streams (with object
 * streams) are read. A revision ends at the `%%EOF` after its section; objects are resolved as a given revision
 * sees them, which is how the verifier reads exactly what a signature covers. Bytes after the last `%%EOF` are
 * reported, never parsed.
 */
import { inflateSync } from 'node:zlib';
import {
  type Budget,
  dictGet,
  PdfLexer,
  PdfSyntaxError,
  type PdfDict,
  type PdfIndirectObject,
  type PdfValue,
} from './pdfLexer';

type XrefEntry =
  | { readonly type: 'offset'; readonly offset: number; readonly gen: number }
  | { readonly type: 'compressed'; readonly stream: number; readonly index: number }
  | { readonly type: 'free' };

export interface Revision {
  /** 0 for the original document, then one per incremental update. */
  readonly index: number;
  readonly xrefOffset: number;
  /** The offset just after this revision's `%%EOF` (and its end-of-line). */
  readonly end: number;
  readonly trailer: PdfDict;
  readonly entries: ReadonlyMap<number, XrefEntry>;
}

export interface ResolvedObject extends PdfIndirectObject {
  /** False for objects inside an object stream: their byte spans are not file offsets. */
  readonly inFile: boolean;
}

const MAX_REVISIONS = 500;
const MAX_REFERENCE_HOPS = 32;
const MAX_DECODED = 64 * 1024 * 1024;

/** Reads `%%EOF` and its end-of-line at the lexer's position, returning the offset after them. */
function readEof(lexer: PdfLexer): number {
  const { bytes } = lexer;
  let at = lexer.position;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  if (bytes.toString('latin1', at, at + 5) !== '%%EOF') throw new PdfSyntaxError('A revision does not end in %%EOF.');
  at += 5;
  if (bytes[at] === 0x0d) at++;
  if (bytes[at] === 0x0a) at++;
  return at;
}

function integerOf(value: PdfValue | undefined): number | undefined {
  return value?.kind === 'number' && value.integer ? value.value : undefined;
}

/** Decodes a stream's data: no filter or /FlateDecode, with the PNG predictors cross-reference streams use. */
export function decodeStream(dict: PdfDict, data: Buffer): Buffer {
  const filter = dict.entries.get('Filter');
  const names = filter?.kind === 'array' ? filter.items : filter === undefined ? [] : [filter];
  if (names.length === 0) return data;
  if (names.length > 1 || names[0]?.kind !== 'name' || names[0].value !== 'FlateDecode') {
    throw new PdfSyntaxError('A stream uses a filter the verifier does not read.');
  }
  let decoded: Buffer;
  try {
    decoded = inflateSync(data, { maxOutputLength: MAX_DECODED });
  } catch {
    throw new PdfSyntaxError('A compressed stream cannot be decompressed.');
  }
  const params = dict.entries.get('DecodeParms');
  const predictor = integerOf(dictGet(params, 'Predictor')) ?? 1;
  if (predictor < 10) return decoded;
  const columns = integerOf(dictGet(params, 'Columns')) ?? 1;
  if (columns < 1 || columns > 1024) throw new PdfSyntaxError('A stream has an unreadable predictor.');
  const rows = Math.floor(decoded.length / (columns + 1));
  const out = Buffer.alloc(rows * columns);
  for (let row = 0; row < rows; row++) {
    const type = decoded[row * (columns + 1)];
    for (let column = 0; column < columns; column++) {
      const raw = decoded[row * (columns + 1) + 1 + column] ?? 0;
      const up = row === 0 ? 0 : (out[(row - 1) * columns + column] ?? 0);
      const left = column === 0 ? 0 : (out[row * columns + column - 1] ?? 0);
      const value = type === 2 ? raw + up : type === 1 ? raw + left : type === 0 ? raw : -1;
      if (value < 0) throw new PdfSyntaxError('A stream uses a predictor the verifier does not read.');
      out[row * columns + column] = value & 0xff;
    }
  }
  return out;
}

export class PdfDocument {
  private readonly cache = new Map<string, ResolvedObject>();

  private constructor(
    readonly bytes: Buffer,
    readonly revisions: readonly Revision[],
    readonly budget: Budget,
  ) {}

  /** Bytes after the last revision's `%%EOF`: outside every revision, unsigned by construction. */
  get trailingBytes(): number {
    return this.bytes.length - (this.revisions.at(-1)?.end ?? 0);
  }

  get lastRevision(): number {
    return this.revisions.length - 1;
  }

  /** Reads the revision chain; throws `PdfSyntaxError` for anything it cannot read exactly. */
  static open(bytes: Buffer, budget: Budget): PdfDocument {
    if (bytes.toString('latin1', 0, 5) !== '%PDF-') throw new PdfSyntaxError('The file is not a PDF.');
    const document = new PdfDocument(bytes, [], budget);
    const sections = document.readChain(document.findLastStartXref());
    const revisions = sections.toSorted((a, b) => a.end - b.end).map((section, index) => ({ ...section, index }));
    return new PdfDocument(bytes, revisions, budget);
  }

  private findLastStartXref(): number {
    let from = this.bytes.length;
    for (let attempt = 0; attempt < 4; attempt++) {
      const at = this.bytes.lastIndexOf('startxref', from, 'latin1');
      if (at < 0) break;
      try {
        const lexer = new PdfLexer(this.bytes, at, this.budget);
        lexer.expectKeyword('startxref');
        const offset = lexer.expectInteger();
        readEof(lexer);
        return offset;
      } catch {
        from = at - 1;
      }
    }
    throw new PdfSyntaxError('The file has no cross-reference start (startxref … %%EOF).');
  }

  private readChain(first: number): Array<Omit<Revision, 'index'>> {
    const sections: Array<Omit<Revision, 'index'>> = [];
    const seen = new Set<number>();
    for (let offset: number | undefined = first; offset !== undefined;) {
      if (seen.has(offset)) throw new PdfSyntaxError('The cross-reference sections form a loop.');
      if (seen.size >= MAX_REVISIONS) throw new PdfSyntaxError('The file has too many revisions.');
      seen.add(offset);
      const section = this.readSection(offset);
      sections.push(section);
      offset = integerOf(section.trailer.entries.get('Prev'));
    }
    return sections;
  }

  private readSection(offset: number): Omit<Revision, 'index'> {
    if (offset >= this.bytes.length) throw new PdfSyntaxError('A cross-reference offset is past the end of the file.');
    const lexer = new PdfLexer(this.bytes, offset, this.budget);
    lexer.skipWhitespace();
    if (lexer.position !== offset) throw new PdfSyntaxError('A cross-reference offset is not exact.');
    if (this.bytes.toString('latin1', offset, offset + 4) === 'xref') return this.readTable(lexer, offset);
    return this.readStreamSection(lexer, offset);
  }

  private readTable(lexer: PdfLexer, offset: number): Omit<Revision, 'index'> {
    lexer.expectKeyword('xref');
    const entries = new Map<number, XrefEntry>();
    for (;;) {
      lexer.skipWhitespace();
      if (this.bytes.toString('latin1', lexer.position, lexer.position + 7) === 'trailer') break;
      const start = lexer.expectInteger();
      const count = lexer.expectInteger();
      if (count > (this.bytes.length - lexer.position) / 18 + 1)
        throw new PdfSyntaxError('An xref count is too large.');
      for (let i = 0; i < count; i++) {
        const entryOffset = lexer.expectInteger();
        const gen = lexer.expectInteger();
        const token = lexer.next();
        if (token.type !== 'keyword' || (token.value !== 'n' && token.value !== 'f')) {
          throw new PdfSyntaxError('An xref entry is malformed.');
        }
        if (!entries.has(start + i)) {
          entries.set(start + i, token.value === 'n' ? { type: 'offset', offset: entryOffset, gen } : { type: 'free' });
        }
      }
    }
    lexer.expectKeyword('trailer');
    const trailer = lexer.parseValue();
    if (trailer.kind !== 'dict') throw new PdfSyntaxError('The trailer is not a dictionary.');
    lexer.expectKeyword('startxref');
    lexer.expectInteger();
    return { xrefOffset: offset, end: readEof(lexer), trailer, entries };
  }

  private readStreamSection(lexer: PdfLexer, offset: number): Omit<Revision, 'index'> {
    const object = lexer.parseIndirectObject((value) => this.streamLength(value, 0));
    const dict = object.value;
    if (dict.kind !== 'dict' || dictGet(dict, 'Type')?.kind !== 'name' || object.stream === undefined) {
      throw new PdfSyntaxError('A cross-reference offset does not point at a cross-reference section.');
    }
    const data = decodeStream(dict, object.stream);
    const widths = dict.entries.get('W');
    const w = widths?.kind === 'array' ? widths.items.map(integerOf) : [];
    const [w0, w1, w2] = w;
    if (
      w.length !== 3 ||
      w0 === undefined ||
      w1 === undefined ||
      w2 === undefined ||
      w0 + w1 + w2 === 0 ||
      w0 > 4 ||
      w1 > 8 ||
      w2 > 4
    ) {
      throw new PdfSyntaxError('A cross-reference stream has bad /W widths.');
    }
    const size = integerOf(dict.entries.get('Size')) ?? 0;
    const index = dict.entries.get('Index');
    const ranges = index?.kind === 'array' ? index.items.map(integerOf) : [0, size];
    const entries = new Map<number, XrefEntry>();
    const read = (at: number, width: number): number => {
      let value = 0;
      for (let i = 0; i < width; i++) value = value * 256 + (data[at + i] ?? 0);
      return value;
    };
    let at = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const start = ranges[r];
      const count = ranges[r + 1];
      if (start === undefined || count === undefined) throw new PdfSyntaxError('A cross-reference /Index is bad.');
      for (let i = 0; i < count; i++, at += w0 + w1 + w2) {
        if (at + w0 + w1 + w2 > data.length) throw new PdfSyntaxError('A cross-reference stream is cut short.');
        this.budget.spend();
        const type = w0 === 0 ? 1 : read(at, w0);
        const a = read(at + w0, w1);
        const b = read(at + w0 + w1, w2);
        if (entries.has(start + i)) continue;
        entries.set(
          start + i,
          type === 1
            ? { type: 'offset', offset: a, gen: b }
            : type === 2
              ? { type: 'compressed', stream: a, index: b }
              : { type: 'free' },
        );
      }
    }
    lexer.expectKeyword('startxref');
    lexer.expectInteger();
    return { xrefOffset: offset, end: readEof(lexer), trailer: dict, entries };
  }

  private streamLength(value: PdfValue, hops: number): number {
    if (value.kind === 'number' && value.integer) return value.value;
    if (value.kind === 'ref' && hops < 2) {
      const object = this.resolveObject(value.num, this.lastRevision, hops + 1);
      if (object !== undefined) return this.streamLength(object.value, hops + 1);
    }
    throw new PdfSyntaxError('A stream has no readable /Length.');
  }

  /** The object `num` as revision `revision` sees it, or `undefined` when that revision has none. */
  resolveObject(num: number, revision: number, hops = 0): ResolvedObject | undefined {
    for (let r = Math.min(revision, this.lastRevision); r >= 0; r--) {
      const current = this.revisions[r];
      const entry = current?.entries.get(num);
      if (current === undefined || entry === undefined) continue;
      if (entry.type === 'free') return undefined;
      if (entry.type === 'compressed') return this.fromObjectStream(num, entry.stream, entry.index, r, hops);
      const key = `${entry.offset}`;
      const cached = this.cache.get(key);
      if (cached !== undefined) return cached.num === num ? cached : undefined;
      if (entry.offset >= current.end) throw new PdfSyntaxError(`Object ${num} lies outside its revision.`);
      const lexer = new PdfLexer(this.bytes.subarray(0, current.end), entry.offset, this.budget);
      const object = lexer.parseIndirectObject((length) => this.streamLength(length, hops));
      if (object.num !== num || object.gen !== entry.gen) {
        throw new PdfSyntaxError(`The cross-reference entry for object ${num} points at another object.`);
      }
      const resolved: ResolvedObject = { ...object, inFile: true };
      this.cache.set(key, resolved);
      return resolved;
    }
    return undefined;
  }

  private fromObjectStream(num: number, streamNum: number, index: number, revision: number, hops: number) {
    if (hops > 1) throw new PdfSyntaxError('Object streams are nested.');
    const container = this.resolveObject(streamNum, revision, hops + 1);
    if (container?.stream === undefined || container.value.kind !== 'dict') {
      throw new PdfSyntaxError(`The object stream holding object ${num} cannot be read.`);
    }
    const data = decodeStream(container.value, container.stream);
    const first = integerOf(container.value.entries.get('First')) ?? 0;
    const header = new PdfLexer(data, 0, this.budget);
    for (let i = 0; i <= index; i++) {
      const objectNumber = header.expectInteger();
      const offset = header.expectInteger();
      if (i === index) {
        if (objectNumber !== num) throw new PdfSyntaxError(`Object stream ${streamNum} does not hold object ${num}.`);
        const lexer = new PdfLexer(data, first + offset, this.budget);
        const value = lexer.parseValue();
        return { num, gen: 0, value, stream: undefined, start: -1, end: -1, inFile: false } satisfies ResolvedObject;
      }
    }
    return undefined;
  }

  /** Follows references (bounded) to a direct value as `revision` sees it; a missing object is `null`. */
  resolve(value: PdfValue | undefined, revision: number): PdfValue | undefined {
    let current = value;
    for (let hop = 0; current?.kind === 'ref'; hop++) {
      if (hop >= MAX_REFERENCE_HOPS) throw new PdfSyntaxError('References form a loop.');
      current = this.resolveObject(current.num, revision)?.value ?? { kind: 'null' };
    }
    return current;
  }

  /** The document catalog of a revision. */
  catalog(revision: number): PdfDict | undefined {
    const trailer = this.revisions[revision]?.trailer;
    const catalog = this.resolve(trailer?.entries.get('Root'), revision);
    return catalog?.kind === 'dict' ? catalog : undefined;
  }

  /** Object numbers (as `N G`) that revision `revision` adds or replaces. */
  objectsIn(revision: number): string[] {
    const current = this.revisions[revision];
    if (current === undefined) return [];
    return [...current.entries]
      .filter(([, entry]) => entry.type !== 'free' || revision > 0)
      .filter(([num]) => !(num === 0 && revision > 0))
      .map(([num, entry]) =>
        entry.type === 'offset' ? `${num} ${entry.gen}` : entry.type === 'free' ? `${num} (deleted)` : `${num} 0`,
      )
      .toSorted((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  }
}
