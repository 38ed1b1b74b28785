/** The part of fontkit (bundled with @react-pdf/renderer) the report layout measures text with. */
declare module 'fontkit' {
  export interface FontkitGlyph {
    readonly advanceWidth: number;
  }
  export interface FontkitFont {
    readonly unitsPerEm: number;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes a run (OpenType features, Arabic joining; right-to-left scripts come out in visual order). */
    layout(text: string): { readonly advanceWidth: number };
  }
  export function create(buffer: Uint8Array): FontkitFont;
}
