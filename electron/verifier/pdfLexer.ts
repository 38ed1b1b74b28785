/**
 * A strict PDF tokenizer and object parser over raw bytes (ISO 32000-1 §7.2–7.3): numbers, names, literal and hex
 * strings, arrays, dictionaries, indirect references, and `N G obj … endobj` with its stream. Every value keeps its
 * byte span, so the verifier can check that a signature's /Contents is exactly the /ByteRange gap. It never repairs:
 * anything malformed is a `PdfSyntaxError`, nesting is bounded and a shared `Budget` bounds the work per file.
 */

export class PdfSyntaxError extends Error {}

/** Work left for one verification; `spend` throws when the time or step budget is used up. */
export class Budget {
  private steps = 0;
  private readonly deadline: number;
  constructor(
    milliseconds: number,
    private readonly maxSteps = 50_000_000,
  ) {
    this.deadline = performance.now() + milliseconds;
  }
  spend(count = 1): void {
    this.steps += count;
    if (this.steps > this.maxSteps || ((this.steps & 0x3ff) === 0 && performance.now() > this.deadline)) {
      throw new PdfSyntaxError('The file takes too long to read (more structure than any report has).');
    }
  }
}

export type PdfValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number; readonly integer: boolean }
  | {
      readonly kind: 'string';
      readonly bytes: Buffer;
      readonly hex: boolean;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'array'; readonly items: readonly PdfValue[] }
  | PdfDict
  | { readonly kind: 'ref'; readonly num: number; readonly gen: number };

export interface PdfDict {
  readonly kind: 'dict';
  readonly entries: ReadonlyMap<string, PdfValue>;
  /** A key given twice: the dictionary is ambiguous and a signature dictionary so written is refused. */
  readonly duplicateKey: boolean;
  readonly start: number;
  readonly end: number;
}

export interface PdfIndirectObject {
  readonly num: number;
  readonly gen: number;
  readonly value: PdfValue;
  /** The raw (still encoded) stream data, when the object is a stream. */
  readonly stream: Buffer | undefined;
  readonly start: number;
  readonly end: number;
}

const MAX_DEPTH = 32;
const MAX_STRING = 64 * 1024 * 1024;

type Token =
  | { readonly type: 'number'; readonly value: number; readonly integer: boolean }
  | { readonly type: 'keyword'; readonly value: string }
  | { readonly type: 'name'; readonly value: string }
  | { readonly type: 'string'; readonly bytes: Buffer; readonly hex: boolean }
  | { readonly type: 'delimiter'; readonly value: '[' | ']' | '<<' | '>>' | '{' | '}' }
  | { readonly type: 'eof' };

function isWhite(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

function isDelimiter(byte: number): boolean {
  return (
    byte === 0x28 ||
    byte === 0x29 ||
    byte === 0x3c ||
    byte === 0x3e ||
    byte === 0x5b ||
    byte === 0x5d ||
    byte === 0x7b ||
    byte === 0x7d ||
    byte === 0x2f ||
    byte === 0x25
  );
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

export class PdfLexer {
  position: number;
  /** Where the last token read began. */
  tokenStart = 0;

  constructor(
    readonly bytes: Buffer,
    position: number,
    readonly budget: Budget,
  ) {
    this.position = position;
  }

  skipWhitespace(): void {
    const { bytes } = this;
    while (this.position < bytes.length) {
      const byte = bytes[this.position] ?? 0;
      if (isWhite(byte)) this.position++;
      else if (byte === 0x25) {
        while (this.position < bytes.length && bytes[this.position] !== 0x0a && bytes[this.position] !== 0x0d)
          this.position++;
      } else return;
    }
  }

  next(): Token {
    this.budget.spend();
    this.skipWhitespace();
    const { bytes } = this;
    this.tokenStart = this.position;
    if (this.position >= bytes.length) return { type: 'eof' };
    const byte = bytes[this.position] ?? 0;
    const following = bytes[this.position + 1];
    if (byte === 0x3c && following === 0x3c) return this.delimiter('<<', 2);
    if (byte === 0x3e && following === 0x3e) return this.delimiter('>>', 2);
    if (byte === 0x5b) return this.delimiter('[', 1);
    if (byte === 0x5d) return this.delimiter(']', 1);
    if (byte === 0x7b) return this.delimiter('{', 1);
    if (byte === 0x7d) return this.delimiter('}', 1);
    if (byte === 0x3c) return this.hexString();
    if (byte === 0x28) return this.literalString();
    if (byte === 0x2f) return this.name();
    if (byte === 0x29 || byte === 0x3e) throw new PdfSyntaxError(`Unexpected '${String.fromCharCode(byte)}'.`);
    return this.regular();
  }

  private delimiter(value: '[' | ']' | '<<' | '>>' | '{' | '}', width: number): Token {
    this.position += width;
    return { type: 'delimiter', value };
  }

  private regular(): Token {
    const { bytes } = this;
    const start = this.position;
    while (this.position < bytes.length) {
      const byte = bytes[this.position] ?? 0;
      if (isWhite(byte) || isDelimiter(byte)) break;
      this.position++;
      if (this.position - start > 256) throw new PdfSyntaxError('A token is too long.');
    }
    const text = bytes.toString('latin1', start, this.position);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
      const value = Number(text);
      const integer = /^[+-]?\d+$/.test(text);
      if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) {
        throw new PdfSyntaxError('A number is too large.');
      }
      return { type: 'number', value, integer };
    }
    return { type: 'keyword', value: text };
  }

  private name(): Token {
    const { bytes } = this;
    this.position++;
    const out: number[] = [];
    while (this.position < bytes.length) {
      const byte = bytes[this.position] ?? 0;
      if (isWhite(byte) || isDelimiter(byte)) break;
      if (byte === 0x23) {
        const high = hexValue(bytes[this.position + 1] ?? 0);
        const low = hexValue(bytes[this.position + 2] ?? 0);
        if (high < 0 || low < 0) throw new PdfSyntaxError('A name has a bad #-escape.');
        out.push(high * 16 + low);
        this.position += 3;
      } else {
        out.push(byte);
        this.position++;
      }
      if (out.length > 256) throw new PdfSyntaxError('A name is too long.');
    }
    return { type: 'name', value: Buffer.from(out).toString('latin1') };
  }

  private hexString(): Token {
    const { bytes } = this;
    const close = bytes.indexOf(0x3e, this.position + 1);
    if (close < 0) throw new PdfSyntaxError('A hex string is not closed.');
    const digits: number[] = [];
    for (let i = this.position + 1; i < close; i++) {
      const byte = bytes[i] ?? 0;
      if (isWhite(byte)) continue;
      const value = hexValue(byte);
      if (value < 0) throw new PdfSyntaxError('A hex string holds a character that is not a hex digit.');
      digits.push(value);
    }
    this.budget.spend(digits.length >> 6);
    if (digits.length % 2 === 1) digits.push(0);
    const out = Buffer.alloc(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = (digits[2 * i] ?? 0) * 16 + (digits[2 * i + 1] ?? 0);
    this.position = close + 1;
    return { type: 'string', bytes: out, hex: true };
  }

  private literalString(): Token {
    const { bytes } = this;
    const out: number[] = [];
    let depth = 1;
    let i = this.position + 1;
    for (; i < bytes.length; i++) {
      if (out.length > MAX_STRING) throw new PdfSyntaxError('A string is too long.');
      const byte = bytes[i] ?? 0;
      if (byte === 0x28) depth++;
      else if (byte === 0x29 && --depth === 0) break;
      if (byte === 0x5c) {
        i = this.escape(i + 1, out);
        continue;
      }
      if (byte === 0x0d) {
        out.push(0x0a);
        if (bytes[i + 1] === 0x0a) i++;
        continue;
      }
      out.push(byte);
    }
    if (depth !== 0) throw new PdfSyntaxError('A string is not closed.');
    this.budget.spend((i - this.position) >> 6);
    this.position = i + 1;
    return { type: 'string', bytes: Buffer.from(out), hex: false };
  }

  /** Reads the escape after a backslash at `at`; returns the index of its last byte. */
  private escape(at: number, out: number[]): number {
    const { bytes } = this;
    const byte = bytes[at];
    if (byte === undefined) return at;
    const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
    if (simple[byte] !== undefined) out.push(simple[byte]);
    else if (byte >= 0x30 && byte <= 0x37) {
      let value = 0;
      let end = at;
      while (end < at + 3 && (bytes[end] ?? 0) >= 0x30 && (bytes[end] ?? 0) <= 0x37) {
        value = value * 8 + ((bytes[end] ?? 0) - 0x30);
        end++;
      }
      out.push(value & 0xff);
      return end - 1;
    } else if (byte === 0x0d) return bytes[at + 1] === 0x0a ? at + 1 : at;
    else if (byte !== 0x0a) out.push(byte);
    return at;
  }

  /** Parses one value; `N G R` becomes a reference. */
  parseValue(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('Objects are nested too deeply.');
    const start = this.position;
    const token = this.next();
    const tokenStart = this.tokenStart;
    switch (token.type) {
      case 'eof':
        throw new PdfSyntaxError('The file ends inside an object.');
      case 'name':
        return { kind: 'name', value: token.value };
      case 'string':
        return { kind: 'string', bytes: token.bytes, hex: token.hex, start: tokenStart, end: this.position };
      case 'number':
        return this.numberOrReference(token.value, token.integer);
      case 'keyword':
        if (token.value === 'true' || token.value === 'false') return { kind: 'bool', value: token.value === 'true' };
        if (token.value === 'null') return { kind: 'null' };
        throw new PdfSyntaxError(`Unexpected keyword '${token.value.slice(0, 20)}'.`);
      case 'delimiter':
        if (token.value === '[') return this.array(depth);
        if (token.value === '<<') return this.dictionary(depth, tokenStart);
        this.position = start;
        throw new PdfSyntaxError(`Unexpected '${token.value}'.`);
    }
  }

  private numberOrReference(value: number, integer: boolean): PdfValue {
    if (!integer || value < 0) return { kind: 'number', value, integer };
    const save = this.position;
    const second = this.next();
    if (second.type === 'number' && second.integer && second.value >= 0 && second.value <= 65_535) {
      const third = this.next();
      if (third.type === 'keyword' && third.value === 'R') return { kind: 'ref', num: value, gen: second.value };
    }
    this.position = save;
    return { kind: 'number', value, integer };
  }

  private array(depth: number): PdfValue {
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhitespace();
      if (this.bytes[this.position] === 0x5d) {
        this.position++;
        return { kind: 'array', items };
      }
      items.push(this.parseValue(depth + 1));
    }
  }

  private dictionary(depth: number, start: number): PdfDict {
    const entries = new Map<string, PdfValue>();
    let duplicateKey = false;
    for (;;) {
      const key = this.next();
      if (key.type === 'delimiter' && key.value === '>>') {
        return { kind: 'dict', entries, duplicateKey, start, end: this.position };
      }
      if (key.type !== 'name') throw new PdfSyntaxError('A dictionary key is not a name.');
      if (entries.has(key.value)) duplicateKey = true;
      entries.set(key.value, this.parseValue(depth + 1));
    }
  }

  expectKeyword(keyword: string): void {
    const token = this.next();
    if (token.type !== 'keyword' || token.value !== keyword) throw new PdfSyntaxError(`Expected '${keyword}'.`);
  }

  expectInteger(): number {
    const token = this.next();
    if (token.type !== 'number' || !token.integer || token.value < 0) throw new PdfSyntaxError('Expected a number.');
    return token.value;
  }

  /**
   * `N G obj value [stream…endstream] endobj` at the current position. `streamLength` resolves an indirect
   * /Length; the stream must end exactly where /Length says.
   */
  parseIndirectObject(streamLength: (value: PdfValue) => number): PdfIndirectObject {
    this.skipWhitespace();
    const start = this.position;
    const num = this.expectInteger();
    const gen = this.expectInteger();
    this.expectKeyword('obj');
    const value = this.parseValue();
    let stream: Buffer | undefined;
    let token = this.next();
    if (token.type === 'keyword' && token.value === 'stream') {
      if (value.kind !== 'dict') throw new PdfSyntaxError('A stream has no dictionary.');
      if (this.bytes[this.position] === 0x0d) this.position++;
      if (this.bytes[this.position] !== 0x0a) throw new PdfSyntaxError('The stream keyword is not followed by EOL.');
      this.position++;
      const length = streamLength(value.entries.get('Length') ?? { kind: 'null' });
      if (!Number.isSafeInteger(length) || length < 0 || this.position + length > this.bytes.length) {
        throw new PdfSyntaxError('A stream length runs past the end of the file.');
      }
      stream = this.bytes.subarray(this.position, this.position + length);
      this.position += length;
      this.expectKeyword('endstream');
      token = this.next();
    }
    if (token.type !== 'keyword' || token.value !== 'endobj') throw new PdfSyntaxError('An object lacks endobj.');
    return { num, gen, value, stream, start, end: this.position };
  }
}

export function dictGet(value: PdfValue | undefined, key: string): PdfValue | undefined {
  return value?.kind === 'dict' ? value.entries.get(key) : undefined;
}
