/** The part of fontkit (bundled with @react-pdf/renderer) the report layout measures text with. */
declare module 'fontkit' {
  export interface FontkitGlyph {
    readonly advanceWidth: number;
  }
  export interface FontkitFont {
    readonly unitsPerEm: number;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): FontkitFont;
}
