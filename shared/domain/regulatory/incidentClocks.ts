/**
 * The regulatory clocks of an incident as the incident page shows them: computed from its profile and awareness
 * time, and none at all for a practice incident of an exercise (exercise data never runs a real deadline).
 */
import { isExercise } from '../exercises/practice';
import type { Incident } from '../incidents/incident';
import { computeRegulatoryClocks } from './clockEngine';
import { clockInputOf, type RegulatoryProfile } from './regulatoryProfile';

export function incidentRegulatoryClocks(
  incident: Pick<Incident, 'awareAt' | 'exercise'>,
  profile: RegulatoryProfile | null | undefined,
): ReturnType<typeof computeRegulatoryClocks> {
  if (isExercise(incident) || !profile) return [];
  const input = clockInputOf(profile, incident.awareAt);
  return input ? computeRegulatoryClocks(input) : [];
}
