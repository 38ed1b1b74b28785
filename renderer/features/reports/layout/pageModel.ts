/**
 * Laid-out pages: every line of text and every rule placed at a fixed position on an A4 page. The paginator makes
 * them; the PDF template draws them as they are, so @react-pdf never has to wrap or break pages itself.
 */
import type { FontFace } from './fontMetrics';

export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 50, top: 62, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const COLORS = {
  text: '#1b2230',
  muted: '#5a6372',
  rule: '#c7cdd6',
  headerFill: '#e9edf3',
  zebra: '#f6f8fa',
  accent: '#1f4e8c',
  warning: '#8a4b00',
} as const;

export type DrawItem =
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly face: FontFace;
      readonly size: number;
      readonly color: string;
    }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly color: string;
    }
  | {
      /** A stroked polyline (a line chart's series). */
      readonly kind: 'line';
      readonly points: readonly { readonly x: number; readonly y: number }[];
      readonly width: number;
      readonly color: string;
    };

export interface LaidOutPage {
  readonly items: readonly DrawItem[];
}
