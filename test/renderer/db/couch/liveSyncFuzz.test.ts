/**
 * Fuzzing live sync's pull: random and mutated revisions written straight into a CouchDB-protocol server (as anyone
 * with server access could) — genuine revisions with a field of their record, sync state, signature or id changed,
 * revisions signed by a key nobody trusts, unsigned ones, tombstones, attachments, and bodies of random JSON — then
 * both installations replicate. Nothing crashes; nothing forged is applied (every record on both sites is exactly
 * what A wrote); every revision whose signed content or signature was touched is held in quarantine with a reason in
 * words; the audit chains verify; and a genuine edit made afterwards still reaches B.
 *
 * Seeded, so a failure names the seed that reproduces it. `npm test` runs a fast default (40 revisions);
 * FIREBREAK_FUZZ_LIVE_SYNC=<count> runs that many (in rounds of 100), FIREBREAK_FUZZ_SEED=<n> picks the seed.
 */
import 'fake-indexeddb/auto';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { LIVE_SYNC_TABLES } from '../../../../renderer/db/couch/liveSyncTables';
import { replicateOnce } from '../../../../renderer/db/couch/replicate';
import { declareIncident, editIncident } from '../../../../renderer/db/incidents/incidents';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { childRev, couchDocId, revisionsOf, signedContentOf } from '../../../../shared/domain/couch/revision';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import type { CouchServer } from './couchServer';
import { liveSyncFixture, type Installation } from './installations';

const COUNT = Number(process.env['FIREBREAK_FUZZ_LIVE_SYNC'] ?? 40);
const SEED = Number(process.env['FIREBREAK_FUZZ_SEED'] ?? 20261130);
const ROUND = 100;

const fixture = liveSyncFixture();
afterEach(fixture.cleanup);

/** mulberry32: small, seeded, good enough to pick mutations. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const hex = (length: number) => Array.from({ length }, () => '0123456789abcdef'[int(16)]).join('');
  const junk = (depth = 0): unknown => {
    switch (int(depth > 2 ? 6 : 9)) {
      case 0:
        return null;
      case 1:
        return int(2) === 0;
      case 2:
        return pick([0, -1, 1e308, 2 ** 53 + 1, 3.5, Number.MAX_SAFE_INTEGER]);
      case 3:
        return pick(['', 'x'.repeat(300), '\u0000', '<script>', 'INC-2026-0001', '2026-13-45T99:00:00Z', '😀']);
      case 4:
        return hex(int(80));
      case 5:
        return [];
      case 6:
        return Array.from({ length: int(4) }, () => junk(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [pick(['a', 'id', 'ref', 'hlc', '']), junk(depth + 1)]),
        );
    }
  };
  return { next, int, pick, hex, junk };
}

type Json = Record<string, unknown>;

interface Planted {
  readonly doc: Json;
  /** True when its signed content or its signature is not what a trusted installation signed: it must not apply. */
  readonly forged: boolean;
  readonly what: string;
}

const forger = generateKeyPairSync('ed25519');
const forgerRaw = forger.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);

/** Sets a value at a random path inside `target` (creating nothing above it), returning the path it chose. */
function mutateSomewhere(rng: ReturnType<typeof random>, target: Json): string {
  let node: Json = target;
  const path: string[] = [];
  for (;;) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = rng.pick(keys);
    path.push(key);
    const child = node[key];
    if (child && typeof child === 'object' && !Array.isArray(child) && rng.int(3) > 0) node = child as Json;
    else {
      const before = canonicalJson(node[key] ?? null);
      let value = rng.junk();
      while (canonicalJson(value ?? null) === before) value = rng.junk();
      node[key] = value;
      return path.join('.');
    }
  }
  node[rng.hex(6)] = rng.junk();
  return `${path.join('.')}.(new)`;
}

/** One revision to plant, derived from a genuine one (`genuine`: A's leaf of its incident document). */
function plant(rng: ReturnType<typeof random>, genuine: Json, index: number): Planted {
  const docId = genuine._id as string;
  const parent = genuine._rev as string;
  const base = structuredClone(genuine) as Json;
  delete base._revisions;
  const asChild = (doc: Json, salt: string): Json => {
    const rev = childRev(parent, `${salt} ${index}`);
    return { ...doc, _id: doc._id ?? docId, _rev: rev, _revisions: revisionsOf(rev, parent) };
  };
  switch (rng.int(9)) {
    case 0: {
      const record = structuredClone(base.record) as Json;
      const where = mutateSomewhere(rng, record);
      return { doc: asChild({ ...base, record }, 'record'), forged: true, what: `record.${where} changed` };
    }
    case 1: {
      const sync = structuredClone(base.sync) as Json;
      const where = mutateSomewhere(rng, sync);
      return { doc: asChild({ ...base, sync }, 'sync'), forged: true, what: `sync.${where} changed` };
    }
    case 2: {
      const signature = structuredClone(base.signature) as Json;
      const field = rng.pick(['fingerprint', 'publicKey', 'signature']);
      const text = String(signature[field]);
      // Not the last characters: their low bits may be padding, and a flip there decodes to the same bytes.
      const at = rng.int(Math.max(1, text.length - 4));
      signature[field] =
        rng.int(4) === 0 ? rng.junk() : `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
      return { doc: asChild({ ...base, signature }, 'signature'), forged: true, what: `signature.${field} changed` };
    }
    case 3: {
      // Re-signed by a key nobody here trusts, with a changed title, claiming to be A.
      const sync = structuredClone(base.sync) as { fields: Record<string, { value: unknown }> };
      const title = `Forged ${rng.hex(8)}`;
      if (sync.fields['title']) sync.fields['title'].value = title;
      const record = { ...(base.record as Json), title };
      const content = signedContentOf(docId, record, sync as never);
      const signature = {
        ...(base.signature as Json),
        fingerprint: createHash('sha256').update(forgerRaw).digest('hex'),
        publicKey: forgerRaw.toString('base64'),
        signature: sign(null, Buffer.from(content), forger.privateKey).toString('base64'),
      };
      return { doc: asChild({ ...base, record, sync, signature }, 'forger'), forged: true, what: 'untrusted signer' };
    }
    case 4: {
      const { signature: _signature, ...unsigned } = base;
      return { doc: asChild(unsigned, 'unsigned'), forged: true, what: 'no signature' };
    }
    case 5: {
      // The genuine body under another document id (a record renamed, or a kind live sync does not carry).
      const id = rng.pick([
        couchDocId('incident', `0190a0a0-0000-7000-8000-${rng.hex(12)}`),
        couchDocId('runbook', `0190a0a0-0000-7000-8000-${rng.hex(12)}`),
        `custody:${rng.hex(20)}`,
        `widget:${rng.hex(8)}`,
        rng.hex(10),
      ]);
      const rev = `1-${rng.hex(32)}`;
      return {
        doc: { ...base, _id: id, _rev: rev, _revisions: revisionsOf(rev, undefined) },
        forged: true,
        what: `renamed to ${id}`,
      };
    }
    case 6: {
      // Random JSON under a random id, sometimes with an attachment.
      const id = rng.pick([docId, `incident:${rng.hex(8)}`, `custody:${rng.hex(8)}:${rng.hex(8)}`, rng.hex(12)]);
      const body = Object.fromEntries(
        Array.from({ length: rng.int(5) }, () => [
          rng.pick(['record', 'sync', 'signature', 'custody', 'x']),
          rng.junk(),
        ]),
      );
      const rev = id === docId ? childRev(parent, `junk ${index}`) : `1-${rng.hex(32)}`;
      const doc: Json = {
        ...body,
        _id: id,
        _rev: rev,
        _revisions: revisionsOf(rev, id === docId ? parent : undefined),
      };
      if (rng.int(2) === 0)
        doc._attachments = {
          [rng.pick(['payload.bin', 'x'])]: {
            content_type: 'application/octet-stream',
            data: Buffer.from(rng.hex(64)).toString('base64'),
          },
        };
      return { doc, forged: true, what: `random body under ${id}` };
    }
    case 7: {
      // The genuine revision with an attachment added: the signed content is unchanged, so it may apply (as itself).
      const doc = asChild(base, 'attachment');
      doc._attachments = {
        'planted.txt': { content_type: 'text/plain', data: Buffer.from(`planted ${index}`).toString('base64') },
      };
      return { doc, forged: false, what: 'attachment on a genuine revision' };
    }
    default: {
      // A tombstone: nobody signs a deletion, and no record may disappear for one.
      const rev = `${Number(parent.split('-')[0]) + 1}-${rng.hex(32)}`;
      return {
        doc: { _id: docId, _rev: rev, _revisions: revisionsOf(rev, parent), _deleted: true },
        forged: false,
        what: 'tombstone',
      };
    }
  }
}

/** Every record live sync carries, as text: equal means nothing was applied that A did not write. */
async function records(site: Installation) {
  const tables: Record<string, unknown[]> = {};
  for (const { table } of LIVE_SYNC_TABLES)
    tables[table] = ((await site.db.table(table).toArray()) as { id: string }[]).sort((x, y) =>
      x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
    );
  return canonicalJson(tables);
}

async function onServer(couch: CouchServer, doc: Json): Promise<boolean> {
  const response = await fetch(
    `${couch.databaseUrl}/${encodeURIComponent(doc._id as string)}?rev=${encodeURIComponent(doc._rev as string)}`,
  );
  return response.ok;
}

describe('live sync under fuzzed revisions', { timeout: 600_000 }, () => {
  it(`applies nothing forged among ${COUNT} random and mutated revisions (seed ${SEED}), and quarantines them`, async () => {
    const rng = random(SEED);
    const { couch, a, b } = await fixture.twoInstallations({ batchSize: 50 });
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);
    await replicateOnce(a.sync);
    const docId = couchDocId('incident', incident.id);
    const genuine = (await (await fetch(`${couch.databaseUrl}/${encodeURIComponent(docId)}?revs=true`)).json()) as Json;
    const expected = await records(a);
    expect(await records(b)).toBe(expected);

    for (let done = 0; done < COUNT; done += ROUND) {
      const planted = Array.from({ length: Math.min(ROUND, COUNT - done) }, (_, n) => plant(rng, genuine, done + n));
      for (const { doc } of planted) await couch.putAsIs(doc).catch(() => undefined);
      for (const site of [a, b]) {
        const round = await replicateOnce(site.sync);
        expect(round.applied + round.quarantined).toBeLessThanOrEqual(round.received);
        // Nothing forged changed a record, on either site.
        expect(await records(site), `seed ${SEED}, round from ${done}`).toBe(expected);
        const held = new Map((await site.db.couchQuarantine.toArray()).map((row) => [row.key, row]));
        for (const { doc, forged, what } of planted) {
          if (!forged || !(await onServer(couch, doc))) continue;
          const row = held.get(`${doc._id as string}@${doc._rev as string}`);
          expect(
            row,
            `seed ${SEED}: ${what} (${doc._id as string}@${doc._rev as string}) is not quarantined`,
          ).toBeDefined();
          // Words, not a dump: no JSON, no stack, no schema library's name.
          expect(row!.reason).toMatch(/^[A-Z]/);
          expect(row!.reason).not.toMatch(/ZodError|^\s*[{[]|\n\s+at /);
        }
      }
    }
    for (const site of [a, b]) expect((await verifyStoredAuditChain(site.db)).ok).toBe(true);

    // Still working: a genuine edit on A reaches B, built on the genuine leaf.
    await editIncident(a.db, a.actor, incident.id, { ...promptInjectionDraft(), summary: 'After the fuzz.' });
    await replicateOnce(a.sync);
    await replicateOnce(b.sync);
    expect((await b.db.incidents.get(incident.id))?.summary).toBe('After the fuzz.');
    expect(canonicalJson(await b.db.incidents.get(incident.id))).toBe(
      canonicalJson(await a.db.incidents.get(incident.id)),
    );
  });
});
