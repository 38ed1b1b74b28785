/**
 * The typed description of a report, independent of PDF: a cover, a list of blocks and the manifest the signed PDF
 * will carry. Report builders (`incidentReport.ts`, …) produce it from stored records; the PDF templates in
 * `renderer/features/reports/` only lay it out, so a new report type is a new builder, never a pipeline change.
 */
import type { AnyReportManifest } from './manifest';

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
    };

export interface ReportDocument {
  readonly type: string;
  /** "Incident report", "Executive brief", … */
  readonly kind: string;
  readonly title: string;
  readonly reference: string;
  /** A line such as "SEV1 · Containment", printed under the title on the cover. */
  readonly banner: string;
  readonly cover: readonly ReportField[];
  readonly blocks: readonly ReportBlock[];
  readonly generatedAt: string;
  readonly generatedBy: string;
  /** SHA-256 of the signing certificate, or empty when the report is previewed before an identity exists. */
  readonly signerFingerprint: string;
  readonly manifest: AnyReportManifest;
}
