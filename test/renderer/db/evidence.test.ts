import { incidentSubject } from '../../../shared/domain/subject';
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commitIntake,
  deleteEvidence,
  liftLegalHold,
  logEvidenceView,
  placeLegalHold,
  recordTransfer,
  recordSystemSnapshot,
  recordVerification,
  updateEvidenceDetails,
} from '../../../renderer/db/evidence/evidence';
import { custodyEventsOf, verifyStoredCustody } from '../../../renderer/db/evidence/queries';
import {
  beginIntake,
  cleanAbandonedIntakes,
  discardIntake,
  hashStoredContent,
  readContentPrefix,
  streamIntoChunks,
} from '../../../renderer/db/evidence/evidenceContent';
import type { FirebreakDatabase } from '../../../renderer/db/database';
import { declareIncident } from '../../../renderer/db/incidents/incidents';
import { setLegalReview } from '../../../renderer/db/legalReview';
import { WriteRefusedError } from '../../../shared/errors';
import { verifyStoredAuditChain } from '../../../renderer/db/auditTrail';
import type { EvidenceDetails } from '../../../shared/domain/evidence/evidence';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';
import { declaredAtFixture, freshDatabase, testActor } from '../../fixtures/testDatabase';

const details: EvidenceDetails = {
  acquiredAt: '2026-11-20T09:00:00.000Z',
  acquiredBy: 'Dana Reyes',
  source: { system: 'inference gateway', location: 'gw-eu-1:/var/log/gw', method: 'exported from gateway logs' },
  description: 'Gateway logs around the injection',
  tags: ['logs'],
  aiSystem: 'support-bot',
};

/** Deterministic pseudo-random bytes (xorshift), so chunk boundaries fall inside varied content. */
function bytesOf(size: number, seed = 7): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function sha256sum(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-sha-'));
  try {
    const file = join(dir, 'evidence.bin');
    writeFileSync(file, bytes);
    return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let db: FirebreakDatabase;
afterEach(async () => {
  await db.delete();
});

async function intake(bytes: Uint8Array<ArrayBuffer>, name = 'gateway.log', chunkBytes = 1000) {
  const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
  const intakeId = await beginIntake(db, name);
  const staged = await streamIntoChunks(db, new Blob([bytes]), intakeId, { chunkBytes });
  const item = await commitIntake(db, testActor, {
    subject: incidentSubject(incident),
    name,
    mediaType: 'text/plain',
    staged,
    details,
  });
  return { incident, item, staged };
}

describe('evidence content', () => {
  it('stores a file as chunks whose reassembly is the file, hashed as sha256sum hashes it', async () => {
    db = freshDatabase();
    const bytes = bytesOf(10_500);
    const { item, staged } = await intake(bytes);
    expect(staged.chunkCount).toBe(11);
    expect(item.sha256).toBe(sha256sum(bytes));
    const whole = new Uint8Array(await (await readContentPrefix(db, item.sha256, Infinity)).arrayBuffer());
    expect(whole).toEqual(bytes);
    expect(await hashStoredContent(db, item.sha256)).toBe(item.sha256);
    expect(await db.evidenceIntakes.count()).toBe(0);
  });

  it('hashes an empty file as sha256sum does', async () => {
    db = freshDatabase();
    const { item } = await intake(new Uint8Array(0));
    expect(item.sha256).toBe(sha256sum(new Uint8Array(0)));
  });

  it('stores identical files once and references them twice', async () => {
    db = freshDatabase();
    const bytes = bytesOf(4_321);
    const first = await intake(bytes, 'a.log');
    const intakeId = await beginIntake(db, 'b.log');
    const staged = await streamIntoChunks(db, new Blob([bytes]), intakeId, { chunkBytes: 1000 });
    const second = await commitIntake(db, testActor, {
      subject: incidentSubject(first.incident),
      name: 'b.log',
      mediaType: 'text/plain',
      staged,
      details,
    });
    expect(second.sha256).toBe(first.item.sha256);
    expect(await db.evidence.count()).toBe(2);
    expect(await db.evidenceContent.count()).toBe(1);
    expect(await db.evidenceChunks.count()).toBe(5);
    const acquired = (await custodyEventsOf(db, second.id))[0];
    expect(acquired?.detail).toContain('referenced, not copied');
  });

  it('leaves nothing behind when an intake is cancelled, and cleans intakes a crash left', async () => {
    db = freshDatabase();
    const intakeId = await beginIntake(db, 'big.bin');
    let calls = 0;
    await expect(
      streamIntoChunks(db, new Blob([bytesOf(5000)]), intakeId, { chunkBytes: 1000, isCancelled: () => ++calls > 2 }),
    ).rejects.toThrow('cancelled');
    await discardIntake(db, intakeId);
    expect([await db.evidenceChunks.count(), await db.evidenceIntakes.count()]).toEqual([0, 0]);

    const crashed = await beginIntake(db, 'crashed.bin');
    await streamIntoChunks(db, new Blob([bytesOf(3000)]), crashed, { chunkBytes: 1000 });
    expect(await cleanAbandonedIntakes(db)).toBe(1);
    expect([await db.evidenceChunks.count(), await db.evidenceIntakes.count()]).toEqual([0, 0]);
  });

  it('detects a tampered chunk on verification and logs the mismatch', async () => {
    db = freshDatabase();
    const { item } = await intake(bytesOf(3000));
    const content = await db.evidenceContent.get(item.sha256);
    await db.evidenceChunks.put({ chunksId: content!.chunksId, index: 1, data: new Uint8Array(1000).buffer });
    const found = await hashStoredContent(db, item.sha256);
    expect(found).not.toBe(item.sha256);
    const after = await recordVerification(db, testActor, item.id, found);
    expect(after.verification.state).toBe('mismatch');
    const events = await custodyEventsOf(db, item.id);
    expect(events.map((event) => [event.action, event.detail.startsWith('MISMATCH')])).toEqual([
      ['acquired', false],
      ['verified', true],
    ]);
  });
});

describe('chain of custody', () => {
  it('chains every event with the item hash and detects altered, removed and reordered events', async () => {
    db = freshDatabase();
    const { item } = await intake(bytesOf(2000));
    await logEvidenceView(db, testActor, item.id);
    await recordVerification(db, testActor, item.id, item.sha256);
    await placeLegalHold(db, testActor, item.id, 'Regulator inquiry');
    const events = await custodyEventsOf(db, item.id);
    expect(events.map((event) => [event.seq, event.action, event.itemHash === item.sha256])).toEqual([
      [1, 'acquired', true],
      [2, 'viewed', true],
      [3, 'verified', true],
      [4, 'hold-placed', true],
    ]);
    expect(await verifyStoredCustody(db, item.id)).toEqual({ ok: true, count: 4 });
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true });

    await db.custody.put({ ...events[1]!, actor: 'Mallory' });
    expect(await verifyStoredCustody(db, item.id)).toMatchObject({ ok: false, seq: 2 });
    await db.custody.put(events[1]!);
    await db.custody.delete([item.id, 4]);
    expect(await verifyStoredCustody(db, item.id)).toMatchObject({ ok: false, seq: 4 });
  });
});

describe('legal hold and deletion', () => {
  it('hands over an item on legal hold with a recipient and a reason, recorded in its chain of custody', async () => {
    db = freshDatabase();
    const { item } = await intake(bytesOf(100));
    await placeLegalHold(db, testActor, item.id, 'Litigation');
    await expect(recordTransfer(db, testActor, item.id, { recipient: ' ', reason: 'Court order' })).rejects.toThrow(
      'Say to whom the item was handed over.',
    );
    await expect(recordTransfer(db, testActor, item.id, { recipient: 'Outside counsel', reason: '' })).rejects.toThrow(
      'Say why custody passed.',
    );
    await recordTransfer(db, testActor, item.id, { recipient: 'Outside counsel', reason: 'Court order 12/2026' });
    const events = await custodyEventsOf(db, item.id);
    expect(events.at(-1)).toMatchObject({
      action: 'transferred',
      reason: 'Court order 12/2026',
      detail: 'to Outside counsel',
    });
    expect((await db.evidence.get(item.id))?.hold?.reason).toBe('Litigation');
    expect(await verifyStoredCustody(db, item.id)).toMatchObject({ ok: true });
  });

  it('refuses deleting or altering an item on hold, and soft-deletes with a reason once lifted', async () => {
    db = freshDatabase();
    const { item } = await intake(bytesOf(100));
    await placeLegalHold(db, testActor, item.id, 'Litigation');
    await expect(deleteEvidence(db, testActor, item.id, 'duplicate')).rejects.toThrow(/legal hold/);
    await expect(updateEvidenceDetails(db, testActor, item.id, { ...details, description: 'x' })).rejects.toThrow(
      /legal hold/,
    );
    await expect(deleteEvidence(db, testActor, item.id, ' ')).rejects.toBeInstanceOf(WriteRefusedError);
    await liftLegalHold(db, testActor, item.id, 'Case closed');
    await deleteEvidence(db, testActor, item.id, 'Collected twice');
    const deleted = await db.evidence.get(item.id);
    expect([deleted?.deletedAt !== null, deleted?.deleteReason]).toEqual([true, 'Collected twice']);
    expect(await db.evidenceContent.count()).toBe(1);
  });

  it('refuses every write but viewing and verifying in legal review mode', async () => {
    db = freshDatabase();
    const { item } = await intake(bytesOf(100));
    await setLegalReview(db, testActor, true);
    await expect(placeLegalHold(db, testActor, item.id, 'x')).rejects.toThrow('Legal review mode');
    await expect(declareIncident(db, testActor, promptInjectionDraft())).rejects.toThrow('Legal review mode');
    await logEvidenceView(db, testActor, item.id);
    expect((await custodyEventsOf(db, item.id)).map((event) => event.action)).toEqual(['acquired', 'viewed']);
  });
});

describe('AI system snapshot', () => {
  it('records the model state as hashed evidence in one step', async () => {
    db = freshDatabase();
    const incident = await declareIncident(db, testActor, promptInjectionDraft(), declaredAtFixture);
    const item = await recordSystemSnapshot(
      db,
      testActor,
      incidentSubject(incident),
      {
        modelId: 'support-bot',
        modelVersion: '2026.11.3',
        weightsOrConfigHash: 'sha256:abc',
        systemPrompt: 'You are a helpful support assistant.',
        guardrailVersions: 'llm-guard 0.9.1',
        ragIndexVersion: 'kb-2026-11-19',
        capturedAt: '2026-11-20T09:00:00.000Z',
      },
      details,
    );
    expect(item.kind).toBe('ai-system-snapshot');
    expect(await hashStoredContent(db, item.sha256)).toBe(item.sha256);
  });
});
