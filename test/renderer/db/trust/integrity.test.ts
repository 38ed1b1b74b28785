/**
 * Tamper tests for "Verify audit log": each way of changing the database that the hash chain alone misses is
 * detected once the host has signed a checkpoint, and the finding names the checkpoint it contradicts. The host's
 * real trust services sign with a real Ed25519 key in a temporary folder.
 */
import 'fake-indexeddb/auto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passphraseFileKeyStore } from '../../../../electron/services/signing/keyStore';
import { createTrustServices } from '../../../../electron/services/trust/services';
import { chainEntries, verifyStoredAuditChain, AUDIT_HEAD_KEY } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import { commitIntake, logEvidenceView } from '../../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { takeCheckpoint, type CheckpointSigner } from '../../../../renderer/db/trust/checkpoints';
import { citedAuditHeadState, verifyIntegrity } from '../../../../renderer/db/trust/integrity';
import { custodyHeadKey } from '../../../../renderer/db/write';
import { EMPTY_AUDIT_HEAD, type AuditEntry } from '../../../../shared/domain/audit';
import { incidentSubject } from '../../../../shared/domain/subject';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../../fixtures/testDatabase';

let db: FirebreakDatabase;
let folder: string;
let services: ReturnType<typeof createTrustServices>;

const sign: CheckpointSigner = async (request) =>
  (await services['checkpoints:sign']({ ...request, heads: [...request.heads] })).signed;
const journal = () => services['checkpoints:list']({});
const verify = async () => verifyIntegrity(db, await journal());

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'firebreak-trust-'));
  services = createTrustServices({
    trust: {
      keyStore: passphraseFileKeyStore(join(folder, 'installation-key.json'), 'test passphrase'),
      journalPath: join(folder, 'audit-checkpoints.ndjson'),
    },
  });
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
  rmSync(folder, { recursive: true, force: true });
});

async function declareSome(count: number) {
  const declared = [];
  for (let i = 0; i < count; i++) {
    declared.push(
      await declareIncident(db, testActor, { ...promptInjectionDraft(), title: `Incident ${i}` }, declaredAtFixture),
    );
  }
  return declared;
}

async function checkpoint(reason: 'export' | 'schedule' = 'export') {
  return takeCheckpoint(db, sign, { installationId: 'testnode1', reason });
}

async function replaceLog(entries: AuditEntry[]): Promise<void> {
  await db.auditLog.clear();
  await db.auditLog.bulkAdd(entries);
  const last = entries.at(-1);
  await db.meta.put({ key: AUDIT_HEAD_KEY, value: last ? { seq: last.seq, hash: last.hash } : EMPTY_AUDIT_HEAD });
}

describe('verify audit log against signed checkpoints', () => {
  it('finds an untouched database intact and names the checkpoint it matched', async () => {
    await declareSome(2);
    const signed = await checkpoint();
    const report = await verify();
    expect(report).toMatchObject({ ok: true, problems: [], checkpointsChecked: signed.length });
    expect(report.lastMatched).toEqual(signed.find((entry) => entry.checkpoint.chain === 'audit')?.checkpoint);
    expect(await checkpoint('schedule')).toEqual([]);
  });

  it('detects the newest entries and the anchored head rolled back together', async () => {
    await declareSome(3);
    await checkpoint();
    const kept = (await db.auditLog.orderBy(':id').toArray()).slice(0, 2);
    await replaceLog(kept);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems.join(' ')).toMatch(
      /ends at entry 2, but the checkpoint signed at .* for an export \(entry \d+\) recorded more: its newest entries were rolled back/,
    );
  });

  it('detects a chain rewritten from the start with a valid chain and head', async () => {
    await declareSome(2);
    const [cp] = await checkpoint();
    const rewritten = chainEntries(
      EMPTY_AUDIT_HEAD,
      (await db.auditLog.orderBy(':id').toArray()).map(({ seq: _seq, hash: _hash, prevHash: _prev, ...content }) => ({
        ...content,
        actor: 'Mallory',
      })),
    ).entries;
    await replaceLog(rewritten);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
    const report = await verify();
    expect(report.problems).toContain(
      `Entry ${cp!.checkpoint.seq} is not the entry the checkpoint signed at ${cp!.checkpoint.at.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')} for an export (entry ${cp!.checkpoint.seq}) recorded: the log was rewritten.`,
    );
  });

  it('detects the whole log and head deleted while incidents exist, with and without a checkpoint', async () => {
    await declareSome(2);
    await replaceLog([]);
    const unanchored = await verify();
    expect(unanchored.problems).toContain(
      `${unanchored.recordsChecked} records exist but the audit log is empty: it was deleted.`,
    );
    expect(unanchored.problems.some((p) => p.includes('has no entry in the audit log'))).toBe(true);

    const other = freshDatabase();
    try {
      await declareIncident(other, testActor, promptInjectionDraft(), declaredAtFixture);
      await takeCheckpoint(other, sign, { installationId: 'testnode1', reason: 'report' });
      await other.auditLog.clear();
      await other.meta.delete(AUDIT_HEAD_KEY);
      const report = await verifyIntegrity(other, await journal());
      expect(report.problems.join(' ')).toMatch(
        /The audit log is empty, but the checkpoint signed at .* for a signed report \(entry \d+\) proves it held entries: it was deleted/,
      );
    } finally {
      await other.delete();
    }
  });

  it('detects a record edited with no audit entry', async () => {
    const [incident] = await declareSome(1);
    await db.incidents.update(incident!.id, { title: 'Nothing happened here' });
    const report = await verify();
    expect(report.problems).toContain(
      `The incident ${incident!.ref} no longer matches its last audit entry (1): it was changed outside Firebreak.`,
    );
  });

  it('detects a custody chain rolled back with its head, and a tampered journal line', async () => {
    const [incident] = await declareSome(1);
    const intakeId = await beginIntake(db, 'gateway.log');
    const staged = await streamIntoChunks(db, new Blob(['log line\n']), intakeId, { chunkBytes: 1000 });
    const item = await commitIntake(db, testActor, {
      subject: incidentSubject(incident!),
      name: 'gateway.log',
      mediaType: 'text/plain',
      staged,
      details: {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Dana Reyes',
        source: { system: 'gateway', location: 'gw-1', method: 'export' },
        description: '',
        tags: [],
        aiSystem: '',
      },
    });
    await logEvidenceView(db, testActor, item.id);
    await checkpoint();
    await db.custody.delete([item.id, 2]);
    await db.meta.put({
      key: custodyHeadKey(item.id),
      value: { seq: 1, hash: (await db.custody.get([item.id, 1]))!.hash },
    });
    const report = await verify();
    expect(report.problems.join(' ')).toMatch(
      new RegExp(
        `Custody event 2 of evidence ${item.id} is gone, but the checkpoint signed at .* recorded it: the chain of custody was rolled back or deleted`,
      ),
    );

    const path = join(folder, 'audit-checkpoints.ndjson');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${lines[0]!.replace('"seq":', '"seq":1')}\n`);
    appendFileSync(path, 'not json\n');
    expect((await journal()).problems).toEqual([
      "Line 1 of the checkpoint journal is not signed by this installation's key.",
      'Line 2 of the checkpoint journal cannot be read.',
    ]);
  });

  it('refuses to sign a head older than one already signed for its chain', async () => {
    await declareSome(3);
    await checkpoint();
    await replaceLog((await db.auditLog.orderBy(':id').toArray()).slice(0, 1));
    await expect(checkpoint('schedule')).rejects.toThrow(
      /The audit log ends at entry 1, but entry \d+ was checkpointed at .*: it was rolled back/,
    );
  });

  it("checks a signed report's cited audit head against the log", async () => {
    await declareSome(2);
    const head = (await db.meta.get(AUDIT_HEAD_KEY))!.value as { seq: number; hash: string };
    expect(await citedAuditHeadState(db, head)).toBe('held');
    expect(await citedAuditHeadState(db, { seq: head.seq, hash: '0'.repeat(64) })).toBe('different');
    expect(await citedAuditHeadState(db, { seq: head.seq + 5, hash: head.hash })).toBe('missing');
  });
});
