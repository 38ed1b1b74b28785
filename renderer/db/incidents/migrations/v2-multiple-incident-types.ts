/**
 * Version 2: an incident may have several AI incident types (a jailbreak that leaks training data is both), and
 * carries the MITRE ATLAS techniques involved. Version 1 stored a single `type`; this upgrade turns it into `types`,
 * adds an empty `atlasTechniques`, drops `type`, and records the upgrade in the audit log. Other fields, known or
 * not, are kept as they were.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';

export async function upgradeToV2(tx: Transaction): Promise<void> {
  let changed = 0;
  await tx
    .table('incidents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const { type, ...rest } = row;
      if (!Array.isArray(rest['types'])) rest['types'] = typeof type === 'string' ? [type] : [];
      if (!Array.isArray(rest['atlasTechniques'])) rest['atlasTechniques'] = [];
      for (const key of Object.keys(row)) delete row[key];
      Object.assign(row, rest);
      changed++;
    });
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-2',
      op: 'migrate',
      valueHash: hashValue({ version: 2, change: 'incident type becomes types', incidents: changed }),
    },
  ]);
}
