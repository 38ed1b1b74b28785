/**
 * The after-action report and improvement plan (AAR/IP) of a tabletop exercise, in the HSEEP template's shape:
 * exercise overview; analysis of capabilities (Table 1: objective × capability × P/S/M/U, with the ratings
 * definitions, target ratings and expected actions); strengths and areas for improvement with their root cause per
 * objective; an inject-and-decision timeline chart; the participant feedback summary; Appendix A, the improvement
 * plan matrix; Appendix B, the participants. Marked EXERCISE on the cover and before the body.
 */
import { formatScenarioOffset, formatScenarioTime, scenarioClockAt } from '../domain/exercises/clock';
import {
  ACTION_RESULT_LABELS,
  actionKey,
  HSEEP_RATINGS,
  HSEEP_RATING_DEFINITIONS,
  HSEEP_RATING_LABELS,
  type EvaluationBody,
} from '../domain/exercises/evaluation';
import { isClockEvent, type ExerciseEvent } from '../domain/exercises/events';
import type { Exercise } from '../domain/exercises/exercise';
import type { ExerciseFeedback } from '../domain/exercises/feedback';
import { PRIORITY_LABELS } from '../domain/exercises/feedback';
import {
  CAPABILITY_ELEMENT_LABELS,
  IMPROVEMENT_STATUS_LABELS,
  type ImprovementItem,
} from '../domain/exercises/improvement';
import { capabilityRollups, feedbackSummary, objectiveCapabilityTable } from '../domain/exercises/rollups';
import { EXERCISE_CAPABILITY_LABELS, injectsInOrder } from '../domain/exercises/scenario';
import { ATLAS_TECHNIQUES } from '../domain/incidents/taxonomy';
import { REGULATORY_RULES } from '../domain/regulatory/regulatoryRules';
import { ENTRY_KIND_LABELS, type TimelineEntry } from '../domain/timeline';
import type { ReportBlock, ReportChart, ReportDocument } from './document';
import { listOrNone, reportTime } from './format';
import type { ReportContext } from './inputs';
import { integrityBlocks, manifestFor } from './sections';

export const AFTER_ACTION_REPORT = 'after-action-report';

/** What the AAR/IP is built from: the exercise (with its scenario copy) and everything recorded about it. */
export interface ExerciseReportSource extends ReportContext {
  readonly exercise: Exercise;
  readonly events: readonly ExerciseEvent[];
  readonly log: readonly TimelineEntry[];
  readonly evaluation: EvaluationBody;
  readonly feedback: readonly ExerciseFeedback[];
  readonly improvements: readonly ImprovementItem[];
}

const EXERCISE_WARNING =
  'EXERCISE. This report concerns a tabletop exercise. The events, injects and practice incident it describes are ' +
  'simulated; none of them is a real incident, and none is counted in metrics, regulatory clocks or escalations.';

function overviewBlocks(source: ExerciseReportSource): ReportBlock[] {
  const { exercise } = source;
  const { overview, objectives } = exercise.scenario.body;
  const started = source.events.find((event) => event.kind === 'start');
  const ended = source.events.find((event) => event.kind === 'end');
  const capabilities = [...new Set(objectives.flatMap((objective) => objective.capabilities))];
  return [
    { kind: 'heading', text: 'Exercise overview' },
    {
      kind: 'fields',
      fields: [
        { label: 'Exercise name', value: `${exercise.title} (${exercise.ref})` },
        {
          label: 'Dates',
          value: `Planned ${reportTime(exercise.plannedAt)}; played ${reportTime(started?.at)} to ${reportTime(ended?.at)}`,
        },
        { label: 'Location', value: exercise.location || 'Not recorded' },
        { label: 'Scope', value: overview.scope },
        { label: 'Capabilities', value: capabilities.map((value) => EXERCISE_CAPABILITY_LABELS[value]).join(', ') },
        {
          label: 'Objectives',
          value: objectives.map((objective, index) => `${index + 1}. ${objective.text}`).join('\n'),
        },
        { label: 'Threat or hazard', value: overview.threat },
        { label: 'Scenario', value: `${overview.name}, version ${exercise.scenario.version}` },
        { label: 'Sponsor', value: overview.sponsor || 'Not recorded' },
        { label: 'Participating organisations', value: listOrNone(overview.participatingOrganisations) },
        { label: 'Point of contact', value: overview.pointOfContact || 'Not recorded' },
        {
          label: 'ATLAS techniques',
          value: listOrNone(
            overview.atlasTechniques.map((id) => {
              const name = (ATLAS_TECHNIQUES as Readonly<Record<string, string>>)[id];
              return name === undefined ? id : `${id} ${name}`;
            }),
          ),
        },
        {
          label: 'Regulatory clocks expected',
          value: listOrNone(overview.expectedRegimes.map((regime) => REGULATORY_RULES[regime].name)),
        },
        {
          label: 'Practice incident',
          value: exercise.practiceIncident
            ? `${exercise.practiceIncident.ref}${exercise.practiceIncident.runbookTitle ? ` with runbook “${exercise.practiceIncident.runbookTitle}”` : ''}`
            : 'None',
        },
      ],
    },
  ];
}

function analysisBlocks(source: ExerciseReportSource): ReportBlock[] {
  const body = source.exercise.scenario.body;
  const table = objectiveCapabilityTable(body, source.evaluation);
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'Analysis of capabilities' },
    {
      kind: 'paragraph',
      text: 'Table 1 rates each capability an objective maps to. A capability is rated by the evaluators; where they have not, the most challenged of its target ratings is shown.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Objective', width: 4 },
        { header: 'Capability', width: 2.2 },
        ...HSEEP_RATINGS.map((rating) => ({ header: rating, width: 0.5 })),
      ],
      rows: table.map((row) => [
        row.objective,
        EXERCISE_CAPABILITY_LABELS[row.capability],
        ...HSEEP_RATINGS.map((rating) => (row.rating === rating ? 'X' : '')),
      ]),
      empty: 'The scenario has no objectives.',
    },
    { kind: 'subheading', text: 'Ratings definitions' },
    {
      kind: 'fields',
      fields: HSEEP_RATINGS.map((rating) => ({
        label: `${rating}: ${HSEEP_RATING_LABELS[rating]}`,
        value: HSEEP_RATING_DEFINITIONS[rating],
      })),
    },
  ];
  const injects = injectsInOrder(body);
  for (const rollup of capabilityRollups(body, source.evaluation)) {
    const capabilityNote = source.evaluation.capabilities[rollup.capability]?.note;
    blocks.push(
      { kind: 'subheading', text: EXERCISE_CAPABILITY_LABELS[rollup.capability] },
      {
        kind: 'table',
        columns: [
          { header: 'Capability target', width: 4 },
          { header: 'Rating', width: 0.8 },
          { header: 'Observation notes', width: 3 },
        ],
        rows: body.capabilityTargets
          .filter((target) => target.capability === rollup.capability)
          .map((target) => {
            const rated = source.evaluation.targets[target.id];
            return [target.target, rated?.rating ?? 'Not rated', rated?.note || '—'];
          }),
        empty: 'No capability target for this capability.',
      },
      {
        kind: 'paragraph',
        text: `Capability rating: ${rollup.rating ? `${rollup.rating} (${HSEEP_RATING_LABELS[rollup.rating]})` : 'not rated'}${rollup.suggested ? `; targets suggest ${rollup.suggested}` : ''}.${capabilityNote ? ` ${capabilityNote}` : ''}`,
      },
    );
    const actions = injects.flatMap((inject) =>
      inject.expectedActions
        .filter((action) => action.capability === rollup.capability)
        .map((action) => {
          const assessed = source.evaluation.actions[actionKey(inject.id, action.id)];
          return [
            `${inject.sequence}`,
            action.text,
            assessed ? ACTION_RESULT_LABELS[assessed.result] : 'Not assessed',
            assessed?.note || '—',
          ];
        }),
    );
    if (actions.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          { header: 'Inject', width: 0.6 },
          { header: 'Expected action', width: 4 },
          { header: 'Result', width: 1.2 },
          { header: 'Note', width: 2.4 },
        ],
        rows: actions,
        empty: '',
      });
    }
  }
  return blocks;
}

function findingsBlocks(source: ExerciseReportSource): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Strengths and areas for improvement' }];
  source.exercise.scenario.body.objectives.forEach((objective, index) => {
    const findings = source.evaluation.objectives[objective.id];
    blocks.push(
      { kind: 'subheading', text: `Objective ${index + 1}: ${objective.text}` },
      {
        kind: 'paragraph',
        text: findings?.observations ? `Observations: ${findings.observations}` : 'No observations were recorded.',
        ...(findings?.observations ? {} : { tone: 'muted' as const }),
      },
      {
        kind: 'paragraph',
        text:
          findings && findings.strengths.length > 0
            ? `Strengths:\n${findings.strengths.map((strength) => `• ${strength}`).join('\n')}`
            : 'No strength was recorded.',
      },
      {
        kind: 'table',
        columns: [
          { header: 'Capability', width: 1.6 },
          { header: 'Area for improvement', width: 3 },
          { header: 'Analysis (root cause)', width: 3.4 },
        ],
        rows: (findings?.areasForImprovement ?? []).map((area) => [
          EXERCISE_CAPABILITY_LABELS[area.capability],
          area.issue,
          area.rootCause,
        ]),
        empty: 'No area for improvement was recorded for this objective.',
      },
    );
  });
  return blocks;
}

interface TimelineRow {
  readonly at: string;
  readonly scenarioMs: number;
  readonly kind: string;
  readonly text: string;
}

/** Injects released or skipped and the scribe's entries, in wall-time order, with the scenario time of each. */
function timelineRows(source: ExerciseReportSource): TimelineRow[] {
  const clockEvents = source.events.filter(isClockEvent);
  const scenarioAt = (iso: string) => scenarioClockAt(clockEvents, Date.parse(iso)).scenarioMs;
  const injects = new Map(injectsInOrder(source.exercise.scenario.body).map((inject) => [inject.id, inject]));
  const rows: TimelineRow[] = [];
  for (const event of source.events) {
    if (event.kind === 'release' || event.kind === 'skip') {
      const inject = injects.get(event.injectId);
      rows.push({
        at: event.at,
        scenarioMs: scenarioAt(event.at),
        kind: event.kind === 'release' ? 'Inject released' : 'Inject skipped',
        text: `${inject?.sequence ?? '?'}. ${inject?.title ?? event.injectId}${event.kind === 'skip' && event.reason ? ` (${event.reason})` : ''}`,
      });
    } else if (event.kind !== 'retime') {
      rows.push({ at: event.at, scenarioMs: scenarioAt(event.at), kind: 'Clock', text: `Clock ${event.kind}` });
    }
  }
  for (const entry of source.log) {
    if (entry.deletedAt !== null || !('text' in entry)) continue;
    rows.push({
      at: entry.occurredAt,
      scenarioMs: scenarioAt(entry.occurredAt),
      kind: ENTRY_KIND_LABELS[entry.kind],
      text: entry.text,
    });
  }
  return rows.toSorted((a, b) => a.at.localeCompare(b.at));
}

const BUCKETS = [5, 10, 15, 30, 60, 120, 240, 720, 1440];

/** Injects released and decisions and actions logged per scenario-time interval, at most 12 intervals. */
export function injectDecisionChart(rows: readonly TimelineRow[], lastMinute: number): ReportChart {
  const span = Math.max(lastMinute, ...rows.map((row) => row.scenarioMs / 60_000), 1);
  const size = BUCKETS.find((minutes) => span / minutes <= 12) ?? Math.ceil(span / 12);
  const count = Math.max(1, Math.ceil((span + 0.001) / size));
  const series = (name: string, test: (row: TimelineRow) => boolean) => ({
    name,
    points: Array.from({ length: count }, (_, index) => ({
      x: formatScenarioOffset(index * size),
      y: rows.filter((row) => test(row) && Math.min(count - 1, Math.floor(row.scenarioMs / 60_000 / size)) === index)
        .length,
    })),
  });
  return {
    kind: 'chart',
    chart: 'bar',
    title: `Injects and decisions per ${size} minutes of scenario time`,
    xLabel: 'Scenario time (start of interval)',
    yLabel: 'Count',
    series: [
      series('Injects released', (row) => row.kind === 'Inject released'),
      series('Decisions', (row) => row.kind === ENTRY_KIND_LABELS.decision),
      series('Actions', (row) => row.kind === ENTRY_KIND_LABELS.action),
    ],
  };
}

function timelineBlocks(source: ExerciseReportSource): ReportBlock[] {
  const rows = timelineRows(source);
  const lastOffset = Math.max(
    0,
    ...injectsInOrder(source.exercise.scenario.body).map((inject) => inject.offsetMinutes),
  );
  return [
    { kind: 'heading', text: 'Inject and decision timeline' },
    injectDecisionChart(rows, lastOffset),
    {
      kind: 'table',
      columns: [
        { header: 'Scenario time', width: 1.2 },
        { header: 'Wall time', width: 1.6 },
        { header: 'What', width: 1.3 },
        { header: 'Detail', width: 4.5 },
      ],
      rows: rows.map((row) => [formatScenarioTime(row.scenarioMs), reportTime(row.at), row.kind, row.text]),
      empty: 'Nothing was released or logged.',
    },
  ];
}

function feedbackBlocks(feedback: readonly ExerciseFeedback[]): ReportBlock[] {
  const summary = feedbackSummary(feedback);
  return [
    { kind: 'heading', text: 'Participant feedback summary' },
    {
      kind: 'paragraph',
      text: `${summary.responses} participant feedback form${summary.responses === 1 ? ' was' : 's were'} returned. Agreement from 1 (strongly disagree) to 5 (strongly agree).`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Statement', width: 5 },
        { header: 'Mean', width: 0.7 },
        { header: '1 / 2 / 3 / 4 / 5', width: 1.6 },
      ],
      rows: summary.statements.map((statement) => [
        statement.statement,
        statement.mean === null ? '—' : statement.mean.toFixed(1),
        statement.distribution.join(' / '),
      ]),
      empty: '',
    },
    {
      kind: 'paragraph',
      text:
        summary.strengths.length > 0
          ? `Strengths participants named:\n${summary.strengths.map((text) => `• ${text}`).join('\n')}`
          : 'Participants named no strengths.',
    },
    {
      kind: 'paragraph',
      text:
        summary.areasForImprovement.length > 0
          ? `Areas for improvement participants named:\n${summary.areasForImprovement.map((text) => `• ${text}`).join('\n')}`
          : 'Participants named no areas for improvement.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Corrective action proposed', width: 5 },
        { header: 'Priority', width: 1 },
        { header: 'Forms', width: 0.8 },
      ],
      rows: summary.correctiveActions.map((action) => [
        action.text,
        PRIORITY_LABELS[action.priority],
        `${action.count}`,
      ]),
      empty: 'No corrective action was proposed on the forms.',
    },
  ];
}

function improvementPlanBlocks(items: readonly ImprovementItem[]): ReportBlock[] {
  return [
    { kind: 'heading', text: 'Appendix A: Improvement plan' },
    {
      kind: 'table',
      columns: [
        { header: 'Capability', width: 1.3 },
        { header: 'Issue / area for improvement', width: 2.2 },
        { header: 'Corrective action', width: 2.2 },
        { header: 'Capability element', width: 1.2 },
        { header: 'Primary responsible organisation', width: 1.4 },
        { header: 'Organisation POC', width: 1.2 },
        { header: 'Start date', width: 1 },
        { header: 'Completion date', width: 1.1 },
      ],
      rows: items.map((item) => [
        EXERCISE_CAPABILITY_LABELS[item.capability],
        item.issue,
        `${item.correctiveAction} (${IMPROVEMENT_STATUS_LABELS[item.status].toLowerCase()}, owner ${item.owner.name}${item.runbookDraft ? `; runbook draft “${item.runbookDraft.title}” v${item.runbookDraft.version}` : ''})`,
        CAPABILITY_ELEMENT_LABELS[item.element],
        item.responsibleOrganisation,
        item.pointOfContact,
        item.startDate,
        item.completionDate,
      ]),
      empty: 'No corrective action has been planned yet.',
    },
  ];
}

function participantBlocks(exercise: Exercise): ReportBlock[] {
  const rows = [
    [exercise.facilitator.name, 'Facilitator'],
    ...exercise.evaluators.map((person) => [person.name, 'Evaluator']),
    ...exercise.participants.map((person) => [person.name, 'Player']),
  ];
  return [
    { kind: 'heading', text: 'Appendix B: Exercise participants' },
    {
      kind: 'table',
      columns: [
        { header: 'Name', width: 3 },
        { header: 'Role', width: 2 },
      ],
      rows,
      empty: 'No participant was recorded.',
    },
  ];
}

export function buildAfterActionReport(source: ExerciseReportSource): ReportDocument {
  const { exercise } = source;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: EXERCISE_WARNING, tone: 'warning' },
    ...overviewBlocks(source),
    ...analysisBlocks(source),
    ...findingsBlocks(source),
    ...timelineBlocks(source),
    ...feedbackBlocks(source.feedback),
    ...improvementPlanBlocks(source.improvements),
    ...participantBlocks(exercise),
    ...integrityBlocks(source),
  ];
  return {
    type: AFTER_ACTION_REPORT,
    kind: 'After-action report and improvement plan',
    title: exercise.title,
    subject: source.subject,
    layout: { coverPageBreak: true },
    banner: `EXERCISE · ${exercise.scenario.body.overview.name}`,
    cover: [
      { label: 'Exercise', value: `${exercise.ref} — EXERCISE` },
      { label: 'Scenario', value: `${exercise.scenario.body.overview.name} (version ${exercise.scenario.version})` },
      { label: 'Planned for', value: reportTime(exercise.plannedAt) },
      { label: 'Facilitator', value: exercise.facilitator.name },
      { label: 'Evaluators', value: listOrNone(exercise.evaluators.map((person) => person.name)) },
      { label: 'Participants', value: `${exercise.participants.length}` },
    ],
    blocks,
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    signerFingerprint: source.signerFingerprint,
    manifest: manifestFor(source, AFTER_ACTION_REPORT, []),
  };
}
