/**
 * The slim per-incident facts metrics are computed from: one row per live, real (non-exercise) incident with its
 * grouping keys and the duration of each metric, and one row per checklist step with its due time. The data layer
 * keeps them in the metrics projection tables beside every write (`renderer/db/metrics/`), so the dashboard reads a
 * few dozen bytes per incident instead of whole records.
 */
import type { Incident } from '../incidents/incident';
import type { IncidentType, Severity } from '../incidents/taxonomy';
import type { ChecklistStep } from '../runbooks/checklist';
import { isResolved } from '../runbooks/checklist';
import { METRIC_DEFINITIONS, metricDuration, type MetricId } from './definitions';

/** Each metric's duration in milliseconds, or null when the incident is left out of it. */
export type MetricDurations = Readonly<Record<MetricId, number | null>>;

export interface IncidentMetricsFact extends MetricDurations {
  readonly id: string;
  /** Declaration time in epoch milliseconds: the period filter and the month an incident counts in. */
  readonly declaredAt: number;
  readonly severity: Severity;
  readonly types: readonly IncidentType[];
  readonly atlas: readonly string[];
  /** The affected AI systems' model names, each once. */
  readonly systems: readonly string[];
}

/**
 * A chart fact of another capability's record, linked to the incident it is about: the few fields a dashboard chart
 * reads of a review, an action item or a regulatory profile, kept in that capability's projection table beside every
 * write. The dashboard counts it when its incident is counted.
 */
export interface LinkedFact {
  readonly id: string;
  readonly incidentId: string;
}

export interface StepMetricsFact {
  readonly id: string;
  readonly incidentId: string;
  readonly phase: ChecklistStep['phase'];
  readonly dueAt: number;
  readonly resolved: boolean;
}

/** The metrics row of an incident, or undefined when it is never counted (deleted, or a practice incident). */
export function incidentMetricsFact(incident: Incident): IncidentMetricsFact | undefined {
  if (incident.deletedAt !== null || incident.exercise !== null) return undefined;
  const duration = (id: MetricId) => metricDuration(METRIC_DEFINITIONS[id], incident) ?? null;
  return {
    id: incident.id,
    declaredAt: Date.parse(incident.declaredAt),
    severity: incident.severity,
    types: incident.types,
    atlas: [...new Set(incident.atlasTechniques)],
    systems: [...new Set(incident.affectedSystems.map((system) => system.model))],
    detect: duration('detect'),
    acknowledge: duration('acknowledge'),
    contain: duration('contain'),
    recover: duration('recover'),
    close: duration('close'),
  };
}

/** The metrics row of a checklist step, or undefined for a deleted one. */
export function stepMetricsFact(step: ChecklistStep): StepMetricsFact | undefined {
  if (step.deletedAt !== null) return undefined;
  return {
    id: step.id,
    incidentId: step.incidentId,
    phase: step.phase,
    dueAt: Date.parse(step.dueAt),
    resolved: isResolved(step.state),
  };
}
