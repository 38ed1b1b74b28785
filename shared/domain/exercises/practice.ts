/**
 * Practice incidents: an incident an exercise created for its players is marked with the exercise (`exercise` on the
 * incident record). Exercise data never counts as real: metrics, regulatory clocks and escalations ask `isExercise`
 * and leave practice incidents out, and every screen and report of one says EXERCISE.
 */
import type { Incident, IncidentDraftInput } from '../incidents/incident';
import { INCIDENT_TYPE_INFO, INCIDENT_TYPES, type IncidentType } from '../incidents/taxonomy';
import type { Exercise } from './exercise';

export function isExercise(incident: Pick<Incident, 'exercise'>): boolean {
  return incident.exercise !== null && incident.exercise !== undefined;
}

/** The words every screen and report of a practice incident carries. */
export const EXERCISE_MARKING = 'EXERCISE — practice incident, not a real event';

/** The incident types whose ATLAS techniques the scenario names (at least one: misuse or abuse when none match). */
export function practiceIncidentTypes(atlasTechniques: readonly string[]): IncidentType[] {
  const wanted = new Set(atlasTechniques);
  const types = INCIDENT_TYPES.filter((type) =>
    INCIDENT_TYPE_INFO[type].atlas.some((technique) => wanted.has(technique)),
  );
  return types.length > 0 ? types : ['misuse-abuse'];
}

/** The draft of the practice incident an exercise gives its players: the scenario's threat, now, marked EXERCISE. */
export function practiceIncidentDraft(exercise: Pick<Exercise, 'ref' | 'scenario'>, now: string): IncidentDraftInput {
  const { overview } = exercise.scenario.body;
  return {
    title: `EXERCISE ${exercise.ref}: ${overview.name}`.slice(0, 200),
    summary: `Practice incident of exercise ${exercise.ref}. ${overview.threat}`.slice(0, 20_000),
    types: practiceIncidentTypes(overview.atlasTechniques),
    atlasTechniques: [...overview.atlasTechniques],
    severity: 'SEV2',
    detectedAt: now,
    awareAt: now,
    affectedSystems: [],
    impactFlags: [],
    jurisdictions: [],
    reporter: { confidential: false, name: '', contact: '' },
  };
}
