/**
 * Makes a standard export's file (AVID report JSON, AIID submission JSON, register CSV) and saves it through the
 * host's one export channel (`files:saveExport`), like every other export.
 */
import { safeFileName } from '../../../shared/ipc/fileName';
import { localDate } from '../../../shared/domain/reviews/actionItem';
import type { ExportOptions, ExportSource } from '../../../shared/domain/reviews/exports/exportSource';
import { registerCsv, type RegisterCsvRow } from '../../../shared/domain/reviews/exports/registerCsv';
import { toAiidFile } from '../../../shared/domain/reviews/exports/toAiid';
import { toAvidReport } from '../../../shared/domain/reviews/exports/toAvid';
import type { SaveExportResult } from '../../../shared/ipc/files';
import { ExplainedError } from '../../../shared/errors';
import { hostClient } from '../../host/hostClient';

export const STANDARD_FORMATS = ['avid', 'aiid', 'csv'] as const;
export type StandardFormat = (typeof STANDARD_FORMATS)[number];
export const STANDARD_FORMAT_LABELS: Readonly<Record<StandardFormat, string>> = {
  avid: 'AVID report (JSON)',
  aiid: 'AIID submission (JSON)',
  csv: 'Register (CSV, every incident)',
};

export function exportContent(
  format: 'avid' | 'aiid',
  sources: readonly ExportSource[],
  options: ExportOptions,
): string {
  const today = localDate(new Date());
  const value =
    format === 'avid'
      ? sources.length === 1
        ? toAvidReport(sources[0]!, options, today)
        : sources.map((source) => toAvidReport(source, options, today))
      : toAiidFile(sources, options, today);
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function saveStandardExport(
  format: StandardFormat,
  label: string,
  content: { readonly sources: readonly ExportSource[]; readonly rows: readonly RegisterCsvRow[] },
  options: ExportOptions,
): Promise<SaveExportResult> {
  const name =
    format === 'csv'
      ? `incident-register-${localDate(new Date())}.csv`
      : safeFileName(`${label} ${format === 'avid' ? 'AVID report' : 'AIID submission'}.json`, 'export.json');
  const result = await hostClient().invoke('files:saveExport', {
    suggestedName: name,
    mediaType: format === 'csv' ? 'text/csv' : 'application/json',
    content: format === 'csv' ? registerCsv(content.rows) : exportContent(format, content.sources, options),
  });
  if (!result.ok) throw new ExplainedError(result.error.message);
  return result.value;
}
