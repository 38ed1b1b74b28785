/** The declare/edit form's values (the incident draft's input shape) and how to start them: empty, or from a record. */
import { type Incident, type IncidentDraft, type IncidentDraftInput } from '../../../shared/domain/incidents/incident';
import type { UseFormReturn } from 'react-hook-form';
import { nowIso } from '../../../shared/domain/time';

export type IncidentFormValues = IncidentDraftInput;
export type IncidentFormApi = UseFormReturn<IncidentFormValues, unknown, IncidentDraft>;

/** A new declaration: detected and aware now, nothing chosen yet (severity is a conscious choice). */
export function emptyIncidentValues(now: number = Date.now()): Partial<IncidentFormValues> {
  const at = nowIso(() => now);
  return {
    title: '',
    summary: '',
    types: [],
    atlasTechniques: [],
    detectedAt: at,
    awareAt: at,
    affectedSystems: [],
    impactFlags: [],
    jurisdictions: [],
    reporter: { confidential: false, name: '', contact: '' },
  };
}

/** The editable fields of a stored incident, as form values. */
export function incidentValues(incident: Incident): IncidentFormValues {
  return {
    title: incident.title,
    summary: incident.summary,
    types: [...incident.types],
    atlasTechniques: [...incident.atlasTechniques],
    severity: incident.severity,
    detectedAt: incident.detectedAt,
    awareAt: incident.awareAt,
    affectedSystems: incident.affectedSystems.map((system) => ({ ...system })),
    impactFlags: [...incident.impactFlags],
    jurisdictions: [...incident.jurisdictions],
    reporter: { ...incident.reporter },
  };
}
