/**
 * The typed description of a report, independent of PDF: a cover, a list of blocks and the manifest the signed PDF
 * will carry. Report builders (`incidentReport.ts`, …) produce it from stored records; the PDF templates in
 * `renderer/features/reports/` only lay it out, so a new report type is a new builder, never a pipeline change.
 */
import type { Subject } from '../domain/subject';
import type { ReportManifest } from './manifest';

export interface ReportField {
  readonly label: string;
  readonly value: string;
  /** Hashes, identifiers: set in the monospaced face. */
  readonly mono?: boolean;
}

export interface ReportTableColumn {
  readonly header: string;
  /** Relative width; the layout shares the page width in proportion. */
  readonly width: number;
  readonly mono?: boolean;
}

export interface ReportChartPoint {
  /** The category (bar chart) or position on the x axis (line chart), as printed under the axis. */
  readonly x: string;
  readonly y: number;
}

export interface ReportChartSeries {
  readonly name: string;
  readonly points: readonly ReportChartPoint[];
}

/**
 * A bar or line chart. The PDF draws it as vector graphics and prints the same numbers as a table right after it,
 * so screen readers and text extraction get every value (see `chartTable`).
 */
export interface ReportChart {
  readonly kind: 'chart';
  readonly chart: 'bar' | 'line';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Every series has a point for each x, in the same order; bars are grouped by x, one colour per series. */
  readonly series: readonly ReportChartSeries[];
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'normal' | 'muted' | 'warning' }
  | { readonly kind: 'fields'; readonly fields: readonly ReportField[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly ReportTableColumn[];
      readonly rows: readonly (readonly string[])[];
      /** Said in place of the table when it has no rows. */
      readonly empty: string;
    }
  | ReportChart;

/** How a report type wants its pages laid out: declared by the type, read by the layout, never special-cased. */
export interface ReportLayout {
  /** Start the body on a new page after the cover (long reports); a brief keeps going on page one. */
  readonly coverPageBreak: boolean;
}

export interface ReportDocument {
  readonly type: string;
  /** "Incident report", "Executive brief", … */
  readonly kind: string;
  readonly title: string;
  /** What the report is about; its `ref` heads every page. */
  readonly subject: Subject;
  readonly layout: ReportLayout;
  /** A line such as "SEV1 · Containment", printed under the title on the cover. */
  readonly banner: string;
  readonly cover: readonly ReportField[];
  readonly blocks: readonly ReportBlock[];
  readonly generatedAt: string;
  readonly generatedBy: string;
  /** SHA-256 of the signing certificate, or empty when the report is previewed before an identity exists. */
  readonly signerFingerprint: string;
  readonly manifest: ReportManifest;
}
