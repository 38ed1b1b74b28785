/**
 * Reads what the standard exports are made from, in one read transaction: the chosen incidents, their reviews and
 * their evidence items' references (name, media type, SHA-256 and legal hold — never content), and, for the register
 * CSV, every live incident with its review and action-item counts.
 */
import type { Incident } from '../../../shared/domain/incidents/incident';
import { isOverdue } from '../../../shared/domain/reviews/actionItem';
import type { ExportSource } from '../../../shared/domain/reviews/exports/exportSource';
import type { RegisterCsvRow } from '../../../shared/domain/reviews/exports/registerCsv';
import type { FirebreakDatabase } from '../database';
import { liveEvidenceOfSubject } from '../evidence/queries';
import { liveIncident } from '../incidents/queries';
import { liveReviewOfIncident, liveReviewsByIncident } from './queries';

export async function loadExportSources(
  db: FirebreakDatabase,
  incidentIds: readonly string[],
): Promise<ExportSource[]> {
  return db.transaction('r', [db.incidents, db.reviews, db.evidence], async () => {
    const sources: ExportSource[] = [];
    for (const id of incidentIds) {
      const incident = await liveIncident(db, id);
      if (!incident) continue;
      const evidence = await liveEvidenceOfSubject(db, id);
      sources.push({
        incident,
        review: await liveReviewOfIncident(db, id),
        evidence: evidence.map((item) => ({
          name: item.name,
          mediaType: item.mediaType,
          sha256: item.sha256,
          onHold: item.hold !== null,
        })),
      });
    }
    return sources;
  });
}

/** Every live incident, newest declaration first, with its review and action-item counts as of `today`. */
export async function loadRegisterRows(db: FirebreakDatabase, today: string): Promise<RegisterCsvRow[]> {
  return db.transaction('r', [db.incidents, db.reviews, db.actionItems], async () => {
    const incidents: Incident[] = (await db.incidents.toArray()).filter((incident) => incident.deletedAt === null);
    const reviews = await liveReviewsByIncident(db);
    const open = new Map<string, number>();
    const overdue = new Map<string, number>();
    for (const item of await db.actionItems.toArray()) {
      if (item.deletedAt !== null || item.status === 'done') continue;
      open.set(item.incidentId, (open.get(item.incidentId) ?? 0) + 1);
      if (isOverdue(item, today)) overdue.set(item.incidentId, (overdue.get(item.incidentId) ?? 0) + 1);
    }
    return incidents
      .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt) || b.ref.localeCompare(a.ref))
      .map((incident) => ({
        incident,
        review: reviews.get(incident.id),
        openActions: open.get(incident.id) ?? 0,
        overdueActions: overdue.get(incident.id) ?? 0,
      }));
  });
}
