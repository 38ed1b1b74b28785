/** Trusted signers: added with a reason, one active entry per fingerprint, removal audited, exported as a trust store. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import type { FirebreakDatabase } from '../../../../renderer/db/database';
import {
  addTrustedSigner,
  liveTrustedSigners,
  removeTrustedSigner,
  trustStoreOf,
} from '../../../../renderer/db/trust/trustedSigners';
import { trustStoreSchema } from '../../../../shared/reports/trust';
import { freshDatabase, testActor } from '../../../fixtures/testDatabase';

const FINGERPRINT = 'ab'.repeat(32);
const partner = {
  kind: 'x509-sha256' as const,
  fingerprint: FINGERPRINT.toUpperCase().match(/../g)!.join(':'),
  label: 'CERT Berlin',
  reason: 'Fingerprint read out by phone by their duty officer on 30 Nov.',
};

let db: FirebreakDatabase;
afterEach(async () => db.delete());

describe('trusted signers', () => {
  it('adds a signer with its canonical fingerprint, refuses it twice, and removes it with an audited reason', async () => {
    db = freshDatabase();
    const added = await addTrustedSigner(db, testActor, partner);
    expect(added).toMatchObject({ fingerprint: FINGERPRINT, label: 'CERT Berlin', createdBy: 'Dana Reyes' });
    await expect(addTrustedSigner(db, testActor, { ...partner, label: 'Again' })).rejects.toThrow(
      /is already trusted as “CERT Berlin”/,
    );
    await removeTrustedSigner(db, testActor, added.id, 'Their key was rotated.');
    expect(await liveTrustedSigners(db)).toEqual([]);
    expect(await db.trustedSigners.get(added.id)).toMatchObject({ removedReason: 'Their key was rotated.' });
    const audit = await db.auditLog.toArray();
    expect(audit.map((entry) => [entry.entity, entry.op])).toEqual([
      ['trustedSigner', 'create'],
      ['trustedSigner', 'delete'],
    ]);
    expect((await verifyStoredAuditChain(db)).ok).toBe(true);
    expect(await addTrustedSigner(db, testActor, partner)).toMatchObject({ fingerprint: FINGERPRINT });
  });

  it('refuses a signer without a reason or with a malformed fingerprint, in words, storing nothing', async () => {
    db = freshDatabase();
    await expect(addTrustedSigner(db, testActor, { ...partner, reason: ' ' })).rejects.toThrow(
      'Say why you trust it, e.g. how you confirmed the fingerprint with the signer.',
    );
    await expect(addTrustedSigner(db, testActor, { ...partner, fingerprint: 'abc' })).rejects.toThrow(
      'Not a SHA-256 fingerprint (64 hex digits).',
    );
    expect(await db.trustedSigners.count()).toBe(0);
  });

  it('exports the list and this installation’s identities as a trust store firebreak-verify reads', async () => {
    db = freshDatabase();
    const added = await addTrustedSigner(db, testActor, partner);
    const store = trustStoreOf(
      [added],
      [{ fingerprint: 'cd'.repeat(32), label: 'This installation: CN=Dana', since: '2026-11-01T00:00:00.000Z' }],
      'Dana Reyes',
    );
    expect(trustStoreSchema.parse(store).signers.map((signer) => [signer.fingerprint, signer.label])).toEqual([
      ['cd'.repeat(32), 'This installation: CN=Dana'],
      [FINGERPRINT, 'CERT Berlin'],
    ]);
  });
});
