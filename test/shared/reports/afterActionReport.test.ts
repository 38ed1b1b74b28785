/** The AAR/IP: HSEEP sections in order, Table 1, the timeline chart, the improvement plan matrix; signed and checked. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifySignedPdf } from '../../../electron/verifier/verifyPdf';
import type { ReportBlock } from '../../../shared/reports/document';
import { buildReport } from '../../../shared/reports/reportTypes';
import { exerciseReportSource } from '../../fixtures/exerciseReportSources';
import { reportSource } from '../../fixtures/reportSources';
import { signedReport, testIdentity } from '../../fixtures/signedReports';

const headings = (blocks: readonly ReportBlock[]) =>
  blocks.filter((block) => block.kind === 'heading').map((block) => block.text);

describe('after-action report', () => {
  it('follows the HSEEP AAR/IP template and is marked EXERCISE', () => {
    const document = buildReport('after-action-report', exerciseReportSource());
    expect(document.banner).toMatch(/^EXERCISE · /);
    expect(document.blocks[0]).toMatchObject({
      kind: 'paragraph',
      tone: 'warning',
      text: expect.stringMatching(/^EXERCISE\./),
    });
    expect(headings(document.blocks)).toEqual([
      'Exercise overview',
      'Analysis of capabilities',
      'Strengths and areas for improvement',
      'Inject and decision timeline',
      'Participant feedback summary',
      'Appendix A: Improvement plan',
      'Appendix B: Exercise participants',
      'Integrity',
    ]);
    expect(document.manifest).toMatchObject({ reportType: 'after-action-report', subject: { kind: 'exercise' } });
  });

  it('rates Table 1 by objective and capability, and lays out the improvement plan matrix', () => {
    const document = buildReport('after-action-report', exerciseReportSource());
    const tables = document.blocks.filter((block) => block.kind === 'table');
    const table1 = tables[0]!;
    expect(table1.columns.map((column) => column.header)).toEqual(['Objective', 'Capability', 'P', 'S', 'M', 'U']);
    expect(table1.rows[0]?.slice(1)).toEqual(['Detection and triage', 'X', '', '', '']);
    expect(table1.rows[1]?.slice(1)).toEqual(['Containment', '', 'X', '', '']);
    const plan = tables.find((table) => table.columns[0]?.header === 'Capability' && table.columns.length === 8)!;
    expect(plan.columns.map((column) => column.header)).toEqual([
      'Capability',
      'Issue / area for improvement',
      'Corrective action',
      'Capability element',
      'Primary responsible organisation',
      'Organisation POC',
      'Start date',
      'Completion date',
    ]);
    expect(plan.rows[0]?.[3]).toBe('Planning');
  });

  it('charts injects and decisions over scenario time with every series on the same intervals', () => {
    const document = buildReport('after-action-report', exerciseReportSource({ injects: 200 }));
    const chart = document.blocks.find((block) => block.kind === 'chart');
    expect(chart?.kind).toBe('chart');
    if (chart?.kind !== 'chart') return;
    const [released, decisions, actions] = chart.series;
    expect(released?.points.reduce((sum, point) => sum + point.y, 0)).toBe(200);
    expect(
      (decisions?.points.reduce((sum, point) => sum + point.y, 0) ?? 0) +
        (actions?.points.reduce((sum, point) => sum + point.y, 0) ?? 0),
    ).toBe(200);
    expect(released?.points.length).toBeLessThanOrEqual(13);
    expect(new Set(chart.series.map((series) => series.points.map((point) => point.x).join()))).toHaveProperty(
      'size',
      1,
    );
  });

  it('refuses to be made for an incident, and the incident report of a practice incident says EXERCISE', () => {
    expect(() => buildReport('after-action-report', reportSource())).toThrow(
      /not made for a subject of kind “incident”/,
    );
    const practice = reportSource();
    const marked = {
      ...practice,
      incident: {
        ...practice.incident,
        exercise: { exerciseId: '0190a000-0000-7000-8000-0000000000e1', ref: 'EX-2026-0001' },
      },
    };
    const document = buildReport('incident-report', marked);
    expect(document.banner).toMatch(/^EXERCISE · /);
    expect(document.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('practice incident of exercise EX-2026-0001'),
    });
  });

  it('renders and signs a PDF that the verifier and pdfsig accept', async () => {
    const identity = await testIdentity('Exercise Signer', 'Firebreak');
    const { pdf, pageCount } = await signedReport('after-action-report', exerciseReportSource(), identity);
    expect(pageCount).toBeGreaterThan(3);
    const anchors = { fingerprints: new Set([identity.summary.fingerprint]), caCertificates: [] };
    expect(verifySignedPdf(pdf, { anchors })).toMatchObject({ verdict: 'trusted', wholeDocumentCovered: true });
    const dir = await mkdtemp(join(tmpdir(), 'firebreak-aar-'));
    try {
      const path = join(dir, 'aar.pdf');
      await writeFile(path, pdf);
      expect(spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout).toContain('Signature is Valid');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
