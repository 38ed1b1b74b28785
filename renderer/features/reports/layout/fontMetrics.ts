/**
 * The report fonts, opened once per render, and text measurement from them. DejaVu Sans, Bold and Sans Mono set
 * Latin, Greek and Cyrillic; Noto fonts set what they cannot — Arabic (Noto Naskh Arabic), Hebrew (Noto Sans
 * Hebrew), Japanese (Noto Sans JP), Chinese (Noto Sans SC, "Hans") and emoji (Noto Emoji, monochrome). The PDF
 * embeds these very fontkit fonts (`drawReportPdf` selects them by name), so layout and drawing agree and each file is
 * parsed once, not once per page. Advance widths are cached per code point, so measuring is a table lookup.
 *
 * A line is drawn as runs (`runs`): pieces of text in one font and one direction, in visual order. The Unicode
 * Bidirectional Algorithm (bidi-js) gives each character its level and the visual order; fontkit shapes each run
 * (Arabic joining forms, marks) and sets right-to-left script runs right to left. Characters no bundled font covers
 * are not drawn as empty boxes: `visibleText` writes them as [U+XXXX] so a reader sees that something is there.
 */
import bidiFactory from 'bidi-js';
import { create, type FontkitFont } from 'fontkit';

export type FontFace = 'regular' | 'bold' | 'mono';

export const FALLBACK_FONTS = ['arabic', 'hebrew', 'japanese', 'chinese', 'emoji'] as const;
export type FallbackFont = (typeof FALLBACK_FONTS)[number];

export interface ReportFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly mono: Uint8Array;
  /** Only those a document needs (`fallbackFontsNeeded`); the others are never fetched or parsed. */
  readonly fallbacks?: Readonly<Partial<Record<FallbackFont, Uint8Array>>>;
}

/** Each face parsed once, for measuring here and for embedding in the PDF. */
export type ReportTypefaces = Readonly<Record<FontFace, FontkitFont>>;

export interface ReportFonts {
  readonly typefaces: ReportTypefaces;
  readonly metrics: FontMetrics;
}

/** A piece of a line in one font and direction; `x` is its offset from the line's start, in points. */
export interface TextRun {
  readonly text: string;
  readonly font: FontkitFont;
  /** The name pdfkit keeps the font under (see drawReportPdf). */
  readonly fontName: string;
  readonly x: number;
}

export interface FontMetrics {
  /** Width in points of `text` set in `face` at `size`. */
  width(text: string, face: FontFace, size: number): number;
  /** The text with every character the fonts cannot show replaced by [U+XXXX], and how many were replaced. */
  visibleText(text: string): { readonly text: string; readonly replaced: number };
  /** One line as runs in visual order, or null when the whole line is one left-to-right run in `face`. */
  runs(text: string, face: FontFace, size: number): readonly TextRun[] | null;
}

/** Scripts DejaVu covers and sets correctly without shaping; anything else goes to the Noto fallbacks. */
const SUPPORTED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0009, 0x000a],
  [0x0020, 0x007e],
  [0x00a0, 0x024f], // Latin-1, Latin Extended-A/B
  [0x0250, 0x036f], // IPA, spacing modifiers, combining marks
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic
  [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
  [0x2000, 0x214f], // punctuation, super/subscripts, currency, letterlike
  [0x2190, 0x23ff], // arrows, mathematical operators, technical
  [0x2500, 0x27bf], // box drawing, shapes, symbols, dingbats
];

/** Which fallback font a text needs, by the blocks its characters come from (checked before fetching any). */
const FALLBACK_NEEDS: Readonly<Record<FallbackFont, RegExp>> = {
  arabic: /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u,
  hebrew: /[\u0590-\u05ff\ufb1d-\ufb4f]/u,
  japanese: /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u,
  chinese: /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u,
  emoji: /[\u{1f000}-\u{1faff}\u2600-\u27bf\u2b00-\u2bff]/u,
};

/** The fallback fonts a document's text needs, so the worker fetches and parses only those. */
export function fallbackFontsNeeded(text: string): FallbackFont[] {
  return FALLBACK_FONTS.filter((name) => FALLBACK_NEEDS[name].test(text));
}

/** Right-to-left letters (Hebrew, Arabic and their presentation forms): a line with none needs no bidi pass. */
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff]/u;
/** Variation selectors and the zero-width joiner: they change no glyph these fonts have, so they are dropped. */
const INVISIBLE = new Set([0xfe0e, 0xfe0f, 0x200d]);

const bidi = bidiFactory();

function supported(codePoint: number): boolean {
  return SUPPORTED_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

export function pdfFontName(font: FontFace | FallbackFont): string {
  return FALLBACK_FONTS.includes(font as FallbackFont) ? `firebreak-fallback-${font}` : `firebreak-${font}`;
}

export function openReportFonts(files: ReportFontFiles): ReportFonts {
  const typefaces: ReportTypefaces = {
    regular: create(files.regular),
    bold: create(files.bold),
    mono: create(files.mono),
  };
  const fallbacks = FALLBACK_FONTS.flatMap((name) => {
    const bytes = files.fallbacks?.[name];
    return bytes === undefined ? [] : [{ name, font: create(bytes) }];
  });
  return { typefaces, metrics: createFontMetrics(typefaces, fallbacks) };
}

interface Fallback {
  readonly name: FallbackFont;
  readonly font: FontkitFont;
}

/**
 * Text made only of printable ASCII and Latin-1 — nearly every line of a report. When the faces cover all of these
 * (checked once per render), such a text needs no per-character coverage check, no replacement and no runs.
 */
const LATIN1_TEXT = /^[\x20-\x7e\u00a0-\u00ff]*$/;
/** Advance widths of code points below this are kept in an array per face rather than a map. */
const TABLE_SIZE = 0x100;

function createFontMetrics(fonts: ReportTypefaces, fallbacks: readonly Fallback[]): FontMetrics {
  const caches: Record<FontFace, Map<number, number>> = { regular: new Map(), bold: new Map(), mono: new Map() };
  const tables: Record<FontFace, Float64Array> = {
    regular: new Float64Array(TABLE_SIZE).fill(-1),
    bold: new Float64Array(TABLE_SIZE).fill(-1),
    mono: new Float64Array(TABLE_SIZE).fill(-1),
  };
  let latin1Covered: boolean | undefined;
  /** Whether `text` is Latin-1 that the faces set whole (no fallback, no replacement, no shaping runs). */
  function plainLatin1(text: string): boolean {
    if (!LATIN1_TEXT.test(text)) return false;
    if (latin1Covered === undefined) {
      latin1Covered = true;
      for (let codePoint = 0x20; codePoint < TABLE_SIZE; codePoint++) {
        if ((codePoint < 0x7f || codePoint >= 0xa0) && !primary(codePoint)) latin1Covered = false;
      }
    }
    return latin1Covered;
  }
  const primaryCoverage = new Map<number, boolean>();
  const fallbackOf = new Map<string, Fallback | null>();
  const japaneseFirst = [...fallbacks].sort((a, b) => Number(b.name === 'japanese') - Number(a.name === 'japanese'));

  function primary(codePoint: number): boolean {
    let known = primaryCoverage.get(codePoint);
    if (known === undefined) {
      // Line breaks and tabs are layout, not glyphs.
      known =
        codePoint === 0x0a ||
        codePoint === 0x09 ||
        (supported(codePoint) && fonts.regular.hasGlyphForCodePoint(codePoint));
      primaryCoverage.set(codePoint, known);
    }
    return known;
  }

  /** The first fallback that has the glyph; Japanese before Chinese in a text with kana (Han glyphs differ). */
  function fallbackFor(codePoint: number, preferJapanese: boolean): Fallback | null {
    const key = `${preferJapanese ? 'j' : 'c'}${codePoint}`;
    let found = fallbackOf.get(key);
    if (found === undefined) {
      const order = preferJapanese ? japaneseFirst : fallbacks;
      found = order.find((fallback) => fallback.font.hasGlyphForCodePoint(codePoint)) ?? null;
      fallbackOf.set(key, found);
    }
    return found;
  }

  function advance(face: FontFace, codePoint: number): number {
    if (codePoint < TABLE_SIZE) {
      const table = tables[face];
      let units = table[codePoint]!;
      if (units < 0) {
        units = measure(face, codePoint);
        table[codePoint] = units;
      }
      return units;
    }
    const cache = caches[face];
    let units = cache.get(codePoint);
    if (units === undefined) {
      units = measure(face, codePoint);
      cache.set(codePoint, units);
    }
    return units;
  }

  function measure(face: FontFace, codePoint: number): number {
    const font = primary(codePoint) ? fonts[face] : (fallbackFor(codePoint, false)?.font ?? fonts[face]);
    return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
  }

  function covered(codePoint: number): boolean {
    return primary(codePoint) || fallbackFor(codePoint, false) !== null;
  }

  function runs(text: string, face: FontFace, size: number): readonly TextRun[] | null {
    if (plainLatin1(text)) return null;
    const rtl = RTL_LETTERS.test(text);
    let simple = !rtl;
    if (simple) {
      for (const char of text) {
        if (!primary(char.codePointAt(0) ?? 32)) {
          simple = false;
          break;
        }
      }
    }
    if (simple) return null;
    const preferJapanese = KANA.test(text);
    // Which font sets each UTF-16 index: the face where it covers the character, else a fallback.
    const fontAt: (FontFace | FallbackFont)[] = [];
    let previous: FontFace | FallbackFont = face;
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index) ?? 32;
      const wide = codePoint > 0xffff;
      let font: FontFace | FallbackFont;
      // Spaces are always the face's own (some fallbacks' spaces are narrow or wide); punctuation stays in the
      // fallback of the letter before it, so a phrase in another script is one run.
      const punctuation = /\p{P}/u.test(String.fromCodePoint(codePoint));
      const previousFont = previous === face ? null : fallbacks.find((fallback) => fallback.name === previous);
      if (punctuation && previousFont?.font.hasGlyphForCodePoint(codePoint)) font = previous;
      else if (primary(codePoint)) font = face;
      else font = fallbackFor(codePoint, preferJapanese)?.name ?? face;
      fontAt.push(font);
      if (wide) {
        fontAt.push(font);
        index++;
      }
      previous = font;
    }
    const levels = rtl ? bidi.getEmbeddingLevels(text, 'ltr') : null;
    const order = levels ? bidi.getReorderedIndices(text, levels) : Array.from(text, (_, i) => i);
    // Group visually adjacent indices with the same font and direction into runs.
    const groups: { font: FontFace | FallbackFont; odd: boolean; indices: number[] }[] = [];
    for (const index of order) {
      if (index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))) {
        // The second half of a pair is placed with its first half.
        continue;
      }
      const odd = levels ? (levels.levels[index] ?? 0) % 2 === 1 : false;
      const font = fontAt[index] ?? face;
      const last = groups.at(-1);
      if (last && last.font === font && last.odd === odd) last.indices.push(index);
      else groups.push({ font, odd, indices: [index] });
    }
    let x = 0;
    return groups.map((group) => {
      const logical = group.indices.toSorted((a, b) => a - b);
      let chars = logical.map((index) => {
        const codePoint = text.codePointAt(index) ?? 32;
        const char = String.fromCodePoint(codePoint);
        return group.odd ? (bidi.getMirroredCharacter(char) ?? char) : char;
      });
      // fontkit sets a run of a right-to-left script right to left itself; an odd-level run of neutrals only
      // (punctuation between Hebrew words) is put in visual order here.
      // (Arabic-Indic digits are the other way round: fontkit would reverse an even-level run of them, so it gets
      // them reversed here and sets them back left to right.)
      if (group.odd !== RTL_LETTERS.test(chars.join(''))) chars = chars.toReversed();
      const runText = chars.join('');
      const font = isFallback(group.font)
        ? (fallbacks.find((fallback) => fallback.name === group.font)?.font ?? fonts[face])
        : fonts[group.font];
      const run: TextRun = { text: runText, font, fontName: pdfFontName(group.font), x };
      x += (font.layout(runText).advanceWidth / font.unitsPerEm) * size;
      return run;
    });
  }

  return {
    width(text, face, size) {
      let units = 0;
      for (let index = 0; index < text.length; index++) {
        let codePoint = text.charCodeAt(index);
        if (isHighSurrogate(codePoint) && isLowSurrogate(text.charCodeAt(index + 1))) {
          codePoint = text.codePointAt(index)!;
          index++;
        }
        units += advance(face, codePoint);
      }
      return units * size;
    },
    visibleText(text) {
      if (plainLatin1(text)) return { text, replaced: 0 };
      let replaced = 0;
      let dropped = false;
      let result = '';
      for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 32;
        if (INVISIBLE.has(codePoint)) {
          dropped = true;
        } else if (covered(codePoint)) {
          result += char;
        } else {
          replaced++;
          result += `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
        }
      }
      return replaced === 0 && !dropped ? { text, replaced } : { text: result, replaced };
    },
    runs,
  };
}

function isFallback(font: FontFace | FallbackFont): font is FallbackFont {
  return (FALLBACK_FONTS as readonly string[]).includes(font);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
