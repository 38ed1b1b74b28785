/**
 * Version 3: runbooks (every version of every runbook), checklist steps (one row per step per incident), the people
 * directory and the escalation matrix get their own tables. Existing rows are not touched. Built-in runbooks and the
 * default escalation matrix live in code until first used or edited, so fresh and upgraded databases behave alike
 * and nothing is written here but the audit entry that records the upgrade.
 */
import type { Transaction } from 'dexie';
import { hashValue } from '../../../../shared/domain/hash';
import { nowIso } from '../../../../shared/domain/time';
import { appendAuditEntries } from '../../auditTrail';

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await appendAuditEntries(tx.table('auditLog'), tx.table('meta'), [
    {
      at: nowIso(),
      actor: 'Firebreak',
      entity: 'database',
      entityId: 'version-3',
      op: 'migrate',
      valueHash: hashValue({
        version: 3,
        change: 'adds runbooks, checklistSteps, people and escalationMatrix tables',
      }),
    },
  ]);
}
