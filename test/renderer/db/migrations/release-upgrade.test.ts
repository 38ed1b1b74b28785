/**
 * A database as the last release (version 4) left it opens in this build: every upgrade runs (subjects, identities,
 * trust), the audit chain still verifies, every record still matches its last audit entry, and the responder can
 * pick a site code, declare, and checkpoint the result. The rows are what this build writes, put back into the
 * shape version 4 stored (incident ids instead of subjects, names without person ids).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphraseFileKeyStore } from '../../../../electron/services/signing/keyStore';
import { createTrustServices } from '../../../../electron/services/trust/services';
import { chainEntries, verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { LATEST_VERSION, openDatabase, openDatabaseAtVersion } from '../../../../renderer/db/database';
import { recordSystemSnapshot } from '../../../../renderer/db/evidence/evidence';
import { addTimelineEntry, declareIncident } from '../../../../renderer/db/incidents/incidents';
import { chooseSiteCode } from '../../../../renderer/db/installation';
import { actorOf, readProfile } from '../../../../renderer/db/profile';
import { takeCheckpoint } from '../../../../renderer/db/trust/checkpoints';
import { verifyIntegrity } from '../../../../renderer/db/trust/integrity';
import { EMPTY_AUDIT_HEAD } from '../../../../shared/domain/audit';
import { hashValue } from '../../../../shared/domain/hash';
import { incidentSubject } from '../../../../shared/domain/subject';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { testActor } from '../../../fixtures/testDatabase';

type Row = Record<string, unknown> & { id: string };

/** Drops what versions 5 and 6 added: subjects become incident ids, person ids go. */
function asVersionFour(row: Row): Row {
  const {
    subject,
    createdById: _created,
    updatedById: _updated,
    ...rest
  } = row as Row & {
    subject?: { id: string };
    createdById?: string;
    updatedById?: string;
  };
  return subject === undefined ? rest : { ...rest, incidentId: subject.id };
}

async function versionFourDatabase(name: string): Promise<void> {
  const seeded = openDatabase(`${name}-seed`);
  const at = (iso: string) => ({ now: () => Date.parse(iso) });
  const incident = await declareIncident(seeded, testActor, promptInjectionDraft(), at('2026-11-20T08:30:00.000Z'));
  await addTimelineEntry(seeded, testActor, incident.id, {
    kind: 'decision',
    text: 'Disable attachment retrieval.',
    occurredAt: '2026-11-20T08:40:00.000Z',
  });
  await recordSystemSnapshot(
    seeded,
    testActor,
    incidentSubject(incident),
    {
      modelId: 'support-bot',
      modelVersion: '3.2',
      weightsOrConfigHash: 'sha256:abc',
      systemPrompt: 'You are a helpful assistant.',
      guardrailVersions: 'v3',
      ragIndexVersion: '2026-11-19',
      capturedAt: '2026-11-20T08:45:00.000Z',
    },
    {
      acquiredAt: '2026-11-20T08:45:00.000Z',
      acquiredBy: 'Dana Reyes',
      source: { system: 'model registry', location: 'registry/support-bot', method: 'export' },
      description: 'Configuration before the fix',
      tags: ['config'],
      aiSystem: 'support-bot',
    },
  );
  const rows = {
    incidents: (await seeded.incidents.toArray()).map((row) => asVersionFour(row)),
    timeline: (await seeded.timeline.toArray()).map((row) => asVersionFour(row)),
    evidence: (await seeded.evidence.toArray()).map((row) => asVersionFour(row)),
  };
  const custody = await seeded.custody.toArray();
  const custodyHeads = await seeded.meta.where('key').startsWith('custody-head:').toArray();
  const contents = await seeded.evidenceContent.toArray();
  const chunks = await seeded.evidenceChunks.toArray();
  await seeded.delete();

  const profile = {
    name: 'Dana Reyes',
    role: 'Incident commander',
    nodeId: 'testnode1',
    createdAt: rows.incidents[0]!['createdAt'],
  };
  const audit = chainEntries(EMPTY_AUDIT_HEAD, [
    {
      at: '2026-11-20T08:00:00.000Z',
      actor: 'Dana Reyes',
      entity: 'profile',
      entityId: 'profile',
      op: 'update',
      valueHash: hashValue(profile),
    },
    ...(['incidents', 'timeline', 'evidence'] as const).flatMap((table) =>
      rows[table].map((row) => ({
        at: '2026-11-20T09:00:00.000Z',
        actor: 'Dana Reyes',
        entity: ({ incidents: 'incident', timeline: 'timeline', evidence: 'evidence' } as const)[table],
        entityId: row.id,
        op: 'create' as const,
        valueHash: hashValue(row),
      })),
    ),
    ...custody.map((event) => ({
      at: event.at,
      actor: 'Dana Reyes',
      entity: 'custody',
      entityId: `${event.itemId}#${event.seq}`,
      op: 'create' as const,
      valueHash: event.hash,
    })),
  ]);
  const v4 = openDatabaseAtVersion(name, 4);
  await v4.open();
  await v4.table('incidents').bulkAdd(rows.incidents);
  await v4.table('timeline').bulkAdd(rows.timeline);
  await v4.table('evidence').bulkAdd(rows.evidence);
  await v4.table('custody').bulkAdd(custody);
  await v4.table('evidenceContent').bulkAdd(contents);
  await v4.table('evidenceChunks').bulkAdd(chunks);
  await v4.table('auditLog').bulkAdd(audit.entries);
  await v4
    .table('meta')
    .bulkAdd([
      { key: 'audit-head', value: audit.head },
      { key: 'profile', value: profile },
      { key: 'incident-ref:2026', value: 1 },
      ...custodyHeads,
    ]);
  v4.close();
}

describe('a database written by the last release', () => {
  it('opens, upgrades, verifies its audit chain and every record, and carries on', async () => {
    const name = `firebreak-release-upgrade-${Math.random().toString(36).slice(2)}`;
    const folder = mkdtempSync(join(tmpdir(), 'firebreak-release-'));
    try {
      await versionFourDatabase(name);
      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      const chain = await verifyStoredAuditChain(db);
      expect(chain.ok).toBe(true);
      const noCheckpoints = { checkpoints: [], problems: [] };
      // Six records: the snapshot written by this build also put an 'evidence-added' entry on the timeline.
      expect(await verifyIntegrity(db, noCheckpoints)).toMatchObject({ ok: true, problems: [], recordsChecked: 6 });

      const profile = await readProfile(db);
      if (!profile) throw new Error('The profile did not survive the upgrade.');
      await chooseSiteCode(db, actorOf(profile), { siteCode: 'LON' });
      const next = await declareIncident(db, actorOf(profile), promptInjectionDraft(), {
        now: () => Date.parse('2026-11-21T08:30:00.000Z'),
      });
      // Site references count per site; the old INC-2026-0001 cannot collide with them.
      expect(next.ref).toBe('INC-2026-LON-0001');

      const trust = createTrustServices({
        trust: {
          keyStore: passphraseFileKeyStore(join(folder, 'installation-key.json'), 'release test'),
          journalPath: join(folder, 'audit-checkpoints.ndjson'),
        },
      });
      await takeCheckpoint(
        db,
        async (request) => (await trust['checkpoints:sign']({ ...request, heads: [...request.heads] })).signed,
        {
          installationId: 'testnode1',
          reason: 'verify',
        },
      );
      const report = await verifyIntegrity(db, await trust['checkpoints:list']({}));
      expect(report).toMatchObject({ ok: true, problems: [] });
      expect(report.lastMatched?.seq).toBe(report.entries);
      await db.delete();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
