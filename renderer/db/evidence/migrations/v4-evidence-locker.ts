/**
 * Version 4: the evidence locker. Adds evidence items, content addressed by SHA-256 with its chunk rows, the intake
 * register (chunks of an intake still in progress, so a crashed one can be cleaned up) and custody events. No
 * existing row changes; the upgrade only records itself in the audit log.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';

/** An intake in progress: its chunk rows (`chunksId` = `intakeId`) are not content until the item is committed. */
export interface EvidenceIntakeRow {
  intakeId: string;
  startedAt: string;
  fileName: string;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-4',
      op: 'migrate',
      valueHash: hashValue({ version: 4, change: 'evidence locker tables added' }),
    },
  ]);
}
