/**
 * Sync bundles end to end in the host: a bundle Firebreak writes passes Debian's standard tools (`unzip -t`,
 * `sha256sum -c SHA256SUMS`, `minisign -V`) and its own verifier, which reports the signer; forgeries a person
 * could make with a ZIP tool and without the sender's key are each refused with a sentence.
 */
import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../electron/services/bundles/bundleVerifier';
import { bundleHeader, writeBundle } from '../../../electron/services/bundles/bundleWriter';
import { temporaryFolder } from '../helpers';
import { evidenceBytes, evidenceSha256, readAllEntries, sampleBundle, sampleDraft, writeLooseZip } from './fixtures';
import { newInstallationKey, run } from './keys';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error) => error.message,
  );

describe('sync bundle format', () => {
  it('writes a bundle the standard tools check, and that verifies here with its signer', async () => {
    const folder = await temporaryFolder('firebreak-bundle-');
    const key = await newInstallationKey();
    const { bundlePath, manifest } = await sampleBundle(folder, key);

    const tested = await run('unzip', ['-t', bundlePath]);
    expect(tested.code, tested.output).toBe(0);
    const unzipped = path.join(folder, 'unzipped');
    expect((await run('unzip', ['-q', bundlePath, '-d', unzipped])).code).toBe(0);
    expect(await run('sha256sum', ['-c', 'SHA256SUMS'], unzipped)).toEqual({
      code: 0,
      output: `records/incidents.ndjson: OK\nevidence/${evidenceSha256}: OK\n`,
    });
    const signed = await run('minisign', ['-Vm', 'manifest.json', '-p', 'keys/sender.pub'], unzipped);
    expect(signed.code, signed.output).toBe(0);
    expect(signed.output).toContain(`Trusted comment: firebreak-bundle bundle:${manifest.bundleId} manifest-sha256:`);
    expect(await readFile(path.join(unzipped, 'evidence', evidenceSha256))).toEqual(evidenceBytes);
    const listing = (await run('zipinfo', ['-1', bundlePath])).output.trim().split('\n');
    expect(listing).toEqual([
      'manifest.json',
      'manifest.json.minisig',
      'keys/sender.pub',
      'SHA256SUMS',
      'records/incidents.ndjson',
      `evidence/${evidenceSha256}`,
    ]);

    const verified = await verifyBundle(bundlePath);
    expect({ manifest: verified.manifest, signer: verified.signer }).toEqual({
      manifest,
      signer: {
        fingerprint: key.fingerprint,
        keyId: expect.stringMatching(/^[0-9A-F]{16}$/),
        siteCode: 'LON',
        installationId: manifest.sender.installationId,
      },
    });
    expect(verified.entries.map((entry) => [entry.name, entry.size])).toEqual(
      manifest.entries.map((entry) => [entry.name, entry.size]),
    );
  });

  it('refuses forgeries made without the sender key, in words', async () => {
    const folder = await temporaryFolder('firebreak-bundle-');
    const key = await newInstallationKey();
    const { bundlePath } = await sampleBundle(folder, key);
    const { bundlePath: otherPath } = await sampleBundle(folder, key);
    const good = await readAllEntries(bundlePath);
    const other = await readAllEntries(otherPath);
    const forged = (name: string, entries: { name: string; bytes: Buffer }[]) =>
      refusal(writeLooseZip(path.join(folder, `${name}.fbundle`), entries).then(verifyBundle));
    const altered = good.map((entry) =>
      entry.name.startsWith('evidence/') ? { ...entry, bytes: Buffer.from(entry.bytes).fill(65, 0, 10) } : entry,
    );
    const extra = { name: `evidence/${'0'.repeat(64)}`, bytes: Buffer.from('planted') };
    const truncatedPath = path.join(folder, 'truncated.fbundle');
    await writeLooseZip(truncatedPath, good);
    await truncate(truncatedPath, Math.floor((await stat(truncatedPath)).size / 2));
    const paddedPath = path.join(folder, 'padded.fbundle');
    await writeLooseZip(paddedPath, good);
    await appendFile(paddedPath, 'trailing');
    const flippedPath = path.join(folder, 'flipped.fbundle');
    const flipped = Buffer.from(await readFile(bundlePath));
    const at = flipped.indexOf('gateway: ignore');
    flipped.writeUInt8(flipped.readUInt8(at) ^ 1, at);
    await writeFile(flippedPath, flipped);
    const [manifest, signature, , sums, records, evidence] = good;
    if (!manifest || !signature || !sums || !records || !evidence) throw new Error('sample bundle incomplete');

    expect({
      altered: await forged('altered', altered),
      flipped: await refusal(verifyBundle(flippedPath)),
      added: await forged('added', [...good, extra]),
      missing: await forged('missing', good.slice(0, 5)),
      reordered: await forged('reordered', [...good.slice(0, 4), evidence, records]),
      swappedManifest: await forged('swapped', [other[0] ?? manifest, ...good.slice(1)]),
      truncated: await refusal(verifyBundle(truncatedPath)),
      padded: await refusal(verifyBundle(paddedPath)),
      duplicate: await forged('duplicate', [...good, evidence]),
      traversal: await forged('traversal', [...good, { name: '../../.bashrc', bytes: Buffer.from('evil') }]),
      absolute: await forged('absolute', [...good, { name: '/etc/passwd', bytes: Buffer.from('evil') }]),
      backslash: await forged('backslash', [...good, { name: 'evidence\\..\\x', bytes: Buffer.from('evil') }]),
      headerOrder: await forged('order', [signature, manifest, ...good.slice(2)]),
      sums: await forged('sums', [
        manifest,
        signature,
        good[2] ?? manifest,
        { name: 'SHA256SUMS', bytes: Buffer.from('') },
        records,
        evidence,
      ]),
    }).toEqual({
      altered: `evidence/${evidenceSha256} is not what was signed: its SHA-256 differs from the manifest's.`,
      flipped: `evidence/${evidenceSha256} is damaged: its CRC-32 does not match.`,
      added: `The bundle holds evidence/${'0'.repeat(64)}, which its signed manifest does not list.`,
      missing: `The bundle lacks evidence/${evidenceSha256}, which its signed manifest lists.`,
      reordered: "The bundle's entries are not in the manifest's order (records/incidents.ndjson expected at 5).",
      swappedManifest:
        "The manifest's signature does not check out: The signature does not match the file: the file was changed after signing.",
      truncated: 'The bundle is truncated, has bytes after its end, or is not a ZIP file.',
      padded: 'The bundle is truncated, has bytes after its end, or is not a ZIP file.',
      duplicate: `The bundle holds the entry "evidence/${evidenceSha256}" twice (names that differ only by case count as the same).`,
      traversal: 'The entry "../../.bashrc" tries to leave the bundle\'s folder (..).',
      absolute: 'The entry "/etc/passwd" has an absolute path.',
      backslash: 'The entry name "evidence\\\\..\\\\x" has a backslash (a Windows path).',
      headerOrder:
        'The bundle must start with manifest.json, manifest.json.minisig, keys/sender.pub, SHA256SUMS; entry 1 is "manifest.json.minisig" instead of manifest.json.',
      sums: 'SHA256SUMS does not list exactly the entries of the signed manifest.',
    });
  });

  it('reports a bundle re-signed by another key as that signer, and refuses one whose manifest names another key', async () => {
    const folder = await temporaryFolder('firebreak-bundle-');
    const sender = await newInstallationKey();
    const forger = await newInstallationKey();
    const draft = await sampleDraft(folder);
    const { bundlePath } = await sampleBundle(folder, sender);
    const good = await readAllEntries(bundlePath);
    const payload = good.slice(4);
    const resigned = bundleHeader(forger, draft);
    const looseHeader = await Promise.all(
      resigned.entries.map(async (entry) => {
        const chunks: Uint8Array[] = [];
        for await (const chunk of entry.read()) chunks.push(chunk);
        return { name: entry.name, bytes: Buffer.concat(chunks) };
      }),
    );
    const [, , forgerKey] = looseHeader;
    const [manifest, signature, , sums] = good;
    if (!forgerKey || !manifest || !signature || !sums) throw new Error('incomplete');

    const signedByForger = await writeLooseZip(path.join(folder, 'forger.fbundle'), [...looseHeader, ...payload]);
    expect((await verifyBundle(signedByForger)).signer.fingerprint).toBe(forger.fingerprint);
    const keySwapped = path.join(folder, 'key-swapped.fbundle');
    await writeLooseZip(keySwapped, [manifest, signature, forgerKey, sums, ...payload]);
    expect(await refusal(verifyBundle(keySwapped))).toMatch(
      /^The manifest's signature does not check out: The signature was made with key/,
    );
  });

  it('refuses a signed bundle whose records do not match its counts, and writes nothing when an entry changes', async () => {
    const folder = await temporaryFolder('firebreak-bundle-');
    const key = await newInstallationKey();
    const { bundlePath } = await sampleBundle(folder, key, { counts: { incidents: 3 } });
    expect(await refusal(verifyBundle(bundlePath))).toBe(
      'records/incidents.ndjson holds 2 records; the signed manifest counts 3.',
    );
    const draft = await sampleDraft(folder);
    const [records, evidence] = draft.entries;
    if (!records || !evidence) throw new Error('incomplete');
    const lying = { ...draft, entries: [records, { ...evidence, size: evidence.size + 1 }] };
    const target = path.join(folder, 'never.fbundle');
    expect(await refusal(writeBundle(target, key, lying))).toMatch(/changed while the bundle was written/);
    expect(await refusal(stat(target))).toMatch(/ENOENT/);
  });
});

/** Finds the central directory header of `name` in a bundle's bytes. */
function centralHeaderOf(bytes: Buffer, name: string): number {
  const signature = Buffer.from('PK\x01\x02', 'latin1');
  for (let at = bytes.indexOf(signature); at !== -1; at = bytes.indexOf(signature, at + 1))
    if (bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)) === name) return at;
  throw new Error(`no central header for ${name}`);
}

async function entryBytes(entry: { read(): AsyncIterable<Uint8Array> }): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of entry.read()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('sync bundle ZIP profile', () => {
  it('refuses links, compressed entries, case collisions, too many entries and a manifest naming another key', async () => {
    const folder = await temporaryFolder('firebreak-bundle-');
    const key = await newInstallationKey();
    const { bundlePath } = await sampleBundle(folder, key);
    const bytes = await readFile(bundlePath);
    const evidenceName = `evidence/${evidenceSha256}`;
    const patched = async (name: string, patch: (copy: Buffer) => void) => {
      const copy = Buffer.from(bytes);
      patch(copy);
      await writeFile(path.join(folder, name), copy);
      return refusal(verifyBundle(path.join(folder, name)));
    };
    const good = await readAllEntries(bundlePath);
    // A forger signs a manifest that claims the real sender's key fingerprint, and ships their own key.
    const forger = await newInstallationKey();
    const impostor = { ...forger, fingerprint: key.fingerprint };
    const forgedHeader = await Promise.all(
      bundleHeader(impostor, await sampleDraft(folder)).entries.map(async (entry) => ({
        name: entry.name,
        bytes: await entryBytes(entry),
      })),
    );
    expect({
      symlink: await patched('symlink.fbundle', (copy) =>
        copy.writeUInt32LE((0o120777 << 16) >>> 0, centralHeaderOf(copy, evidenceName) + 38),
      ),
      compressed: await patched('deflated.fbundle', (copy) =>
        copy.writeUInt16LE(8, centralHeaderOf(copy, evidenceName) + 10),
      ),
      caseCollision: await refusal(
        writeLooseZip(path.join(folder, 'case.fbundle'), [
          ...good,
          { name: 'records/incidentS.ndjson', bytes: Buffer.from('') },
        ]).then(verifyBundle),
      ),
      tooMany: await refusal(verifyBundle(bundlePath, { maxEntries: 5, maxDirectoryBytes: 1 << 20 })),
      impostor: await refusal(
        writeLooseZip(path.join(folder, 'impostor.fbundle'), [...forgedHeader, ...good.slice(4)]).then(verifyBundle),
      ),
    }).toEqual({
      symlink: `The entry "${evidenceName}" is a link or a special file, not a plain file.`,
      compressed: `The entry "${evidenceName}" is compressed; bundle entries are stored.`,
      caseCollision:
        'The bundle holds the entry "records/incidentS.ndjson" twice (names that differ only by case count as the same).',
      tooMany: 'The bundle has 6 entries; at most 5 are accepted.',
      impostor: 'The manifest names a different sender key from the one that signed it.',
    });
  });
});
