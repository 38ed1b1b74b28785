/**
 * The quarantine list's two decisions. Releasing judges a quarantined revision again through the pull's own path
 * (`receiveRevisions`: fetched from the server, shape, signature and signer checked, applied in one write
 * transaction with its audit entry) — so it is applied only once its signer is trusted; still refused, it stays in
 * the list with the reason now. Discarding removes it from the list (it is never applied); both are audited.
 */
import { refuseIf } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { writeTransaction, type Actor } from '../write';
import { receiveRevisions, type LiveSyncContext, type PullResult } from './pull';
import type { QuarantinedRevision } from './storage';

/** Every quarantined revision, newest first. */
export async function quarantinedRevisions(db: FirebreakDatabase): Promise<QuarantinedRevision[]> {
  return db.couchQuarantine.orderBy('receivedAt').reverse().toArray();
}

export async function discardQuarantined(db: FirebreakDatabase, actor: Actor, key: string): Promise<void> {
  await writeTransaction(db, actor, async (writer) => {
    const row = await db.couchQuarantine.get(key);
    refuseIf(row === undefined ? 'This revision is no longer in quarantine.' : undefined);
    await db.couchQuarantine.delete(key);
    writer.note('couchQuarantine', key, 'delete', { discarded: key, reason: row!.reason });
  });
}

/**
 * Judges the quarantined revisions `keys` again (after their signer was trusted); returns what happened to them.
 * Those applied leave the list in the same transaction that applies them; the release itself is audited.
 */
export async function releaseQuarantined(ctx: LiveSyncContext, keys: readonly string[]): Promise<PullResult> {
  const { db } = ctx;
  const rows = (await db.couchQuarantine.bulkGet([...keys])).filter(
    (row): row is QuarantinedRevision => row !== undefined,
  );
  refuseIf(rows.length === 0 ? 'These revisions are no longer in quarantine.' : undefined);
  const result = await receiveRevisions(
    ctx,
    rows.map((row) => ({ id: row.docId, rev: row.rev })),
  );
  await writeTransaction(db, ctx.actor, async (writer) => {
    for (const row of rows)
      writer.note('couchQuarantine', row.key, 'update', {
        released: row.key,
        applied: (await db.couchQuarantine.get(row.key)) === undefined,
      });
  });
  return result;
}
