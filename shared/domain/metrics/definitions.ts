/**
 * The incident metrics, as data: what each measures, from which recorded time to which, and the words shown beside
 * it on the dashboard and in the metrics report. Every duration is computed from explicitly recorded times — the
 * incident's own fields (`detectedAt`, `declaredAt`, `phaseEnteredAt.closed`) and its milestones (`milestones.ts`:
 * impact started, first response, contained, recovered) — never inferred from phase changes. An incident without
 * one of the two times, or with them out of order, is left out of that metric and counted as left out.
 */
import type { Incident } from '../incidents/incident';

export const METRIC_IDS = ['detect', 'acknowledge', 'contain', 'recover', 'close'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  readonly id: MetricId;
  /** The metric's name on screen and in reports: "Time to detect". */
  readonly label: string;
  /** The written definition shown beside it. */
  readonly definition: string;
  /** The start and end as the definition names them, for tables ("Impact started → Detected"). */
  readonly span: string;
  readonly from: (incident: Incident) => string | undefined;
  readonly to: (incident: Incident) => string | undefined;
}

/**
 * When the incident was closed, if it is closed now. A reopened incident that is not closed again is still open: its
 * old closing time does not count. Closed again, the latest closing counts (`phaseEnteredAt` keeps the latest entry).
 */
export function closedAt(incident: Pick<Incident, 'phase' | 'phaseEnteredAt'>): string | undefined {
  return incident.phase === 'closed' ? incident.phaseEnteredAt.closed : undefined;
}

export const METRIC_DEFINITIONS: Readonly<Record<MetricId, MetricDefinition>> = {
  detect: {
    id: 'detect',
    label: 'Time to detect',
    span: 'Impact started → Detected',
    definition:
      'From the recorded "Impact started" milestone to the incident’s detection time. Incidents without an ' +
      '"Impact started" milestone, or detected before the recorded impact start, are left out.',
    from: (incident) => incident.milestones.impactStarted?.at,
    to: (incident) => incident.detectedAt,
  },
  acknowledge: {
    id: 'acknowledge',
    label: 'Time to acknowledge',
    span: 'Detected → First response',
    definition:
      'From the detection time to the recorded "First response" milestone (the first action a responder took on ' +
      'the incident, which may come before it was declared). Incidents without a first response, or with one ' +
      'recorded before detection, are left out.',
    from: (incident) => incident.detectedAt,
    to: (incident) => incident.milestones.acknowledged?.at,
  },
  contain: {
    id: 'contain',
    label: 'Time to contain',
    span: 'Detected → Contained',
    definition:
      'From the detection time to the recorded "Contained" milestone. Incidents not yet recorded as contained, or ' +
      'contained before detection, are left out.',
    from: (incident) => incident.detectedAt,
    to: (incident) => incident.milestones.contained?.at,
  },
  recover: {
    id: 'recover',
    label: 'Time to recover',
    span: 'Detected → Recovered',
    definition:
      'From the detection time to the recorded "Recovered" milestone (normal service restored). Incidents not yet ' +
      'recorded as recovered, or recovered before detection, are left out.',
    from: (incident) => incident.detectedAt,
    to: (incident) => incident.milestones.recovered?.at,
  },
  close: {
    id: 'close',
    label: 'Time to close',
    span: 'Declared → Closed',
    definition:
      'From the declaration to the moment the incident entered the closed phase. Only incidents closed now count: ' +
      'a reopened incident is left out until it is closed again, and then its latest closing counts.',
    from: (incident) => incident.declaredAt,
    to: closedAt,
  },
};

/** How the statistics are computed, printed once beside the tables. */
export const STATISTICS_DEFINITION =
  'Median and 85th percentile of the durations of the incidents counted, by linear interpolation between the two ' +
  'nearest ranks (the median of an even count is the mean of the middle two). Practice incidents of tabletop ' +
  'exercises and deleted incidents are never counted. "Left out" is the number of incidents in the group missing ' +
  'one of the metric’s two times (or with them out of order).';

/** The duration of one metric for one incident in milliseconds, or undefined when it is left out. */
export function metricDuration(definition: MetricDefinition, incident: Incident): number | undefined {
  const from = definition.from(incident);
  const to = definition.to(incident);
  if (from === undefined || to === undefined) return undefined;
  const duration = Date.parse(to) - Date.parse(from);
  return Number.isFinite(duration) && duration >= 0 ? duration : undefined;
}
