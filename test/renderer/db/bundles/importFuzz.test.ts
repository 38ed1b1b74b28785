/**
 * The fuzz run through the whole import path: mutated bundles go where a user's file goes — uploaded to a real host
 * (decrypt → verify), read and validated (`readBundlePayload`), judged against the trusted signers, previewed and
 * applied against a real (fake-indexeddb) database. Kinds: truncation, bit flips in every section of the ZIP (each
 * entry and the directory) and of the age file, reordered and duplicated entries, forged sizes and counts (also
 * re-signed with the trusted sender's own key), records that fail the schemas under a valid signature, evidence
 * left out, zip-slip names, a deflate zip bomb, a wrong signer key, an untrusted signer, an edited trusted comment.
 *
 * The receiving site has already imported the genuine bundle, so a mutation that leaves the signed bytes intact
 * (a DOS timestamp) is a re-import and must change nothing. Every case must end in a refusal in words
 * (`ExplainedError`) or such a no-op, within a per-case time cap; after every case the database is compared whole
 * with its dump from before, and the host's staging folder must be empty. 150 cases by default;
 * FIREBREAK_FUZZ_CASES=10000 runs the full count.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesSource, writeBundle } from '../../../../electron/services/bundles/bundleWriter';
import { passphraseFileKeyStore } from '../../../../electron/services/signing/keyStore';
import { ensureInstallationKey, type InstallationKey } from '../../../../electron/services/trust/installationKey';
import { readZipEntries } from '../../../../electron/services/bundles/zipReader';
import { applyImport, previewImport, signerVerdict } from '../../../../renderer/db/bundles/importBundle';
import { commitIntake } from '../../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { addTrustedSigner } from '../../../../renderer/db/trust/trustedSigners';
import { closeImport, evidenceReaderOf, openBundle } from '../../../../renderer/features/bundles/receiveBundle';
import { exportBundle } from '../../../../renderer/features/bundles/sendBundle';
import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import { bundleManifestSchema, type BundleManifest } from '../../../../shared/domain/bundles/manifest';
import { ExplainedError } from '../../../../shared/errors';
import { incidentSubject } from '../../../../shared/domain/subject';
import { readAllEntries, writeLooseZip, type LooseEntry } from '../../../electron/bundles/fixtures';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { makeSite, type TestSite } from './siteFixture';

const CASES = Number(process.env.FIREBREAK_FUZZ_CASES ?? 150);
const CASE_CAP_MS = 15_000;

const sites: TestSite[] = [];
afterAll(async () => {
  for (const site of sites.splice(0)) await site.dispose();
});

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function siteKey(site: TestSite): Promise<InstallationKey> {
  return ensureInstallationKey(
    passphraseFileKeyStore(join(dirname(site.outputDir), 'installation-key.json'), 'test passphrase'),
  );
}

async function newest(site: TestSite): Promise<string> {
  const names = (await readdir(site.outputDir)).filter((name) => name.includes('.fbundle'));
  return join(site.outputDir, names.sort().at(-1)!);
}

/** The whole import as the receive panel runs it; resolves with what it did, or rejects with the refusal. */
async function importThroughEveryStep(site: TestSite, bytes: Uint8Array, name: string): Promise<string> {
  const payload = await openBundle(site.host, new File([new Uint8Array(bytes)], name));
  try {
    const verdict = await signerVerdict(site.db, payload.opened, undefined);
    // The panel stops here for an unknown signer unless a person trusts it; the fuzz never does.
    if (verdict === 'unknown')
      throw new ExplainedError(`Signed by a key this site does not trust (${payload.opened.signer.fingerprint}).`);
    await previewImport(site.db, payload);
    const { added, updated, conflicts } = await applyImport(
      site.db,
      site.actor,
      evidenceReaderOf(site.host, payload),
      payload,
    );
    return canonicalJson({ added, updated, conflicts });
  } finally {
    await closeImport(site.host, payload);
  }
}

interface Sender {
  readonly manifest: BundleManifest;
  readonly plain: Buffer;
  readonly sealed: Buffer;
  readonly entries: LooseEntry[];
  readonly sections: readonly (readonly [number, number])[];
  readonly key: InstallationKey;
  readonly untrusted: Buffer;
  readonly bomb: Buffer | undefined;
}

/** Re-signs `entries` (payload only) with `key`, with the manifest fields and counts given: a forger with the key. */
async function resign(
  folder: string,
  key: InstallationKey,
  sender: Sender,
  payload: LooseEntry[],
  counts: Record<string, number>,
) {
  const target = join(folder, `resigned-${Math.random().toString(36).slice(2)}.fbundle`);
  const { manifest } = sender;
  await writeBundle(target, key, {
    bundleId: manifest.bundleId,
    createdAt: manifest.createdAt,
    sender: { installationId: manifest.sender.installationId, siteCode: manifest.sender.siteCode },
    counts,
    hlcRange: manifest.hlcRange,
    entries: payload.map((entry) => bytesSource(entry.name, entry.bytes)),
  });
  return readFile(target);
}

type Mutation = (next: () => number) => Promise<{ kind: string; bytes: Uint8Array; name: string }>;

function mutations(folder: string, sender: Sender): Mutation[] {
  const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const plainName = 'LON-BER.fbundle';
  const loose = async (kind: string, entries: LooseEntry[]) => ({
    kind,
    bytes: await readFile(await writeLooseZip(join(folder, `${kind}.fbundle`), entries)),
    name: plainName,
  });
  const payload = sender.entries.slice(4);
  const list: Mutation[] = [
    async (next) => ({
      kind: 'truncated',
      bytes: sender.plain.subarray(0, Math.floor(next() * sender.plain.length)),
      name: plainName,
    }),
    async (next) => ({
      kind: 'truncated-age',
      bytes: sender.sealed.subarray(0, Math.floor(next() * sender.sealed.length)),
      name: `${plainName}.age`,
    }),
    async (next) => {
      const [start, end] = pick(next, sender.sections);
      const copy = Buffer.from(sender.plain);
      const at = start + Math.floor(next() * (end - start));
      copy.writeUInt8(copy.readUInt8(at) ^ (1 << Math.floor(next() * 8)), at);
      return { kind: 'bit-flip', bytes: copy, name: plainName };
    },
    async (next) => {
      const copy = Buffer.from(sender.sealed);
      // Half in the age header, half in the payload chunks.
      const at = next() < 0.5 ? Math.floor(next() * 300) : Math.floor(next() * copy.length);
      copy.writeUInt8(copy.readUInt8(at) ^ (1 << Math.floor(next() * 8)), at);
      return { kind: 'bit-flip-age', bytes: copy, name: `${plainName}.age` };
    },
    async (next) => {
      const entries = [...sender.entries];
      const i = Math.floor(next() * entries.length);
      let j = Math.floor(next() * entries.length);
      if (j === i) j = (i + 1) % entries.length;
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
      return loose('reordered', entries);
    },
    async (next) => {
      const entries = [...sender.entries];
      const i = Math.floor(next() * entries.length);
      entries.splice(i + 1, 0, entries[i]!);
      return loose('duplicated', entries);
    },
    async (next) => {
      const edited = JSON.parse(sender.entries[0]!.bytes.toString('utf8')) as BundleManifest;
      const entry = pick(next, edited.entries);
      const forged = {
        ...edited,
        counts: next() < 0.5 ? { ...edited.counts, incidents: (edited.counts.incidents ?? 0) + 1 } : edited.counts,
        entries: edited.entries.map((e) => (e === entry ? { ...e, size: e.size + 1 + Math.floor(next() * 1e9) } : e)),
      };
      return loose('forged-manifest', [
        { name: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(forged, null, 2)}\n`) },
        ...sender.entries.slice(1),
      ]);
    },
    async (next) => {
      // The trusted key itself signs counts that do not match the lines.
      const counts = { ...sender.manifest.counts };
      const table = pick(next, Object.keys(counts));
      counts[table] = counts[table]! + (next() < 0.5 ? -1 : 1 + Math.floor(next() * 100));
      return {
        kind: 'resigned-count',
        bytes: await resign(folder, sender.key, sender, payload, counts),
        name: plainName,
      };
    },
    async (next) => {
      // The trusted key signs a records line that is not a valid record, or an item without its content.
      const records = payload.filter((entry) => entry.name.startsWith('records/'));
      const target = pick(next, records);
      const lines = target.bytes.toString('utf8').split('\n');
      const index = Math.floor(next() * (lines.length - 1));
      const line = JSON.parse(lines[index]!) as Record<string, unknown>;
      const breakers: ((value: Record<string, unknown>) => unknown)[] = [
        (value) => ({ ...value, entity: 'nonsense' }),
        (value) => ({ ...value, fields: {} }),
        (value) => ({ ...value, id: '../../etc/passwd' }),
        () => 'not an object',
      ];
      lines[index] = JSON.stringify(pick(next, breakers)(line));
      const edited = payload.map((entry) =>
        entry === target ? { name: entry.name, bytes: Buffer.from(lines.join('\n')) } : entry,
      );
      const withoutEvidence = next() < 0.2 ? payload.filter((entry) => !entry.name.startsWith('evidence/')) : edited;
      return {
        kind: withoutEvidence === edited ? 'resigned-invalid-record' : 'resigned-without-evidence',
        bytes: await resign(folder, sender.key, sender, withoutEvidence, { ...sender.manifest.counts }),
        name: plainName,
      };
    },
    async (next) => {
      const evil = pick(next, [
        '../evil',
        '/etc/passwd',
        'records\\incidents.ndjson',
        'C:evil',
        'evidence/\u0000x',
        'RECORDS/incidents.ndjson',
        'records/../../x',
      ]);
      const entries = [...sender.entries];
      entries.splice(4 + Math.floor(next() * (entries.length - 4)), 0, { name: evil, bytes: Buffer.from('x') });
      return loose('zip-slip', entries);
    },
    async () => ({ kind: 'zip-bomb', bytes: sender.bomb ?? sender.plain.subarray(0, 10), name: plainName }),
    async () => {
      // Another key in keys/sender.pub: the signature no longer checks out.
      const other = await ensureInstallationKey(passphraseFileKeyStore(join(folder, `k-${Math.random()}.json`), 'x'));
      const otherBundle = await resign(folder, other, sender, payload, { ...sender.manifest.counts });
      const theirs = await readAllEntries(
        await writeFile(join(folder, 'other.fbundle'), otherBundle).then(() => join(folder, 'other.fbundle')),
      );
      return loose('wrong-signer-key', [sender.entries[0]!, theirs[1]!, theirs[2]!, ...sender.entries.slice(3)]);
    },
    async () => ({ kind: 'untrusted-signer', bytes: sender.untrusted, name: plainName }),
    async (next) => {
      const signature = sender.entries[1]!.bytes.toString('utf8').split('\n');
      const at = signature.findIndex((line) => line.startsWith('trusted comment: '));
      const text = signature[at]!;
      const position = 17 + Math.floor(next() * (text.length - 17));
      signature[at] = `${text.slice(0, position)}${text[position] === 'a' ? 'b' : 'a'}${text.slice(position + 1)}`;
      return loose('edited-trusted-comment', [
        sender.entries[0]!,
        { name: sender.entries[1]!.name, bytes: Buffer.from(signature.join('\n')) },
        ...sender.entries.slice(2),
      ]);
    },
  ];
  return list;
}

async function sectionsOf(bundlePath: string, length: number): Promise<[number, number][]> {
  const file = await open(bundlePath, 'r');
  try {
    const entries = await readZipEntries(file);
    const sections: [number, number][] = [];
    let start = 0;
    for (const entry of entries) {
      const end = entry.dataOffset + entry.size;
      sections.push([start, Math.max(start + 1, end)]);
      start = end;
    }
    sections.push([start, length]);
    return sections;
  } finally {
    await file.close();
  }
}

function zipBomb(folder: string, entries: readonly LooseEntry[]): Buffer | undefined {
  // 64 MiB of zeros deflated to ~64 KiB, among genuine header entries: a reader that inflated it would be the bomb.
  const dir = join(folder, 'bomb');
  try {
    execFileSync('mkdir', ['-p', join(dir, 'keys'), join(dir, 'records')]);
    for (const entry of entries.slice(0, 4))
      execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(dir, entry.name)], { input: entry.bytes });
    execFileSync('sh', ['-c', `head -c ${64 * 1024 * 1024} /dev/zero > records/incidents.ndjson`], { cwd: dir });
    execFileSync(
      'zip',
      [
        '-q',
        '-X',
        'bomb.zip',
        'manifest.json',
        'manifest.json.minisig',
        'keys/sender.pub',
        'SHA256SUMS',
        'records/incidents.ndjson',
      ],
      { cwd: dir },
    );
    return execFileSync('cat', [join(dir, 'bomb.zip')], { maxBuffer: 1 << 28 });
  } catch {
    return undefined;
  }
}

describe('the whole import path under mutated bundles', () => {
  it(`refuses every one of ${CASES} mutated bundles in words (or re-imports them as no-ops) and writes not one row`, async () => {
    const a = await makeSite('LON', 'Dana Reyes');
    const b = await makeSite('BER', 'Jonas Weber');
    const c = await makeSite('PAR', 'Camille Martin');
    sites.push(a, b, c);
    const folder = join(dirname(a.outputDir), 'fuzz');
    await mkdir(folder, { recursive: true });
    const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
    const intakeId = await beginIntake(a.db, 'gateway.log');
    const staged = await streamIntoChunks(
      a.db,
      new Blob([new Uint8Array(70_000).map((_, i) => (i * 7) % 251)]),
      intakeId,
    );
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
    const chosen = { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: true } as const;
    await exportBundle(a.db, a.actor, a.host, { selection: chosen, siteCode: 'BER', recipients: [] });
    const plainPath = await newest(a);
    const identity = await b.host.invoke('bundles:identity', {});
    if (!identity.ok) throw new Error(identity.error.message);
    await exportBundle(a.db, a.actor, a.host, {
      selection: chosen,
      siteCode: 'BER',
      recipients: [identity.value.recipient],
    });
    const sealed = await readFile(await newest(a));
    const parisIncident = await declareIncident(c.db, c.actor, promptInjectionDraft());
    await exportBundle(c.db, c.actor, c.host, {
      selection: { kind: 'chosen', incidentIds: [parisIncident.id], runbooks: false, people: true },
      siteCode: 'BER',
      recipients: [],
    });
    const untrusted = await readFile(await newest(c));
    const plain = await readFile(plainPath);
    const entries = await readAllEntries(plainPath);
    const manifest = bundleManifestSchema.parse(JSON.parse(entries[0]!.bytes.toString('utf8')));
    const key = await siteKey(a);
    const sender: Sender = {
      manifest,
      plain,
      sealed,
      entries,
      sections: await sectionsOf(plainPath, plain.length),
      key,
      untrusted,
      bomb: zipBomb(folder, entries),
    };

    // B trusts LON and has imported the genuine bundle once.
    await addTrustedSigner(b.db, b.actor, {
      kind: 'ed25519-sha256',
      fingerprint: key.fingerprint,
      label: 'Site LON',
      reason: 'Confirmed by phone.',
    });
    expect(await importThroughEveryStep(b, plain, 'LON-BER.fbundle')).toMatch(/"added":[1-9]/);
    const before = await dump(b);
    const stagingFolder = join(dirname(b.outputDir), 'staging');

    const kinds = mutations(folder, sender);
    const outcomes: Record<string, { refused: number; noOp: number }> = {};
    const next = random(20261130);
    const started = performance.now();
    for (let index = 0; index < CASES; index++) {
      const { kind, bytes, name } = await kinds[index % kinds.length]!(next);
      const tally = (outcomes[kind] ??= { refused: 0, noOp: 0 });
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        importThroughEveryStep(b, bytes, name).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        ),
        new Promise<{ hung: true }>((resolve) => (timer = setTimeout(() => resolve({ hung: true }), CASE_CAP_MS))),
      ]);
      clearTimeout(timer);
      if ('hung' in outcome) throw new Error(`case ${index} (${kind}) took over ${CASE_CAP_MS} ms`);
      if ('error' in outcome) {
        if (!(outcome.error instanceof ExplainedError))
          throw new Error(`case ${index} (${kind}) failed without words: ${String(outcome.error)}`, {
            cause: outcome.error,
          });
        // Words: a sentence, no JSON, no stack, no schema dump.
        expect(outcome.error.message, `case ${index} (${kind})`).toMatch(/[A-Za-z]{3,} [a-z].*[.:)]$/s);
        expect(outcome.error.message, `case ${index} (${kind})`).not.toMatch(/\{"|\n\s+at |ZodError/);
        tally.refused++;
      } else {
        expect(outcome.result, `case ${index} (${kind}) imported something`).toBe(
          canonicalJson({ added: 0, updated: 0, conflicts: 0 }),
        );
        tally.noOp++;
      }
      expect(await dump(b), `case ${index} (${kind}) changed the database`).toBe(before);
      expect(await readdir(stagingFolder), `case ${index} (${kind}) left staging behind`).toEqual([]);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `BENCH ${JSON.stringify({ name: 'bundle-import-fuzz', cases: CASES, seconds: Math.round(seconds), outcomes })}`,
    );
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(Math.min(CASES, kinds.length));
    for (const kind of ['untrusted-signer', 'edited-trusted-comment', 'wrong-signer-key', 'zip-slip', 'resigned-count'])
      if (outcomes[kind]) expect(outcomes[kind].noOp, kind).toBe(0);
    expect(createHash('sha256').update(before).digest('hex')).toBe(
      createHash('sha256')
        .update(await dump(b))
        .digest('hex'),
    );
  }, 3_600_000);
});
