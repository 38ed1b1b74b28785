/**
 * Re-verification: the verify worker re-hashes an item's stored chunks; the result goes into the item and its
 * custody log (allowed in legal review mode). "Verify all" runs items one after another with overall progress.
 */
import { recordVerification } from '../../db/evidence/evidence';
import type { FirebreakDatabase } from '../../db/database';
import type { Actor } from '../../db/write';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { ExplainedError } from '../../../shared/errors';
import { runInWorker } from '../../workers/protocol';
import { verifyProtocol } from './workerMessages';

/** Re-hashes one item's stored bytes and records the result; resolves to the updated item. */
export async function verifyEvidenceItem(
  db: FirebreakDatabase,
  actor: Actor,
  item: EvidenceItem,
  onProgress: (bytesDone: number) => void = () => undefined,
): Promise<EvidenceItem> {
  const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
  const outcome = await runInWorker(
    worker,
    verifyProtocol,
    { sha256: item.sha256, dbName: db.name },
    { onProgress: ({ bytesDone }) => onProgress(bytesDone) },
  );
  if (!outcome.ok) throw new ExplainedError(outcome.message);
  return recordVerification(db, actor, item.id, outcome.result);
}

export interface VerifyAllResult {
  readonly intact: number;
  readonly mismatched: readonly EvidenceItem[];
}

export async function verifyAllEvidence(
  db: FirebreakDatabase,
  actor: Actor,
  items: readonly EvidenceItem[],
  onProgress: (bytesDone: number, total: number) => void,
): Promise<VerifyAllResult> {
  const total = items.reduce((sum, item) => sum + item.size, 0);
  let before = 0;
  let intact = 0;
  const mismatched: EvidenceItem[] = [];
  for (const item of items) {
    const result = await verifyEvidenceItem(db, actor, item, (done) => onProgress(before + done, total));
    before += item.size;
    onProgress(before, total);
    if (result.verification.state === 'intact') intact++;
    else mismatched.push(result);
  }
  return { intact, mismatched };
}
