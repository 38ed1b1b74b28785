import { describe, expect, it } from 'vitest';
import { buildReport, type REPORT_TYPES, reportFileName } from '../../../shared/reports/reportTypes';
import { reportSource } from '../../fixtures/reportSources';

function headings(type: (typeof REPORT_TYPES)[number], source = reportSource({ evidence: 3 })) {
  return buildReport(type, source)
    .blocks.filter((block) => block.kind === 'heading')
    .map((block) => block.text);
}

describe('report model', () => {
  it('builds the incident report from stored records, sections in order', () => {
    expect(headings('incident-report')).toEqual([
      'Summary',
      'Affected AI systems',
      'Impact',
      'Roles',
      'Timeline',
      'Checklist status by phase',
      'Evidence',
      'Integrity',
    ]);
  });

  it('leaves out checklist and evidence sections until those records exist', () => {
    const source = reportSource({ withChecklist: false });
    expect(headings('incident-report', source)).toEqual([
      'Summary',
      'Affected AI systems',
      'Impact',
      'Roles',
      'Timeline',
      'Integrity',
    ]);
  });

  it('puts the cover facts, times and ATLAS ids on the cover', () => {
    const document = buildReport('incident-report', reportSource());
    expect(document.cover.slice(0, 12)).toEqual([
      { label: 'Reference', value: 'INC-2026-0042', mono: true },
      { label: 'Severity', value: 'SEV2 — High' },
      { label: 'Phase', value: 'Recovery' },
      { label: 'Incident types', value: 'Prompt injection, Privacy or training-data leak' },
      {
        label: 'MITRE ATLAS',
        value:
          'AML.T0051.001 LLM Prompt Injection: Indirect, AML.T0056 Extract LLM System Prompt, AML.T0057 LLM Data Leakage',
      },
      { label: 'Detected', value: '2026-11-20 08:00 UTC' },
      { label: 'Aware', value: '2026-11-20 08:15 UTC' },
      { label: 'Declared', value: '2026-11-20 08:30 UTC' },
      { label: 'Containment phase entered', value: '2026-11-20 09:35 UTC' },
      { label: 'Contained', value: 'Not recorded' },
      { label: 'Recovery phase entered', value: '2026-11-20 18:00 UTC' },
      { label: 'Recovered', value: 'Not recorded' },
    ]);
  });

  it('prints recorded milestones as facts — when, by whom, on what evidence — and never borrows a phase time', () => {
    const base = reportSource({ evidence: 2 });
    const incident = {
      ...base.incident,
      milestones: {
        contained: {
          at: '2026-11-20T09:50:00.000Z',
          recordedBy: 'Sam Lee',
          recordedById: base.incident.roles[0]!.primaryId,
          recordedAt: '2026-11-20T10:05:00.000Z',
          evidenceIds: ['ev-0002'],
          note: 'No injected instruction reached the tool layer after the switch.',
        },
      },
    };
    const brief = buildReport('executive-brief', { ...base, incident });
    const fields = brief.blocks.flatMap((block) => (block.kind === 'fields' ? block.fields : []));
    expect(fields.filter((field) => /Contain|Recover/.test(field.label))).toEqual([
      { label: 'Containment phase entered', value: '2026-11-20 09:35 UTC' },
      {
        label: 'Contained',
        value:
          '2026-11-20 09:50 UTC (recorded by Sam Lee, 2026-11-20 10:05 UTC)\n' +
          'Evidence: conversation-0002.json\nNote: No injected instruction reached the tool layer after the switch.',
      },
      { label: 'Recovery phase entered', value: '2026-11-20 18:00 UTC' },
      { label: 'Recovered', value: 'Not recorded' },
    ]);
  });

  it('prints the reason recorded for a skipped or blocked step, and which evidence is on legal hold', () => {
    const document = buildReport('incident-report', reportSource({ evidence: 3 }));
    const tables = document.blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));
    const steps = tables.filter((table) => table.columns[0]?.header === 'Step').flatMap((table) => table.rows);
    expect(steps.map((row) => row[2])).toEqual([
      'Done',
      'Done',
      'Skipped — reason: The prompt was already frozen by the release pipeline at 09:20 UTC.',
      'Open',
    ]);
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'On legal hold (1 of 3): conversation-0002.json.',
      tone: 'warning',
    });
    const evidence = tables.find((table) => table.columns[0]?.header === 'Item')!;
    expect(evidence.rows.map((row) => row[4])).toEqual([
      '3 events; last: verified by Jonas Weber',
      '3 events; last: verified by Jonas Weber\nON LEGAL HOLD since 2026-11-20 11:20 UTC (Jonas Weber): Litigation hold requested by counsel.',
      '3 events; last: verified by Jonas Weber',
    ]);
  });

  it('lists the timeline in event order with event and entry times', () => {
    const document = buildReport('incident-report', reportSource({ entries: 2 }));
    const timeline = document.blocks.find(
      (block) => block.kind === 'table' && block.columns[0]?.header === 'Event time',
    );
    expect(timeline?.kind === 'table' ? timeline.rows.map((row) => row.slice(0, 3)) : []).toEqual([
      ['2026-11-20 08:30 UTC', '2026-11-20 08:30 UTC', 'Declared'],
      ['2026-11-20 08:33 UTC', '2026-11-20 08:35 UTC', 'Note'],
      ['2026-11-20 08:36 UTC', '2026-11-20 08:38 UTC', 'Decision'],
      ['2026-11-20 09:35 UTC', '2026-11-20 09:35 UTC', 'Phase change'],
    ]);
  });

  it('writes a manifest naming every cited evidence hash and the audit head', () => {
    const source = { ...reportSource({ evidence: 2 }), signerFingerprint: 'a'.repeat(64) };
    const document = buildReport('incident-report', source);
    expect(document.manifest).toEqual({
      format: 'firebreak-report-manifest',
      version: 2,
      reportType: 'incident-report',
      subject: { kind: 'incident', id: source.incident.id, ref: 'INC-2026-0042' },
      generatedAt: '2026-11-20T23:00:00.000Z',
      generatedBy: 'Ana Ortiz (Incident commander)',
      signerFingerprint: 'a'.repeat(64),
      evidence: source.evidence!.map((item) => ({ id: item.id, name: item.name, sha256: item.sha256 })),
      auditHead: source.auditHead,
    });
  });

  it('covers only the chosen items in a chain-of-custody report, with their full logs', () => {
    const source = { ...reportSource({ evidence: 3 }), evidenceIds: ['ev-0002'] };
    const document = buildReport('custody-report', source);
    expect(document.manifest.evidence.map((item) => item.id)).toEqual(['ev-0002']);
    const tables = document.blocks.filter((block) => block.kind === 'table');
    expect(tables.map((table) => (table.kind === 'table' ? table.rows.length : 0))).toEqual([3, 1]);
  });

  it('keeps the executive brief to plain sections and cites no evidence', () => {
    const document = buildReport('executive-brief', reportSource({ evidence: 3 }));
    expect(headings('executive-brief')).toEqual([
      'What happened',
      'Impact',
      'Status',
      'Recent decisions',
      'Next decisions',
    ]);
    expect(document.manifest.evidence).toEqual([]);
  });

  it('makes a report for its subject, laid out as its type declares', () => {
    const source = reportSource();
    const documents = (['incident-report', 'executive-brief', 'custody-report'] as const).map((type) =>
      buildReport(type, source),
    );
    expect(documents.map((document) => [document.subject, document.layout])).toEqual([
      [source.subject, { coverPageBreak: true }],
      [source.subject, { coverPageBreak: false }],
      [source.subject, { coverPageBreak: true }],
    ]);
    expect(() =>
      buildReport('incident-report', { ...source, subject: { ...source.subject, kind: 'exercise' } }),
    ).toThrow('The incident report is not made for a subject of kind “exercise”.');
  });

  it('charts checklist steps by phase in the incident report', () => {
    const chart = buildReport('incident-report', reportSource()).blocks.find((block) => block.kind === 'chart');
    expect(chart).toEqual({
      kind: 'chart',
      chart: 'bar',
      title: 'Checklist steps by phase',
      xLabel: 'Phase',
      yLabel: 'steps',
      series: [
        {
          name: 'Done',
          points: [
            { x: 'Detection & analysis', y: 1 },
            { x: 'Containment', y: 1 },
            { x: 'Recovery', y: 0 },
          ],
        },
        {
          name: 'Open',
          points: [
            { x: 'Detection & analysis', y: 0 },
            { x: 'Containment', y: 0 },
            { x: 'Recovery', y: 1 },
          ],
        },
        {
          name: 'Skipped',
          points: [
            { x: 'Detection & analysis', y: 0 },
            { x: 'Containment', y: 1 },
            { x: 'Recovery', y: 0 },
          ],
        },
      ],
    });
  });

  it('names files by reference and type', () => {
    expect(reportFileName('custody-report', 'INC-2026-0042')).toBe('INC-2026-0042 chain-of-custody report.pdf');
  });
});
