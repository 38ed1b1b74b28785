/**
 * Guards of the importer. A page killed while evidence is staged leaves, once the next start has removed abandoned
 * intakes, every table exactly as before. The storage estimate: a bundle whose evidence and records do not fit in what
 * `navigator.storage.estimate()` says is free is refused in words — with how much to free — at the preview and again
 * at apply, and nothing is written; one that fits shows what it takes beside what is free.
 */
import 'fake-indexeddb/auto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../../../renderer/db/bundles/importBundle';
import { commitIntake } from '../../../../renderer/db/evidence/evidence';
import { beginIntake, cleanAbandonedIntakes, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { closeImport, evidenceReaderOf, openBundle } from '../../../../renderer/features/bundles/receiveBundle';
import { exportBundle } from '../../../../renderer/features/bundles/sendBundle';
import { bundleStorageFit, bundleStorageInWords } from '../../../../shared/domain/bundles/storageFit';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { STORAGE_MARGIN_BYTES } from '../../../../shared/domain/evidence/evidence';
import { incidentSubject } from '../../../../shared/domain/subject';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { makeSite, type TestSite } from './siteFixture';

const sites: TestSite[] = [];
afterEach(async () => {
  for (const site of sites.splice(0)) await site.dispose();
});

const MB = 1024 * 1024;
const EVIDENCE_BYTES = 3 * MB;

async function dump(site: TestSite): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of site.db.tables) {
    const rows = await table.toArray();
    tables[table.name] = rows.map((row) =>
      row && typeof row === 'object' && 'data' in row && row.data instanceof ArrayBuffer
        ? { ...row, data: Buffer.from(row.data).toString('base64') }
        : row,
    );
  }
  return canonicalJson(tables);
}

/** LON makes a bundle with one incident and its evidence (3 MB unless told), encrypted to BER. */
async function bundleFromLonToBer(evidenceBytes = EVIDENCE_BYTES): Promise<{ a: TestSite; b: TestSite; file: File }> {
  const a = await makeSite('LON', 'Dana Reyes');
  const b = await makeSite('BER', 'Jonas Weber');
  sites.push(a, b);
  const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
  const intakeId = await beginIntake(a.db, 'gateway.log');
  const bytes = new Uint8Array(evidenceBytes).map((_, index) => (index * 7) % 253);
  const staged = await streamIntoChunks(a.db, new Blob([bytes]), intakeId, { chunkBytes: MB });
  await commitIntake(a.db, a.actor, {
    subject: incidentSubject(incident),
    name: 'gateway.log',
    mediaType: 'text/plain',
    staged,
    details: {
      acquiredAt: '2026-11-20T09:00:00.000Z',
      acquiredBy: 'Dana Reyes',
      source: { system: 'gateway', location: 'gw-1', method: 'copied' },
      description: 'logs',
      tags: [],
      aiSystem: 'support-bot',
    },
  });
  const identity = await b.host.invoke('bundles:identity', {});
  if (!identity.ok) throw new Error(identity.error.message);
  const result = await exportBundle(a.db, a.actor, a.host, {
    selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: true },
    siteCode: 'BER',
    recipients: [identity.value.recipient],
  });
  expect(result.status).toBe('saved');
  const [name] = (await readdir(a.outputDir)).filter((entry) => entry.endsWith('.fbundle.age'));
  return { a, b, file: new File([await readFile(join(a.outputDir, name!))], name!) };
}

const trustSigner = { reason: 'Fingerprint compared by phone.' };

describe('the storage estimate before an import', () => {
  it('refuses a bundle that does not fit, in words with what to free, at preview and at apply, writing nothing', async () => {
    const { b, file } = await bundleFromLonToBer();
    const payload = await openBundle(b.host, file);
    try {
      const before = await dump(b);
      // 2 MB free: the 3 MB of evidence (plus its records and the usual headroom) cannot fit.
      const tight = async () => ({ quota: 10 * MB, usage: 8 * MB });
      const refusal =
        /^There is not enough storage for this bundle: it needs 3\.\d MB \(3\.0 MB of evidence, \d+(\.\d)? KB of records\) and 2\.0 MB is free\. Free at least 6\d\.\d MB of disk space on this device \(delete files you no longer need\) and import it again; nothing was imported\.$/;
      await expect(previewImport(b.db, payload, tight)).rejects.toThrow(refusal);
      await expect(
        applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload, { trustSigner, storageEstimate: tight }),
      ).rejects.toThrow(refusal);
      expect(await dump(b)).toBe(before);

      // Enough room: the preview says what it takes and what is free, and the import goes through.
      const roomy = async () => ({ quota: 1024 * MB, usage: 24 * MB });
      const preview = await previewImport(b.db, payload, roomy);
      expect(preview.storage.fits).toBe(true);
      expect(preview.storage.free).toBe(1000 * MB);
      expect(preview.storage.needed).toBeGreaterThan(EVIDENCE_BYTES);
      expect(bundleStorageInWords(preview.storage)).toMatch(/^Importing takes about 3\.\d MB; 1000 MB is free\.$/);
      const result = await applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload, {
        trustSigner,
        storageEstimate: roomy,
      });
      expect(result.added).toBeGreaterThanOrEqual(3);
      // Once the evidence is here, a re-import needs room for its records only.
      const again = await previewImport(b.db, payload, async () => ({
        quota: 10 * MB,
        usage: 10 * MB - STORAGE_MARGIN_BYTES - MB,
      }));
      expect(again.storage.needed).toBeLessThan(MB);
    } finally {
      await closeImport(b.host, payload);
    }
  });

  it('counts evidence, records twice (record and sync state) and the headroom; unknown quota is not a refusal', () => {
    const need = { evidenceBytes: 100 * MB, recordBytes: 5 * MB };
    expect(bundleStorageFit(need, {})).toEqual({ needed: 110 * MB, free: null, fits: true });
    expect(bundleStorageFit(need, { quota: 110 * MB + STORAGE_MARGIN_BYTES, usage: 0 }).fits).toBe(true);
    expect(bundleStorageFit(need, { quota: 110 * MB + STORAGE_MARGIN_BYTES, usage: 1 }).fits).toBe(false);
    expect(bundleStorageInWords(bundleStorageFit(need, {}))).toBe(
      'Importing takes about 110 MB; this browser does not say how much space is free.',
    );
  });
});

describe('an import killed while its evidence is staged', () => {
  it(
    'leaves every table as before once the next start removes the abandoned intake',
    { timeout: 120_000 },
    async () => {
      // 17 MB: three 8 MB chunks.
      const { b, file } = await bundleFromLonToBer(17 * MB);
      const payload = await openBundle(b.host, file);
      try {
        const before = await dump(b);
        const reader = evidenceReaderOf(b.host, payload);
        let calls = 0;
        let killed!: () => void;
        const killedAt = new Promise<void>((resolve) => (killed = resolve));
        // The page "dies" on the third chunk: the read never returns, so the import never reaches its transaction.
        const dying = (sha256: string, offset: number, length: number) => {
          calls += 1;
          if (calls < 3) return reader(sha256, offset, length);
          killed();
          return new Promise<Uint8Array>(() => undefined);
        };
        void applyImport(b.db, b.actor, dying, payload, { trustSigner });
        await killedAt;
        // Reads run ahead of the writes: the two chunks read before the page "died" are staged just after.
        await expect.poll(() => b.db.evidenceChunks.count(), { timeout: 30_000 }).toBe(2);
        expect(await b.db.evidenceContent.count()).toBe(0);
        expect(await b.db.evidenceIntakes.count()).toBe(1);
        expect(await b.db.trustedSigners.count()).toBe(0);
        // The next start.
        expect(await cleanAbandonedIntakes(b.db)).toBe(1);
        expect(await dump(b)).toBe(before);
        // The import then succeeds.
        const result = await applyImport(b.db, b.actor, reader, payload, { trustSigner });
        expect(result.added).toBeGreaterThanOrEqual(3);
        expect(await b.db.evidenceContent.count()).toBe(1);
        expect(await b.db.evidenceIntakes.count()).toBe(0);
      } finally {
        await closeImport(b.host, payload);
      }
    },
  );
});
