/**
 * The post-incident review report: the review's summary, impact, the picked timeline entries with their
 * annotations, the root-cause analysis (categories, AVID effect codes, ATLAS techniques, five whys), detection, the
 * lessons, the action items as a table and a bar chart of them by type and status (through the report chart block),
 * and the integrity section. Its subject is the review (kind `review`, PIR-…); the cover names the incident too.
 */
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ACTION_TYPES,
  ACTION_TYPE_LABELS,
  type ActionItem,
} from '../domain/reviews/actionItem';
import { recordedCsetFields } from '../domain/reviews/cset';
import {
  CAUSE_CATEGORY_LABELS,
  DETECTION_METHOD_LABELS,
  REVIEW_STATUS_LABELS,
  type Cause,
  type Review,
} from '../domain/reviews/review';
import { ENTRY_KIND_LABELS, type TimelineEntry } from '../domain/timeline';
import type { ReportBlock, ReportChart, ReportField } from './document';
import { durationBetween, listOrNone, reportTime } from './format';
import type { ReportSource } from './inputs';
import { integrityBlocks, severityWords, signingFields, typeWords } from './sections';

/** What the review report reads besides the incident: the review and its action items. */
export interface ReportReviewInput {
  readonly record: Review;
  readonly actionItems: readonly ActionItem[];
}

function causeFields(label: string, cause: Cause): ReportField[] {
  return [
    { label, value: cause.text || 'Not recorded.' },
    { label: 'Category', value: cause.category === '' ? 'Not chosen' : CAUSE_CATEGORY_LABELS[cause.category] },
    { label: 'AVID effects', value: listOrNone(cause.avid, 'None') },
    { label: 'MITRE ATLAS', value: listOrNone(cause.atlas, 'None') },
  ];
}

function text(value: string, empty = 'Nothing recorded.'): ReportBlock {
  return value === '' ? { kind: 'paragraph', text: empty, tone: 'muted' } : { kind: 'paragraph', text: value };
}

function pickedTimeline(review: Review, timeline: readonly TimelineEntry[]): ReportBlock {
  const byId = new Map(timeline.map((entry) => [entry.id, entry]));
  const rows = review.timeline.flatMap((picked) => {
    const entry = byId.get(picked.entryId);
    return entry ? [{ entry, annotation: picked.annotation }] : [];
  });
  rows.sort((a, b) => a.entry.occurredAt.localeCompare(b.entry.occurredAt));
  return {
    kind: 'table',
    columns: [
      { header: 'Event time', width: 1.5 },
      { header: 'Kind', width: 1.3 },
      { header: 'What happened', width: 3.6 },
      { header: 'Review note', width: 3.2 },
    ],
    rows: rows.map(({ entry, annotation }) => [
      reportTime(entry.occurredAt),
      ENTRY_KIND_LABELS[entry.kind],
      entry.text,
      annotation || '—',
    ]),
    empty: 'No timeline entries were picked for the review.',
  };
}

/** Action items by type, one bar per status. */
export function actionItemsChart(items: readonly ActionItem[]): ReportChart {
  const types = ACTION_TYPES.filter((type) => items.some((item) => item.type === type));
  return {
    kind: 'chart',
    chart: 'bar',
    title: 'Action items by type and status',
    xLabel: 'Type',
    yLabel: 'items',
    series: ACTION_STATUSES.map((status) => ({
      name: ACTION_STATUS_LABELS[status],
      points: types.map((type) => ({
        x: ACTION_TYPE_LABELS[type],
        y: items.filter((item) => item.type === type && item.status === status).length,
      })),
    })),
  };
}

function actionItemBlocks(unsorted: readonly ActionItem[], today: string): ReportBlock[] {
  const items = unsorted.toSorted((a, b) => a.dueDate.localeCompare(b.dueDate) || a.priority.localeCompare(b.priority));
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'Action items' },
    {
      kind: 'table',
      columns: [
        { header: 'Action', width: 3.4 },
        { header: 'Type', width: 1.3 },
        { header: 'Owner', width: 1.5 },
        { header: 'Priority', width: 0.8 },
        { header: 'Due', width: 1.1 },
        { header: 'Status', width: 1.3 },
      ],
      rows: items.map((item) => [
        item.link ? `${item.title} (linked ${item.link.kind}: ${item.link.label})` : item.title,
        ACTION_TYPE_LABELS[item.type],
        item.owner,
        item.priority,
        item.dueDate,
        item.status !== 'done' && item.dueDate < today
          ? `${ACTION_STATUS_LABELS[item.status]} — OVERDUE`
          : ACTION_STATUS_LABELS[item.status],
      ]),
      empty: 'No action items were recorded.',
    },
  ];
  if (items.length > 0) blocks.push(actionItemsChart(items));
  return blocks;
}

export function reviewBlocks(source: ReportSource, input: ReportReviewInput): ReportBlock[] {
  const review = input.record;
  const { impact, rootCause, detection } = review;
  const impactFields: ReportField[] = [
    { label: 'Who was affected', value: impact.who || 'Not recorded.' },
    { label: 'What was affected', value: impact.what || 'Not recorded.' },
    { label: 'Customer impact started', value: reportTime(impact.customerImpactStart ?? undefined) },
    { label: 'Customer impact ended', value: reportTime(impact.customerImpactEnd ?? undefined) },
  ];
  if (impact.customerImpactStart && impact.customerImpactEnd) {
    impactFields.push({
      label: 'Customer impact lasted',
      value: durationBetween(impact.customerImpactStart, impact.customerImpactEnd),
    });
  }
  const cset = recordedCsetFields(review.cset);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: 'This review is blameless: it looks for the conditions that made the incident possible, not for people to blame.',
      tone: 'muted',
    },
    { kind: 'heading', text: 'Summary' },
    text(review.summary),
    { kind: 'heading', text: 'Impact' },
    { kind: 'fields', fields: impactFields },
    ...(cset.length > 0
      ? [
          { kind: 'subheading', text: 'CSET harm fields' } as const,
          { kind: 'fields', fields: cset.map(([label, value]) => ({ label, value: String(value) })) } as const,
        ]
      : []),
    { kind: 'heading', text: 'Timeline' },
    pickedTimeline(review, source.timeline),
    { kind: 'heading', text: 'Root-cause analysis' },
    { kind: 'subheading', text: 'Primary cause' },
    { kind: 'fields', fields: causeFields('Cause', rootCause.primary) },
    { kind: 'subheading', text: 'Trigger' },
    { kind: 'fields', fields: causeFields('Trigger', rootCause.trigger) },
    { kind: 'subheading', text: 'Contributing factors' },
    {
      kind: 'table',
      columns: [
        { header: 'Factor', width: 4 },
        { header: 'Category', width: 1.2 },
        { header: 'AVID effects', width: 2.4 },
        { header: 'ATLAS', width: 1.4 },
      ],
      rows: rootCause.contributing.map((cause) => [
        cause.text,
        cause.category === '' ? '—' : CAUSE_CATEGORY_LABELS[cause.category],
        listOrNone(cause.avid, '—'),
        listOrNone(cause.atlas, '—'),
      ]),
      empty: 'No contributing factors were recorded.',
    },
    { kind: 'fields', fields: [{ label: 'AVID lifecycle', value: listOrNone(rootCause.lifecycle, 'Not recorded') }] },
  ];
  if (rootCause.fiveWhys.some((why) => why !== '')) {
    blocks.push(
      { kind: 'subheading', text: 'Five whys' },
      {
        kind: 'fields',
        fields: rootCause.fiveWhys.filter((why) => why !== '').map((why, i) => ({ label: `Why ${i + 1}`, value: why })),
      },
    );
  }
  blocks.push(
    { kind: 'heading', text: 'Detection' },
    {
      kind: 'fields',
      fields: [
        {
          label: 'How it was found',
          value: detection.method === '' ? 'Not recorded' : DETECTION_METHOD_LABELS[detection.method],
        },
        { label: 'Detail', value: detection.detail || '—' },
      ],
    },
    { kind: 'heading', text: 'What went well' },
    text(review.wentWell),
    { kind: 'heading', text: 'What went wrong' },
    text(review.wentWrong),
    { kind: 'heading', text: 'Where we got lucky' },
    text(review.gotLucky),
    ...actionItemBlocks(input.actionItems, source.generatedAt.slice(0, 10)),
  );
  if (review.waiver) {
    blocks.push(
      { kind: 'heading', text: 'Waiver' },
      {
        kind: 'fields',
        fields: [
          { label: 'Reason', value: review.waiver.reason },
          { label: 'Approved by', value: review.waiver.approver },
          { label: 'Recorded', value: `${reportTime(review.waiver.recordedAt)} by ${review.waiver.recordedBy}` },
        ],
      },
    );
  }
  blocks.push(...integrityBlocks(source));
  return blocks;
}

/** The cover of the review: the review's reference and status beside the incident's. */
export function reviewCoverFields(source: ReportSource, input: ReportReviewInput): ReportField[] {
  const { incident } = source;
  const review = input.record;
  return [
    { label: 'Review', value: review.ref, mono: true },
    {
      label: 'Status',
      value:
        review.status === 'complete'
          ? `Complete (${reportTime(review.completedAt ?? undefined)} by ${review.completedBy})`
          : REVIEW_STATUS_LABELS[review.status],
    },
    { label: 'Incident', value: incident.ref, mono: true },
    { label: 'Severity', value: severityWords(incident) },
    { label: 'Incident types', value: typeWords(incident) },
    { label: 'Declared', value: reportTime(incident.declaredAt) },
    ...signingFields(source),
    { label: 'Generated', value: `${reportTime(source.generatedAt)} by ${source.generatedBy}` },
  ];
}
