/**
 * Bundles between two sites, end to end through the data layer and the real host services: export with evidence to
 * the other site's age recipient, open (decrypt + verify), preview, apply in one transaction; re-import changes
 * nothing; both sites edit and exchange incremental bundles both ways and converge, with the legal-weight field
 * changed on both sides kept as a conflict; a tampered bundle writes nothing.
 */
import 'fake-indexeddb/auto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../../renderer/db/auditTrail';
import { applyImport, previewImport, signerVerdict } from '../../../../renderer/db/bundles/importBundle';
import { exportBundle } from '../../../../renderer/features/bundles/sendBundle';
import { closeImport, evidenceReaderOf, openBundle } from '../../../../renderer/features/bundles/receiveBundle';
import { liveConflicts } from '../../../../renderer/db/bundles/conflicts';
import { commitIntake } from '../../../../renderer/db/evidence/evidence';
import { beginIntake, hashStoredContent, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { custodyEventsOf, verifyStoredCustody } from '../../../../renderer/db/evidence/queries';
import { declareIncident, editIncident } from '../../../../renderer/db/incidents/incidents';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { incidentSubject } from '../../../../shared/domain/subject';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { makeSite, type TestSite } from './siteFixture';

const sites: TestSite[] = [];
afterEach(async () => {
  for (const site of sites.splice(0)) await site.dispose();
});

async function twoSites(): Promise<[TestSite, TestSite]> {
  const a = await makeSite('LON', 'Dana Reyes');
  const b = await makeSite('BER', 'Jonas Weber');
  sites.push(a, b);
  return [a, b];
}

async function newestBundle(site: TestSite): Promise<File> {
  const names = (await readdir(site.outputDir)).filter((name) => name.includes('.fbundle'));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(join(site.outputDir, name))).mtimeMs })),
  );
  const newest = dated.sort((x, y) => x.at - y.at).at(-1)!;
  return new File([await readFile(join(site.outputDir, newest.name))], newest.name);
}

/** Every table of a database as one string, for byte-identical comparisons. */
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

async function sendAll(from: TestSite, to: TestSite, incidentIds: string[]): Promise<void> {
  const identity = await to.host.invoke('bundles:identity', {});
  if (!identity.ok) throw new Error(identity.error.message);
  const { recipient } = identity.value;
  const result = await exportBundle(from.db, from.actor, from.host, {
    selection: { kind: 'chosen', incidentIds, runbooks: false, people: true },
    siteCode: to.siteCode,
    recipients: [recipient],
  });
  expect(result.status).toBe('saved');
}

async function receive(to: TestSite, from: TestSite) {
  const payload = await openBundle(to.host, await newestBundle(from));
  try {
    const preview = await previewImport(to.db, payload);
    const result = await applyImport(to.db, to.actor, evidenceReaderOf(to.host, payload), payload, {
      trustSigner: { reason: 'Fingerprint compared by phone.' },
    });
    return { payload, preview, result };
  } finally {
    await closeImport(to.host, payload);
  }
}

describe('sync bundles between two sites', () => {
  it('carries an incident with its evidence and custody, previews it, imports it once, and a re-import changes nothing', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const bytes = new Uint8Array(20_000).map((_, index) => (index * 31) % 251);
    const intakeId = await beginIntake(a.db, 'gateway.log');
    const staged = await streamIntoChunks(a.db, new Blob([bytes]), intakeId, { chunkBytes: 4096 });
    const item = await commitIntake(a.db, a.actor, {
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
    await sendAll(a, b, [incident.id]);
    expect(await readFile(join(a.outputDir, (await readdir(a.outputDir))[0]!), 'latin1')).toMatch(
      /^age-encryption\.org\/v1/,
    );
    expect((await custodyEventsOf(a.db, item.id)).at(-1)?.detail).toMatch(/^Exported in bundle .* to BER$/);

    const payload = await openBundle(b.host, await newestBundle(a));
    expect(await signerVerdict(b.db, payload.opened, undefined)).toBe('unknown');
    expect(payload.opened.signer.siteCode).toBe('LON');
    const preview = await previewImport(b.db, payload);
    expect(preview.tables.incidents).toEqual({ added: 1, updated: 0, unchanged: 0, inConflict: 0 });
    expect(preview.incidents).toEqual([
      { id: incident.id, ref: incident.ref, title: incident.title, outcome: 'added', conflicts: 0 },
    ]);
    expect(preview.evidenceToStore).toEqual({ count: 1, bytes: 20_000 });
    // applyImport judges the signer itself: an untrusted one is refused in words with nothing written.
    const untouched = await dump(b);
    await expect(applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload)).rejects.toThrow(
      /signed by a key this site does not trust .*site LON.*nothing was imported/,
    );
    expect(await dump(b)).toBe(untouched);
    // Trusting it in the same step: one transaction writes the trusted signer and the import, both audited.
    const result = await applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload, {
      trustSigner: { reason: 'Fingerprint compared by phone.' },
    });
    expect(result.added).toBeGreaterThanOrEqual(3);
    // Nothing was written since the preview (the refused apply wrote nothing), so its plans were used as they were.
    expect(result.planReused).toBe(true);
    expect(await signerVerdict(b.db, payload.opened, undefined)).toBe('trusted');
    const trusted = await b.db.trustedSigners.toArray();
    expect(trusted).toMatchObject([
      {
        kind: 'ed25519-sha256',
        fingerprint: payload.opened.signer.fingerprint,
        reason: 'Fingerprint compared by phone.',
      },
    ]);
    const audit = await b.db.auditLog.toArray();
    const trustEntry = audit.find((entry) => entry.entity === 'trustedSigner')!;
    const bundleEntry = audit.find((entry) => entry.entity === 'bundle')!;
    expect(trustEntry.at).toBe(bundleEntry.at);

    expect(canonicalJson(await b.db.incidents.get(incident.id))).toBe(
      canonicalJson(await a.db.incidents.get(incident.id)),
    );
    expect(await hashStoredContent(b.db, item.sha256)).toBe(item.sha256);
    expect(await verifyStoredCustody(b.db, item.id)).toMatchObject({ ok: true });
    const custody = await custodyEventsOf(b.db, item.id);
    expect(custody.map((event) => event.action)).toEqual(['acquired', 'transferred']);
    expect(custody.at(-1)?.detail).toBe(`Imported from bundle ${payload.opened.manifest.bundleId}, site LON`);
    expect((await verifyStoredAuditChain(b.db)).ok).toBe(true);

    const before = await dump(b);
    const again = await applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload);
    expect(again).toEqual({ added: 0, updated: 0, conflicts: 0, planReused: false });
    expect(await dump(b)).toBe(before);
    await closeImport(b.host, payload);
  });

  it('applies with the preview\'s plans only while nothing was written since, and plans again otherwise', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await sendAll(a, b, [incident.id]);
    const file = await newestBundle(a);
    const first = await openBundle(b.host, file);
    const second = await openBundle(b.host, file);
    try {
      const trust = { trustSigner: { reason: 'Fingerprint compared by phone.' } };
      expect((await previewImport(b.db, first)).tables.incidents).toMatchObject({ added: 1 });
      expect((await previewImport(b.db, second)).tables.incidents).toMatchObject({ added: 1 });
      const imported = await applyImport(b.db, b.actor, evidenceReaderOf(b.host, second), second, trust);
      expect(imported.planReused).toBe(true);
      expect(imported.added).toBeGreaterThanOrEqual(3);
      // The first preview's plans say "add"; the database changed since (the audit head moved), so the apply plans
      // again, finds everything present and writes nothing.
      const before = await dump(b);
      const stale = await applyImport(b.db, b.actor, evidenceReaderOf(b.host, first), first, trust);
      expect(stale).toEqual({ added: 0, updated: 0, conflicts: 0, planReused: false });
      expect(await dump(b)).toBe(before);
    } finally {
      await closeImport(b.host, first);
      await closeImport(b.host, second);
    }
  });

  it('merges edits made on both sides, keeps a both-sided severity change as a conflict, and converges', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await sendAll(a, b, [incident.id]);
    await receive(b, a);

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
    await sendAll(b, a, [incident.id]);
    await sendAll(a, b, [incident.id]);
    const atA = await receive(a, b);
    expect(atA.preview.tables.incidents).toMatchObject({ updated: 1, inConflict: 1 });
    await receive(b, a);

    const [onA, onB] = [await a.db.incidents.get(incident.id), await b.db.incidents.get(incident.id)];
    expect(canonicalJson(onA)).toBe(canonicalJson(onB));
    expect(onA).toMatchObject({ title: 'Retitled at BER', summary: 'Summary rewritten at LON.' });
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
  });

  it('keeps a conflict an import made while an export was being written: the export stores no older sync state over it', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    await sendAll(a, b, [incident.id]);
    await receive(b, a);
    const draft = promptInjectionDraft();
    await editIncident(b.db, b.actor, incident.id, { ...draft, severity: 'SEV4' }, 'BER downgraded it.');
    await sendAll(b, a, [incident.id]);
    await editIncident(a.db, a.actor, incident.id, { ...draft, severity: 'SEV1' });

    // A's export collects its records, and while the host writes the bundle, A imports B's bundle.
    let importedMeanwhile = false;
    const host: typeof a.host = {
      invoke: async (channel, request) => {
        if (channel === 'bundles:exportFinish' && !importedMeanwhile) {
          importedMeanwhile = true;
          await receive(a, b);
        }
        return a.host.invoke(channel, request);
      },
    };
    const identity = await b.host.invoke('bundles:identity', {});
    if (!identity.ok) throw new Error(identity.error.message);
    const { recipient } = identity.value;
    const result = await exportBundle(a.db, a.actor, host, {
      selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: true },
      siteCode: b.siteCode,
      recipients: [recipient],
    });
    expect(result.status).toBe('saved');
    expect(importedMeanwhile).toBe(true);
    const conflicts = await liveConflicts(a.db);
    expect(conflicts.map((conflict) => [conflict.field, conflict.candidates.map((c) => c.value).sort()])).toEqual([
      ['severity', ['SEV1', 'SEV4']],
    ]);
  });

  it('refuses a tampered bundle in words and writes nothing', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const result = await exportBundle(a.db, a.actor, a.host, {
      selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: false },
      siteCode: 'BER',
      recipients: [],
    });
    expect(result.status).toBe('saved');
    const file = await newestBundle(a);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const at = bytes.length - 400;
    bytes[at] = bytes[at]! ^ 0xff;
    const before = await dump(b);
    await writeFile(join(a.outputDir, 'tampered.fbundle'), bytes);
    await expect(openBundle(b.host, new File([bytes], 'tampered.fbundle'))).rejects.toThrow(/.+/);
    expect(await dump(b)).toBe(before);
  });
});

describe('a bundle encrypted with a passphrase', () => {
  it('opens with the passphrase, is refused in words without it or with another, and writes nothing then', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const result = await exportBundle(a.db, a.actor, a.host, {
      selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: false },
      siteCode: 'BER',
      recipients: [],
      passphrase: 'correct horse battery staple',
    });
    expect(result).toMatchObject({ status: 'saved', encrypted: true, path: expect.stringMatching(/\.fbundle\.age$/) });
    const file = await newestBundle(a);
    expect((await readFile(join(a.outputDir, file.name), 'latin1')).split('\n')[1]).toMatch(/^-> scrypt \S+ 18$/);
    const before = await dump(b);
    await expect(openBundle(b.host, file)).rejects.toThrow(
      'The file is encrypted with a passphrase: give the passphrase, then open it again.',
    );
    await expect(openBundle(b.host, file, undefined, 'another passphrase')).rejects.toThrow(
      'The passphrase is not the one the file was encrypted with.',
    );
    expect(await dump(b)).toBe(before);
    const payload = await openBundle(b.host, file, undefined, 'correct horse battery staple');
    try {
      expect(payload.opened.encrypted).toBe(true);
      await applyImport(b.db, b.actor, evidenceReaderOf(b.host, payload), payload, {
        trustSigner: { reason: 'Fingerprint compared by phone.' },
      });
    } finally {
      await closeImport(b.host, payload);
    }
    expect(canonicalJson(await b.db.incidents.get(incident.id))).toBe(
      canonicalJson(await a.db.incidents.get(incident.id)),
    );
  });

  it('is refused at the boundary when too short or beside a recipient', async () => {
    const [a, b] = await twoSites();
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const identity = await b.host.invoke('bundles:identity', {});
    if (!identity.ok) throw new Error(identity.error.message);
    const attempt = (recipients: string[], passphrase: string) =>
      exportBundle(a.db, a.actor, a.host, {
        selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: false },
        siteCode: 'BER',
        recipients,
        passphrase,
      });
    await expect(attempt([], 'short')).rejects.toThrow(/at least 12 characters/);
    await expect(attempt([identity.value.recipient], 'correct horse battery staple')).rejects.toThrow(
      /either to recipients or with a passphrase, not both/,
    );
    expect(await readdir(a.outputDir).catch(() => [])).toEqual([]);
  });
});
