/** Version 5 for evidence: items name their subject instead of `incidentId` (see `db/migrations/v5-subjects.ts`). */
import type { Transaction } from 'dexie';
import { rewriteIncidentIdToSubject } from '../../migrations/v5-subjects';

export async function upgradeEvidenceToV5(tx: Transaction): Promise<void> {
  await rewriteIncidentIdToSubject(tx, 'evidence', 'evidence');
}
