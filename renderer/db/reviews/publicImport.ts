/**
 * Imports AIID submissions and AVID reports as new incidents: the file is read through the published shapes and the
 * incident draft schema (`fromPublic.ts`), then every incident is declared in one transaction through the incidents
 * capability's own declaring path, with a note on its timeline saying where it came from. Any refusal writes nothing.
 */
import { parsePublicIncidentFile } from '../../../shared/domain/reviews/exports/fromPublic';
import { nowIso } from '../../../shared/domain/time';
import type { FirebreakDatabase } from '../database';
import { seedIncidents } from '../incidents/incidents';
import type { Actor } from '../write';

export async function importPublicIncidents(db: FirebreakDatabase, actor: Actor, text: string): Promise<number> {
  const incidents = parsePublicIncidentFile(text);
  const now = nowIso();
  return seedIncidents(
    db,
    actor,
    incidents.map(({ draft, note }) => ({
      draft,
      declaredAt: now,
      entries: [{ kind: 'note', text: note, occurredAt: now }],
    })),
    { batchSize: incidents.length },
  );
}
