import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLogRows } from '../../../../shared/domain/auditLog/view';
import {
  checkStoredAuditChain,
  readAuditEntriesAfter,
  type ChainCheckProgress,
} from '../../../../renderer/db/auditLog/queries';
import { readAuditHead } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { changePhase, declareIncident } from '../../../../renderer/db/incidents/incidents';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
afterEach(async () => {
  await db?.delete();
});

async function workedIncident(): Promise<{ database: FirebreakDatabase; incidentId: string }> {
  const database = freshDatabase();
  const incident = await declareIncident(database, testActor, promptInjectionDraft(), declaredAtFixture);
  await changePhase(database, testActor, incident.id, { to: 'containment', occurredAt: '2026-11-20T09:00:00.000Z' });
  return { database, incidentId: incident.id };
}

describe('the audit log viewer’s reads', () => {
  it('pages through the log after a sequence number and pairs each change with the value before it', async () => {
    const worked = await workedIncident();
    db = worked.database;
    const head = await readAuditHead(db.meta);
    const first = await readAuditEntriesAfter(db, 0, 2);
    const rest = await readAuditEntriesAfter(db, 2, 100);
    expect([...first, ...rest].map((entry) => entry.seq)).toEqual(Array.from({ length: head.seq }, (_, i) => i + 1));
    const last = new Map<string, string>();
    const rows = [...auditLogRows(first, last), ...auditLogRows(rest, last)];
    const incidentRows = rows.filter(
      (row) => row.entry.entity === 'incident' && row.entry.entityId === worked.incidentId,
    );
    expect(incidentRows.map((row) => row.entry.op)).toEqual(['create', 'update']);
    expect(incidentRows[0]!.beforeHash).toBeNull();
    expect(incidentRows[1]!.beforeHash).toBe(incidentRows[0]!.entry.valueHash);
  });

  it('verifies the whole chain with progress, and names the first entry that was altered', async () => {
    db = (await workedIncident()).database;
    const progress: ChainCheckProgress[] = [];
    const report = await checkStoredAuditChain(db, (step) => progress.push(step));
    const head = await readAuditHead(db.meta);
    expect(report).toEqual({ ok: true, count: head.seq, head });
    expect(progress.at(-1)).toEqual({ phase: 'checking', done: head.seq, total: head.seq });

    await db.auditLog.update(2, { actor: 'Someone else' });
    expect(await checkStoredAuditChain(db)).toEqual({
      ok: false,
      seq: 2,
      problem: 'Entry 2 was altered after it was written.',
    });
  });
});
