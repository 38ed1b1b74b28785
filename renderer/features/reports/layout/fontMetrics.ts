/**
 * The report fonts, opened once per render, and text measurement from them (DejaVu Sans, Bold and Sans Mono: Latin,
 * Greek and Cyrillic). The PDF embeds these very fontkit fonts (`ReportPdf` selects them by name), so layout and
 * drawing agree on every advance width and each 750 KB file is parsed once, not once per page. Advance widths are
 * cached per code point, so measuring is a table lookup.
 * Characters outside the scripts these fonts cover are not drawn as empty boxes: `visibleText` writes them as
 * [U+XXXX] so a reader sees that something is there and what it was.
 */
import { create, type FontkitFont } from 'fontkit';

export type FontFace = 'regular' | 'bold' | 'mono';

export interface ReportFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly mono: Uint8Array;
}

/** Each face parsed once, for measuring here and for embedding in the PDF. */
export type ReportTypefaces = Readonly<Record<FontFace, FontkitFont>>;

export interface ReportFonts {
  readonly typefaces: ReportTypefaces;
  readonly metrics: FontMetrics;
}

export interface FontMetrics {
  /** Width in points of `text` set in `face` at `size`. */
  width(text: string, face: FontFace, size: number): number;
  /** The text with every character the fonts cannot show replaced by [U+XXXX], and how many were replaced. */
  visibleText(text: string): { readonly text: string; readonly replaced: number };
}

/** Scripts the bundled fonts cover and @react-pdf sets correctly (left to right, no shaping needed). */
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

function supported(codePoint: number): boolean {
  return SUPPORTED_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

export function openReportFonts(files: ReportFontFiles): ReportFonts {
  const typefaces: ReportTypefaces = {
    regular: create(files.regular),
    bold: create(files.bold),
    mono: create(files.mono),
  };
  return { typefaces, metrics: createFontMetrics(typefaces) };
}

function createFontMetrics(fonts: ReportTypefaces): FontMetrics {
  const caches: Record<FontFace, Map<number, number>> = { regular: new Map(), bold: new Map(), mono: new Map() };
  const coverage = new Map<number, boolean>();

  function advance(face: FontFace, codePoint: number): number {
    const cache = caches[face];
    let units = cache.get(codePoint);
    if (units === undefined) {
      const font = fonts[face];
      units = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      cache.set(codePoint, units);
    }
    return units;
  }

  function covered(codePoint: number): boolean {
    let known = coverage.get(codePoint);
    if (known === undefined) {
      // Line breaks and tabs are layout, not glyphs.
      known =
        codePoint === 0x0a ||
        codePoint === 0x09 ||
        (supported(codePoint) && fonts.regular.hasGlyphForCodePoint(codePoint));
      coverage.set(codePoint, known);
    }
    return known;
  }

  return {
    width(text, face, size) {
      let units = 0;
      for (const char of text) units += advance(face, char.codePointAt(0) ?? 32);
      return units * size;
    },
    visibleText(text) {
      let replaced = 0;
      let result = '';
      for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 32;
        if (covered(codePoint)) {
          result += char;
        } else {
          replaced++;
          result += `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
        }
      }
      return replaced === 0 ? { text, replaced } : { text: result, replaced };
    },
  };
}
