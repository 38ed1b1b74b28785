/**
 * What a site chooses about live sync, beside the server settings the host seals: whether it is paused, what this
 * installation sends (everything, or chosen incidents and runbooks with what belongs to them), and whether the
 * practice incidents of tabletop exercises go to the server at all (off unless the facilitator turns it on: a
 * rehearsal is nobody else's business until its facilitator says so). `sendsRecord` is the one rule the push applies.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';

export const liveSyncPreferencesSchema = z
  .object({
    paused: z.boolean(),
    scope: z.enum(['everything', 'chosen']),
    /** With `chosen`: the incidents sent (with their timeline, checklist and regulatory profile). */
    incidentIds: z.array(uuidV7Schema).max(10_000),
    /** With `chosen`: the runbook lineages sent (every version of each). */
    runbookLineageIds: z.array(uuidV7Schema).max(10_000),
    /** Whether exercises' practice incidents (and what belongs to them) are sent. */
    exercises: z.boolean(),
  })
  .strict();
export type LiveSyncPreferences = z.infer<typeof liveSyncPreferencesSchema>;

export const DEFAULT_LIVE_SYNC_PREFERENCES: LiveSyncPreferences = {
  paused: false,
  scope: 'everything',
  incidentIds: [],
  runbookLineageIds: [],
  exercises: false,
};

/** The meta key the preferences rest under, and the audit subject of their changes. */
export const LIVE_SYNC_PREFERENCES_KEY = 'couchPreferences';

/** The incident a record belongs to, if it belongs to one. */
function incidentIdOf(entity: string, record: Readonly<Record<string, unknown>>): string | undefined {
  if (entity === 'incident') return typeof record.id === 'string' ? record.id : undefined;
  if (entity === 'checklistStep') return typeof record.incidentId === 'string' ? record.incidentId : undefined;
  if (entity === 'timeline' || entity === 'regulatoryProfile') {
    const subject = record.subject as { kind?: unknown; id?: unknown } | undefined;
    return subject?.kind === 'incident' && typeof subject.id === 'string' ? subject.id : undefined;
  }
  return undefined;
}

/**
 * Whether this installation sends a record to the server. `incidentOf` reads the incident a record belongs to (to
 * know whether it is a practice incident); people are always sent (every record names its author).
 */
export async function sendsRecord(
  preferences: LiveSyncPreferences,
  entity: string,
  record: Readonly<Record<string, unknown>>,
  incidentOf: (id: string) => Promise<{ readonly exercise?: unknown } | undefined>,
): Promise<boolean> {
  if (entity === 'runbook')
    return preferences.scope === 'everything' || preferences.runbookLineageIds.includes(String(record.lineageId));
  const incidentId = incidentIdOf(entity, record);
  if (incidentId === undefined) return entity === 'person' || preferences.scope === 'everything';
  if (preferences.scope === 'chosen' && !preferences.incidentIds.includes(incidentId)) return false;
  if (preferences.exercises) return true;
  const incident = entity === 'incident' ? record : await incidentOf(incidentId);
  return incident?.exercise === undefined || incident.exercise === null;
}
