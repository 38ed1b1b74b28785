/**
 * A signed incident report with a chart: the signature still validates, and the chart's values can be extracted as
 * text (the table printed after the drawing), as a screen reader or a reviewer's tooling would read them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistByPhaseChart, chartTable } from '../../../shared/reports/chart';
import { reportChecklist, reportSource } from '../../fixtures/reportSources';
import { signedReport, testIdentity } from '../../fixtures/signedReports';

describe('signed report with a chart', () => {
  let path: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'firebreak-chart-'));
    const { pdf } = await signedReport(
      'incident-report',
      reportSource({ entries: 6, evidence: 2 }),
      await testIdentity(),
    );
    path = join(dir, 'chart.pdf');
    await writeFile(path, pdf);
  }, 60_000);

  it('still validates as a whole-document signature', () => {
    const result = spawnSync('pdfsig', [path], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toContain('Signature is Valid');
  });

  it('prints the chart values as a table pdftotext extracts, row by row', () => {
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const table = chartTable(checklistByPhaseChart(reportChecklist()));
    expect(text).toContain('Checklist steps by phase');
    const lines = text.split('\n');
    const headers = table.columns.map((column) => column.header);
    expect(lines.some((line) => headers.every((header) => line.includes(header)))).toBe(true);
    expect(table.rows.length).toBeGreaterThan(1);
    for (const row of table.rows) {
      const pattern = new RegExp(
        `^\\s*${row.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s*$`,
      );
      expect(lines.some((line) => pattern.test(line))).toBe(true);
    }
  });
});
