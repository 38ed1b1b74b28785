/**
 * `firebreak-verify` on real exported bundles: one encrypted to a partner's age-keygen identity, one with a
 * passphrase, one signed only. It prints the sender, records per table, evidence sizes and HLC range with the trust
 * verdict and its exit code; a tampered bundle, a bundle whose records fail the schemas although signed, a wrong
 * passphrase and a missing identity are refused in words with a non-zero exit. The installed command is run once as
 * a user would (`node electron/verifier/firebreak-verify.js`).
 */
import 'fake-indexeddb/auto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runVerifier } from '../../../../electron/verifier/cli';
import { commitIntake } from '../../../../renderer/db/evidence/evidence';
import { beginIntake, streamIntoChunks } from '../../../../renderer/db/evidence/evidenceContent';
import { declareIncident } from '../../../../renderer/db/incidents/incidents';
import { exportBundle, type ExportOptions } from '../../../../renderer/features/bundles/sendBundle';
import { incidentSubject } from '../../../../shared/domain/subject';
import { sampleBundle } from '../../../electron/bundles/fixtures';
import { newInstallationKey, run } from '../../../electron/bundles/keys';
import { promptInjectionDraft } from '../../../fixtures/incidentDrafts';
import { makeSite, type TestSite } from './siteFixture';

const sites: TestSite[] = [];
afterEach(async () => {
  for (const site of sites.splice(0)) await site.dispose();
});

async function verify(...argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runVerifier(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

/** Site LON with one incident and a 20,000-byte evidence file, ready to export. */
async function london() {
  const a = await makeSite('LON', 'Dana Reyes');
  sites.push(a);
  const incident = await declareIncident(a.db, a.actor, promptInjectionDraft());
  const intakeId = await beginIntake(a.db, 'gateway.log');
  const staged = await streamIntoChunks(a.db, new Blob([new Uint8Array(20_000).fill(7)]), intakeId);
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
  const send = async (options: Partial<ExportOptions>): Promise<string> => {
    const before = new Set(await readdir(a.outputDir).catch(() => []));
    const result = await exportBundle(a.db, a.actor, a.host, {
      selection: { kind: 'chosen', incidentIds: [incident.id], runbooks: false, people: true },
      siteCode: 'BER',
      recipients: [],
      ...options,
    });
    if (result.status !== 'saved') throw new Error('not saved');
    const name = (await readdir(a.outputDir)).find((candidate) => !before.has(candidate))!;
    return join(a.outputDir, name);
  };
  const identity = await a.host.invoke('bundles:identity', {});
  if (!identity.ok) throw new Error(identity.error.message);
  return { send, item, fingerprint: identity.value.keyFingerprint };
}

describe('firebreak-verify on sync bundles', () => {
  it('prints contents and the trust verdict of a bundle encrypted to an age-keygen identity; tampering exits 1', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'firebreak-verify-bundle-'));
    const keyPath = join(folder, 'ber.key');
    expect((await run('age-keygen', ['-o', keyPath])).code).toBe(0);
    const recipient = (await run('age-keygen', ['-y', keyPath])).output.trim();
    const lon = await london();
    const bundlePath = await lon.send({ recipients: [recipient] });

    const untrusted = await verify(bundlePath, '--identity', keyPath);
    expect(untrusted.code).toBe(2);
    expect(untrusted.text).toContain('Verdict: UNTRUSTED');
    expect(untrusted.text).toContain('Encryption: age, to X25519 recipients');
    expect(untrusted.text).toContain(`key fingerprint (SHA-256): ${lon.fingerprint}`);
    expect(untrusted.text).toMatch(/Signed by: site LON, installation [0-9a-f-]{36}/);
    expect(untrusted.text).toMatch(/^ {2}incidents +1$/m);
    expect(untrusted.text).toMatch(/^ {2}evidence +1$/m);
    expect(untrusted.text).toMatch(/^ {2}custody +1$/m);
    expect(untrusted.text).toContain(`Evidence files: 1, 19.5 KiB (20,000 bytes) in all`);
    expect(untrusted.text).toContain(`  ${lon.item.sha256}  19.5 KiB (20,000 bytes)`);
    expect(untrusted.text).toMatch(/HLC range: \d{15}-\d{4}-\S+ to \d{15}-\d{4}-\S+/);

    const trusted = await verify(bundlePath, '--identity', keyPath, '--trust', lon.fingerprint, '--json');
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.text)).toMatchObject({
      verdict: 'trusted',
      problems: [],
      counts: { incidents: 1, evidence: 1 },
      evidence: [{ sha256: lon.item.sha256, size: 20_000 }],
      sender: { siteCode: 'LON', fingerprint: lon.fingerprint },
    });

    const bytes = await readFile(bundlePath);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3000) ^ 0x01, bytes.length - 3000);
    await writeFile(join(folder, 'tampered.fbundle.age'), bytes);
    const tampered = await verify(
      join(folder, 'tampered.fbundle.age'),
      '--identity',
      keyPath,
      '--trust',
      lon.fingerprint,
    );
    expect(tampered).toEqual({
      code: 1,
      text: expect.stringMatching(
        /Verdict: INVALID.*\n {2}- The age file is damaged: chunk \d+ of \d+ fails its check\./,
      ),
    });
    expect(await verify(bundlePath)).toMatchObject({
      code: 3,
      text: expect.stringContaining('pass the matching identity with --identity FILE'),
    });
    const otherKey = join(folder, 'other.key');
    await run('age-keygen', ['-o', otherKey]);
    expect((await verify(bundlePath, '--identity', otherKey)).code).toBe(3);

    // As a user runs it, with the verdict as the exit code.
    const installed = await run('node', ['electron/verifier/firebreak-verify.js', bundlePath, '--identity', keyPath]);
    expect(installed.code).toBe(2);
    expect(installed.output).toContain('Verdict: UNTRUSTED');
  }, 60_000);

  it('opens a passphrase bundle with --passphrase-file and refuses another passphrase', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'firebreak-verify-bundle-'));
    const lon = await london();
    const bundlePath = await lon.send({ passphrase: 'correct horse battery staple' });
    await writeFile(join(folder, 'right'), 'correct horse battery staple\n');
    await writeFile(join(folder, 'wrong'), 'incorrect horse battery staple\n');
    const opened = await verify(bundlePath, '--passphrase-file', join(folder, 'right'), '--trust', lon.fingerprint);
    expect(opened.code).toBe(0);
    expect(opened.text).toContain('Encryption: age, with a passphrase (scrypt)');
    expect(await verify(bundlePath, '--passphrase-file', join(folder, 'wrong'))).toMatchObject({
      code: 3,
      text: expect.stringContaining('The passphrase is not the one the file was encrypted with.'),
    });
    // Not a terminal and no file: told how to give it.
    expect(await verify(bundlePath)).toMatchObject({ code: 3, text: expect.stringContaining('--passphrase-file') });
  }, 60_000);

  it('refuses a signed-only bundle with one changed byte, and a correctly signed one whose records fail the schemas', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'firebreak-verify-bundle-'));
    const lon = await london();
    const bundlePath = await lon.send({});
    expect((await verify(bundlePath, '--trust', lon.fingerprint)).code).toBe(0);
    const bytes = await readFile(bundlePath);
    const at = bytes.indexOf('"incident"');
    bytes.writeUInt8(bytes.readUInt8(at + 2) ^ 0x20, at + 2);
    await writeFile(join(folder, 'edited.fbundle'), bytes);
    const edited = await verify(join(folder, 'edited.fbundle'), '--trust', lon.fingerprint);
    expect(edited.code).toBe(1);
    expect(edited.text).toMatch(
      /Verdict: INVALID.*\n {2}- records\/incidents\.ndjson is damaged: its CRC-32 does not match\./,
    );

    // A forger's own key signs a well-formed bundle whose records are not Firebreak records.
    const key = await newInstallationKey();
    const { bundlePath: forged } = await sampleBundle(folder, key);
    const refused = await verify(forged, '--trust', key.fingerprint);
    expect(refused.code).toBe(1);
    expect(refused.text).toContain('The signature holds, but line 1 of records/incidents.ndjson is not a sync record');
    expect(await verify(join(folder, 'missing.fbundle'))).toMatchObject({ code: 3 });
  }, 60_000);
});
