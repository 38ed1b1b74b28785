import { describe, expect, it } from 'vitest';
import { reviewSubject } from '../../../shared/domain/reviews/review';
import { buildReport } from '../../../shared/reports/reportTypes';
import { reportSource } from '../../fixtures/reportSources';
import { completedReview, reviewActionItems } from '../../fixtures/reviews';

function reviewSource() {
  const base = reportSource({ evidence: 2 });
  const record = completedReview(base.incident, {
    timeline: [{ entryId: base.timeline[2]!.id, annotation: 'The kill switch took two minutes.' }],
  });
  return { ...base, subject: reviewSubject(record), review: { record, actionItems: reviewActionItems(record) } };
}

describe('the post-incident review report', () => {
  it('is about the review and has its sections, action-item table and chart in order', () => {
    const document = buildReport('post-incident-review', reviewSource());
    expect(document.subject).toEqual({
      kind: 'review',
      id: '0190f0b0-0000-7000-8000-000000000001',
      ref: 'PIR-2026-0042',
    });
    expect(document.manifest.subject.ref).toBe('PIR-2026-0042');
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Summary',
      'Impact',
      'Timeline',
      'Root-cause analysis',
      'Detection',
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Action items',
      'Integrity',
    ]);
    const table = document.blocks.find((block) => block.kind === 'table' && block.columns[0]?.header === 'Action');
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Alert on internal API names in answers', 'Detect', 'Ana Ortiz', 'P2', '2026-11-19', 'Open — OVERDUE'],
      ['Add 40 injection payloads to the evaluation suite', 'Evaluation', 'Ana Ortiz', 'P2', '2026-11-25', 'Done'],
      ['Strip instructions from retrieved attachments', 'Prevent', 'Ana Ortiz', 'P1', '2026-11-30', 'In progress'],
    ]);
    const chart = document.blocks.find((block) => block.kind === 'chart');
    expect(chart).toMatchObject({
      title: 'Action items by type and status',
      series: [
        {
          name: 'Open',
          points: [
            { x: 'Prevent', y: 0 },
            { x: 'Detect', y: 1 },
            { x: 'Evaluation', y: 0 },
          ],
        },
        {
          name: 'In progress',
          points: [
            { x: 'Prevent', y: 1 },
            { x: 'Detect', y: 0 },
            { x: 'Evaluation', y: 0 },
          ],
        },
        {
          name: 'Blocked',
          points: [
            { x: 'Prevent', y: 0 },
            { x: 'Detect', y: 0 },
            { x: 'Evaluation', y: 0 },
          ],
        },
        {
          name: 'Done',
          points: [
            { x: 'Prevent', y: 0 },
            { x: 'Detect', y: 0 },
            { x: 'Evaluation', y: 1 },
          ],
        },
      ],
    });
    const picked = document.blocks.find(
      (block) => block.kind === 'table' && block.columns[3]?.header === 'Review note',
    );
    expect(picked?.kind === 'table' && picked.rows.map((row) => row[3])).toEqual(['The kill switch took two minutes.']);
  });

  it('is not made for an incident subject', () => {
    expect(() => buildReport('post-incident-review', reportSource())).toThrow(
      /not made for a subject of kind “incident”/,
    );
  });
});
