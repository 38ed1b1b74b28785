/**
 * Evidence over live sync, through a CouchDB-protocol server on loopback (express-pouchdb over PouchDB's memory
 * adapter) between two fake-indexeddb installations with the real host services: an item's metadata, hash and
 * custody reach B with the records; its bytes stay on A's side until a person on B fetches them, are hashed on
 * arrival and stored only when they match; a slice altered on the server is refused in words with nothing written;
 * a legal hold placed on A holds on B, and legal review mode on B refuses changes to the replicated item.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { fetchContentFromServer } from '../../../../renderer/db/couch/contentOnDemand';
import { replicateOnce } from '../../../../renderer/db/couch/replicate';
import {
  commitIntake,
  deleteEvidence,
  placeLegalHold,
  updateEvidenceDetails,
} from '../../../../renderer/db/evidence/evidence';
import { beginIntake, hashStoredContent, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { custodyEventsOf, verifyStoredCustody } from '../../../../renderer/db/evidence/queries';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { setLegalReview } from '../../../../renderer/db/legalReview';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { contentPath } from '../../../../shared/domain/couch/content';
import type { EvidenceItem } from '../../../../shared/domain/evidence/evidence';
import { incidentSubject } from '../../../../shared/domain/subject';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import type { CouchServer } from './couchServer';
import { liveSyncFixture, type Installation } from './installations';

const fixture = liveSyncFixture();
afterEach(fixture.cleanup);

/** A and B, trusting each other, uploading the content they hold; five changes per request. */
const installation = (couch: CouchServer, siteCode: string, name: string) =>
  fixture.installation(couch, siteCode, name, { batchSize: 5, content: true });
const twoInstallations = () => fixture.twoInstallations({ batchSize: 5, content: true });

/** Nine MiB and a bit (two server slices), stored on A in 1 MiB chunks (re-cut into 8 MiB slices on upload). */
const FILE_BYTES = new Uint8Array(9 * 1024 * 1024 + 4321).map((_, index) => (index * 31 + (index >> 12)) % 251);

async function takeEvidence(site: Installation, bytes: Uint8Array<ArrayBuffer> = FILE_BYTES): Promise<EvidenceItem> {
  const incident = await declareIncident(site.db, site.actor, promptInjectionDraft());
  const intakeId = await beginIntake(site.db, 'gateway.log');
  const staged = await streamIntoChunks(site.db, new Blob([bytes]), intakeId, { chunkBytes: 1024 * 1024 });
  return commitIntake(site.db, site.actor, {
    subject: incidentSubject(incident),
    name: 'gateway.log',
    mediaType: 'text/plain',
    staged,
    details: {
      acquiredAt: '2026-11-20T09:00:00.000Z',
      acquiredBy: 'Dana Reyes',
      source: { system: 'gateway', location: 'gw-1', method: 'copied' },
      description: 'Gateway logs around the injection.',
      tags: ['logs'],
      aiSystem: 'support-bot',
    },
  });
}

/** Every table the content path could touch, as text: equal before and after means nothing was written. */
async function contentState(site: Installation, itemId: string) {
  return canonicalJson({
    content: await site.db.evidenceContent.toArray(),
    chunks: await site.db.evidenceChunks.count(),
    intakes: await site.db.evidenceIntakes.toArray(),
    custody: await custodyEventsOf(site.db, itemId),
    audit: await site.db.auditLog.count(),
  });
}

const fetchOptions = { serverName: 'couch.lan/firebreak' };

describe('evidence over live sync', { timeout: 240_000 }, () => {
  it('replicates metadata and custody, and fetches the content on demand, hashed on arrival', async () => {
    const { a, b } = await twoInstallations();
    const item = await takeEvidence(a);
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);

    // Metadata, hash and custody are here; the bytes are not.
    expect(canonicalJson(await b.db.evidence.get(item.id))).toBe(canonicalJson(await a.db.evidence.get(item.id)));
    const onB = await custodyEventsOf(b.db, item.id);
    expect(onB.map((event) => [event.action, event.actor, event.at])).toEqual(
      (await custodyEventsOf(a.db, item.id)).map((event) => [event.action, event.actor, event.at]),
    );
    expect(await b.db.evidenceContent.count()).toBe(0);
    expect((await verifyStoredCustody(b.db, item.id)).ok).toBe(true);

    const progress: number[] = [];
    await fetchContentFromServer(b.db, b.actor, b.store, item.id, {
      ...fetchOptions,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([8 * 1024 * 1024, FILE_BYTES.byteLength]);
    expect(await hashStoredContent(b.db, item.sha256)).toBe(item.sha256);
    expect(await b.db.evidenceIntakes.count()).toBe(0);
    const fetched = (await custodyEventsOf(b.db, item.id)).at(-1)!;
    expect(fetched).toMatchObject({
      action: 'fetched',
      actor: 'Jonas Weber',
      detail: 'Content fetched from couch.lan/firebreak by Jonas Weber',
      itemHash: item.sha256,
    });
    expect((await verifyStoredCustody(b.db, item.id)).ok).toBe(true);
    expect((await verifyStoredAuditChain(b.db)).ok).toBe(true);

    // B's custody event travels back: A's chain holds the union, and nothing echoes after that.
    await replicateOnce(b.sync);
    await replicateOnce(a.sync);
    expect((await custodyEventsOf(a.db, item.id)).map((event) => event.action)).toEqual(['acquired', 'fetched']);
    expect((await custodyEventsOf(a.db, item.id)).at(-1)?.detail).toBe(fetched.detail);
    expect((await verifyStoredCustody(a.db, item.id)).ok).toBe(true);
    expect(await replicateOnce(a.sync)).toMatchObject({ received: 0, sent: 0 });
    expect(await replicateOnce(b.sync)).toMatchObject({ received: 0, sent: 0 });
  });

  it('refuses content altered on the server, or not there yet, in words and with nothing written', async () => {
    const { couch, a, b } = await twoInstallations();
    const item = await takeEvidence(a);
    // B has the item before A uploaded its bytes.
    await replicateOnce(a.sync);
    const early = await replicateOnce(b.sync);
    expect(early.quarantined).toBe(0);
    const untouched = await contentState(b, item.id);
    await couch.stop();
    await expect(fetchContentFromServer(b.db, b.actor, b.store, item.id, fetchOptions)).rejects.toThrow(
      /does not answer/,
    );
    await couch.start();

    // Someone with server access rewrites the second slice: same size, other bytes.
    const slicePath = `${couch.databaseUrl}/${contentPath(item.sha256, 1, false)}`;
    const before = (await (await fetch(slicePath)).json()) as { _rev: string };
    const altered = FILE_BYTES.slice(8 * 1024 * 1024).map((byte) => byte ^ 1);
    const put = await fetch(`${couch.databaseUrl}/${contentPath(item.sha256, 1, true)}?rev=${before._rev}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: altered,
    });
    expect(put.status).toBeLessThan(300);
    await expect(fetchContentFromServer(b.db, b.actor, b.store, item.id, fetchOptions)).rejects.toThrow(
      /^The content the sync server sent for gateway\.log does not match its SHA-256 .*Nothing was stored\.$/,
    );
    expect(await contentState(b, item.id)).toBe(untouched);

    // A slice cut short is refused as soon as it arrives.
    const again = (await (await fetch(slicePath)).json()) as { _rev: string };
    await fetch(`${couch.databaseUrl}/${contentPath(item.sha256, 1, true)}?rev=${again._rev}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: altered.slice(10),
    });
    await expect(fetchContentFromServer(b.db, b.actor, b.store, item.id, fetchOptions)).rejects.toThrow(
      /with the wrong size \(part 2 of 2/,
    );
    expect(await contentState(b, item.id)).toBe(untouched);

    // Content nobody uploaded.
    const unsent = await takeEvidence(b, FILE_BYTES.slice(0, 1000));
    const c = await installation(couch, 'PAR', 'Ines Martin');
    await fixture.trust(c, b);
    await replicateOnce({ ...b.sync, content: undefined });
    await replicateOnce(c.sync);
    expect(await c.db.evidence.get(unsent.id)).toBeDefined();
    await expect(fetchContentFromServer(c.db, c.actor, c.store, unsent.id, fetchOptions)).rejects.toThrow(
      /does not hold the content of gateway\.log yet/,
    );
    expect(await c.db.evidenceChunks.count()).toBe(0);
  });

  it('holds on B an item placed on legal hold on A, and legal review mode on B refuses changes but allows a fetch', async () => {
    const { a, b } = await twoInstallations();
    const item = await takeEvidence(a);
    await placeLegalHold(a.db, a.actor, item.id, 'Litigation hold from counsel, matter 2026-114.');
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);

    expect((await b.db.evidence.get(item.id))?.hold).toMatchObject({
      placedBy: 'Dana Reyes',
      reason: 'Litigation hold from counsel, matter 2026-114.',
    });
    expect((await custodyEventsOf(b.db, item.id)).map((event) => event.action)).toEqual(['acquired', 'hold-placed']);
    const held = canonicalJson(await b.db.evidence.get(item.id));
    await expect(
      updateEvidenceDetails(b.db, b.actor, item.id, {
        acquiredAt: '2026-11-20T09:00:00.000Z',
        acquiredBy: 'Jonas Weber',
        source: { system: 'gateway', location: 'gw-1', method: 'copied' },
        description: 'Rewritten at BER.',
        tags: [],
        aiSystem: 'support-bot',
      }),
    ).rejects.toThrow('gateway.log is on legal hold, so it cannot be altered. Lift the hold first.');
    await expect(deleteEvidence(b.db, b.actor, item.id, 'Duplicate.')).rejects.toThrow(/on legal hold/);
    expect(canonicalJson(await b.db.evidence.get(item.id))).toBe(held);

    await setLegalReview(b.db, b.actor, true);
    await expect(deleteEvidence(b.db, b.actor, item.id, 'Duplicate.')).rejects.toThrow(/legal review/i);
    // Fetching records that bytes arrived and matched: a reviewer may do it.
    await fetchContentFromServer(b.db, b.actor, b.store, item.id, fetchOptions);
    expect(await hashStoredContent(b.db, item.sha256)).toBe(item.sha256);
    expect(canonicalJson(await b.db.evidence.get(item.id))).toBe(held);
  });
});
