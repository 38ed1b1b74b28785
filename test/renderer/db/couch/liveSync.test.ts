/**
 * Live sync between two installations through a CouchDB-protocol server on loopback (express-pouchdb over PouchDB's
 * memory adapter, started and stopped here), each installation a fake-indexeddb database with the real host services
 * (installation key, signature checks) behind the IPC gate. A write on A reaches B; concurrent edits end as the
 * bundles' conflicts and CouchDB's own conflict is closed by one merged revision whichever site writes it; forged,
 * unsigned and altered revisions written straight into the server are quarantined on both sites with who claims to
 * have written them; with the server gone both sites keep working and converge once it is back.
 */
import 'fake-indexeddb/auto';
import { generateKeyPairSync, sign, createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { liveConflicts } from '../../../../renderer/db/bundles/conflicts';
import { replicateOnce } from '../../../../renderer/db/couch/replicate';
import { pullChanges } from '../../../../renderer/db/couch/pull';
import { pushChanges } from '../../../../renderer/db/couch/push';
import { declareIncident, editIncident } from '../../../../renderer/db/incidents/incidents';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { CouchUnavailableError } from '../../../../shared/domain/couch/client';
import {
  childRev,
  couchDocId,
  revDigest,
  revisionsOf,
  signedContentOf,
  winningLeaf,
} from '../../../../shared/domain/couch/revision';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import type { CouchServer } from './couchServer';
import { liveSyncFixture } from './installations';

const fixture = liveSyncFixture();
afterEach(fixture.cleanup);

/** A and B, trusting each other, on one server; three changes per request so every round pages. */
const twoInstallations = () => fixture.twoInstallations({ batchSize: 3 });

async function serverDoc(couch: CouchServer, docId: string) {
  const response = await fetch(`${couch.databaseUrl}/${encodeURIComponent(docId)}?conflicts=true`);
  return (await response.json()) as Record<string, unknown>;
}

describe('live sync through a CouchDB-protocol server', () => {
  it('carries an incident declared on A to B, signed, audited on receipt, and then has nothing more to send', async () => {
    const { couch, a, b } = await twoInstallations();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const sent = await replicateOnce(a.sync);
    expect(sent.sent).toBeGreaterThanOrEqual(2);
    const received = await replicateOnce(b.sync);
    expect(received).toMatchObject({ quarantined: 0, conflicts: 0 });
    expect(received.applied).toBe(sent.sent);
    expect(canonicalJson(await b.db.incidents.get(incident.id))).toBe(
      canonicalJson(await a.db.incidents.get(incident.id)),
    );
    const onServer = await serverDoc(couch, couchDocId('incident', incident.id));
    expect(onServer).toMatchObject({ record: { ref: incident.ref }, signature: { siteCode: 'LON' } });
    expect(onServer.signature).toMatchObject({ fingerprint: a.fingerprint });
    const audit = await b.db.auditLog.filter((entry) => entry.entity === 'couchRevision').toArray();
    expect(audit.map((entry) => entry.entityId)).toContain(couchDocId('incident', incident.id));
    expect((await verifyStoredAuditChain(b.db)).ok).toBe(true);
    // A receives B's person record; after that nothing changed: no revision is written back and forth.
    expect(await replicateOnce(a.sync)).toMatchObject({ received: 1, applied: 1, sent: 0 });
    expect(await replicateOnce(a.sync)).toEqual({
      received: 0,
      applied: 0,
      conflicts: 0,
      quarantined: 0,
      sent: 0,
      closed: 0,
    });
    expect(await replicateOnce(b.sync)).toEqual({
      received: 0,
      applied: 0,
      conflicts: 0,
      quarantined: 0,
      sent: 0,
      closed: 0,
    });
  });

  it('turns edits made on both sites into the bundles’ conflict, and closes CouchDB’s conflict with one merged revision', async () => {
    const { couch, a, b } = await twoInstallations();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);
    const draft = promptInjectionDraft();
    await editIncident(a.db, a.actor, incident.id, {
      ...draft,
      severity: 'SEV1',
      summary: 'Summary rewritten at LON.',
    });
    await editIncident(
      b.db,
      b.actor,
      incident.id,
      { ...draft, severity: 'SEV4', title: 'Retitled at BER' },
      'BER found no customer data in the leaked prompt.',
    );
    // Both push before either pulls: the server holds two leaves, a CouchDB conflict.
    await pushChanges(a.sync);
    await pushChanges(b.sync);
    const docId = couchDocId('incident', incident.id);
    expect((await serverDoc(couch, docId))._conflicts).toHaveLength(1);

    expect((await pullChanges(a.sync)).conflicts).toBe(1);
    expect((await pullChanges(b.sync)).conflicts).toBe(1);
    // Each site writes the merged revision as a child of the same leaf and closes the other: the same revisions.
    expect((await pushChanges(a.sync)).closed).toBe(1);
    const mergedRev = winningLeaf((await a.db.couchDocs.get(docId))!.leaves)!.rev;
    expect((await pushChanges(b.sync)).closed).toBe(0);
    expect(winningLeaf((await b.db.couchDocs.get(docId))!.leaves)!.rev).toBe(mergedRev);
    const merged = await serverDoc(couch, docId);
    expect(merged._rev).toBe(mergedRev);
    expect(merged._conflicts).toBeUndefined();
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);

    const [onA, onB] = [await a.db.incidents.get(incident.id), await b.db.incidents.get(incident.id)];
    expect(canonicalJson(onA)).toBe(canonicalJson(onB));
    expect(onA).toMatchObject({ title: 'Retitled at BER', summary: 'Summary rewritten at LON.' });
    expect(merged.record).toEqual(JSON.parse(canonicalJson(onA)));
    const conflicts = await liveConflicts(a.db);
    expect(conflicts.map((conflict) => [conflict.field, conflict.candidates.map((c) => [c.value, c.by])])).toEqual([
      [
        'severity',
        [
          ['SEV4', 'Jonas Weber'],
          ['SEV1', 'Dana Reyes'],
        ],
      ],
    ]);
    expect(canonicalJson(await liveConflicts(b.db))).toBe(canonicalJson(conflicts));
    expect((await verifyStoredAuditChain(a.db)).ok).toBe(true);
    expect((await verifyStoredAuditChain(b.db)).ok).toBe(true);
  });

  it('quarantines on both sites a forged, an unsigned and an altered revision written straight into the server', async () => {
    const { couch, a, b } = await twoInstallations();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    // A sends, B receives and sends its own person record, A receives that: nothing is left to exchange.
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);
    await replicateOnce(a.sync);
    const docId = couchDocId('incident', incident.id);
    const genuine = await serverDoc(couch, docId);
    const parent = genuine._rev as string;

    // A forger with server access and a key of their own, claiming to be LON.
    const forger = generateKeyPairSync('ed25519');
    const raw = forger.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const sync = structuredClone(genuine.sync) as { fields: Record<string, { value: unknown }> };
    sync.fields.title!.value = 'Nothing to see here';
    const record = { ...(genuine.record as object), title: 'Nothing to see here' };
    const content = signedContentOf(docId, record, sync as never);
    const forgedRev = childRev(parent, content);
    await couch.putAsIs({
      _id: docId,
      _rev: forgedRev,
      _revisions: revisionsOf(forgedRev, parent),
      record,
      sync,
      signature: {
        installationId: a.actor.nodeId,
        siteCode: 'LON',
        fingerprint: createHash('sha256').update(raw).digest('hex'),
        publicKey: raw.toString('base64'),
        signature: sign(null, Buffer.from(content), forger.privateKey).toString('base64'),
      },
    });
    // The same change with A's genuine signature kept: it no longer matches.
    const alteredRev = childRev(parent, `${content} altered`);
    await couch.putAsIs({
      _id: docId,
      _rev: alteredRev,
      _revisions: revisionsOf(alteredRev, parent),
      record,
      sync,
      signature: genuine.signature,
    });
    // No signature at all, on a new record.
    await couch.putAsIs({
      _id: 'incident:0190a0a0-0000-7000-8000-000000000000',
      _rev: '1-abc',
      record: { ref: 'INC-2026-9999', title: 'Planted' },
    });

    const before = canonicalJson(await a.db.incidents.get(incident.id));
    for (const site of [a, b]) {
      const round = await pullChanges(site.sync);
      expect(round).toMatchObject({ received: 3, applied: 0, quarantined: 3 });
      expect(canonicalJson(await site.db.incidents.get(incident.id))).toBe(before);
      expect(await site.db.incidents.count()).toBe(1);
      const held = await site.db.couchQuarantine.orderBy('key').toArray();
      const byRev = new Map(held.map((row) => [row.rev, row]));
      expect(byRev.get(forgedRev)).toMatchObject({
        claimedSite: 'LON',
        claimedAuthor: 'Dana Reyes',
        label: `${incident.ref} Nothing to see here`,
        reason: expect.stringMatching(/does not trust/),
      });
      expect(byRev.get(alteredRev)?.reason).toMatch(/signature does not match/);
      expect(byRev.get('1-abc')).toMatchObject({
        label: 'INC-2026-9999 Planted',
        reason: expect.stringMatching(/no signature/),
      });
      expect(await site.db.auditLog.filter((entry) => entry.entity === 'couchQuarantine').count()).toBe(3);
    }
    // A later genuine edit is built on the genuine leaf, never on a quarantined one, and still reaches B.
    await editIncident(a.db, a.actor, incident.id, { ...promptInjectionDraft(), summary: 'Genuine summary.' });
    await replicateOnce(a.sync);
    const [newLeaf] = (await a.db.couchDocs.get(docId))!.leaves.filter((leaf) => leaf.applied && !leaf.deleted);
    const written = await fetch(`${couch.databaseUrl}/${encodeURIComponent(docId)}?rev=${newLeaf!.rev}&revs=true`);
    expect(((await written.json()) as { _revisions: { ids: string[] } })._revisions.ids[1]).toBe(revDigest(parent));
    expect((await replicateOnce(b.sync)).applied).toBeGreaterThanOrEqual(1);
    expect((await b.db.incidents.get(incident.id))?.summary).toBe('Genuine summary.');
    expect((await b.db.incidents.get(incident.id))?.title).not.toBe('Nothing to see here');
  });

  it('refuses revisions from an installation this site does not trust, and keeps them quarantined', async () => {
    const { a, b } = await fixture.twoInstallations({ batchSize: 3, trusting: false });
    await declareIncident(a.db, a.actor, promptInjectionDraft());
    await replicateOnce(a.sync);
    const round = await replicateOnce(b.sync);
    expect(round.applied).toBe(0);
    expect(round.quarantined).toBe(round.received);
    expect(await b.db.incidents.count()).toBe(0);
    const held = await b.db.couchQuarantine.toArray();
    expect(held.every((row) => row.claimedFingerprint === a.fingerprint && row.claimedSite === 'LON')).toBe(true);
  });

  it('keeps both sites working while the server is gone, and converges from the checkpoints once it is back', async () => {
    const { couch, a, b } = await twoInstallations();
    const first = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);

    await couch.stop();
    await editIncident(a.db, a.actor, first.id, {
      ...promptInjectionDraft(),
      summary: 'Written while the LAN was down.',
    });
    const second = await declareIncident(b.db, b.actor, {
      ...promptInjectionDraft(),
      title: 'Declared at BER offline',
    });
    await expect(replicateOnce(a.sync)).rejects.toThrow(CouchUnavailableError);
    await expect(replicateOnce(b.sync)).rejects.toThrow(/does not answer.*kept on this machine/);
    expect((await a.db.incidents.get(first.id))?.summary).toBe('Written while the LAN was down.');

    await couch.start();
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);
    await replicateOnce(a.sync);
    for (const id of [first.id, second.id])
      expect(canonicalJson(await a.db.incidents.get(id))).toBe(canonicalJson(await b.db.incidents.get(id)));
    expect((await b.db.incidents.get(first.id))?.summary).toBe('Written while the LAN was down.');
    expect((await a.db.incidents.get(second.id))?.title).toBe('Declared at BER offline');
  });
});
