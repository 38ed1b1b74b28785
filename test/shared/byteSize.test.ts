import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesExactly } from '../../shared/domain/byteSize';
import { buildReport } from '../../shared/reports/reportTypes';
import { reportSource } from '../fixtures/reportSources';

const SIZE = 16_252_928; // 15.5 MiB: the app once showed "15.5 MB" where the signed report said "16 MB"

function sourceWithSize(size: number) {
  const source = reportSource({ evidence: 1 });
  return { ...source, evidence: source.evidence?.map((item) => ({ ...item, size })) };
}

describe('byte sizes', () => {
  it('prints sizes in binary units, one decimal below 100', () => {
    expect([512, 2_048, SIZE, 300 * 1024 * 1024, 5 * 1024 ** 4].map(formatBytes)).toEqual([
      '512 B',
      '2.0 KB',
      '15.5 MB',
      '300 MB',
      '5.0 TB',
    ]);
    expect(formatBytesExactly(SIZE)).toBe('15.5 MB (16,252,928 bytes)');
  });

  it('prints the same size in a signed report as on screen', () => {
    const incidentReport = buildReport('incident-report', sourceWithSize(SIZE));
    const evidenceTable = incidentReport.blocks.find(
      (block) => block.kind === 'table' && block.columns[1]?.header === 'Type and size',
    );
    expect(evidenceTable?.kind === 'table' ? evidenceTable.rows[0]?.[1] : undefined).toBe(
      `application/json\n${formatBytes(SIZE)}`,
    );

    const custodyReport = buildReport('custody-report', sourceWithSize(SIZE));
    const sizeFields = custodyReport.blocks.flatMap((block) =>
      block.kind === 'fields' ? block.fields.filter((field) => field.label === 'Size') : [],
    );
    expect(sizeFields).toEqual([{ label: 'Size', value: formatBytesExactly(SIZE) }]);
  });
});
