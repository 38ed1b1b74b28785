/** The benchmark's incident reports by size: about 100, 1,000 and 14 pages (timeline entries and evidence items). */
import type { reportSource } from '../../fixtures/reportSources';

type ReportContent = NonNullable<Parameters<typeof reportSource>[0]>;

export const REPORT_CONTENT = {
  incident100: { entries: 2_000, evidence: 200 },
  incident1000: { entries: 20_000, evidence: 2_000 },
  smoke: { entries: 200, evidence: 20 },
} as const satisfies Record<string, ReportContent>;

export type ReportSize = keyof typeof REPORT_CONTENT;
