/**
 * The standard-tools check on an encrypted bundle, exactly as a partner without Firebreak would run it:
 * `age -d -i site.key b.fbundle.age > b.zip`, `unzip`, `minisign -V -p keys/sender.pub -m manifest.json`,
 * `sha256sum -c SHA256SUMS`; and Firebreak opening the same file (and refusing it without the right identity,
 * leaving nothing staged).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBundleFile, writeBundleFile } from '../../../electron/services/bundles/bundleFile';
import { generateAgeIdentity, parseAgeIdentity, parseAgeRecipient } from '../../../electron/services/bundles/ageKeys';
import { temporaryFolder } from '../helpers';
import { evidenceSha256, sampleDraft } from './fixtures';
import { newInstallationKey, run } from './keys';

describe('bundle files', () => {
  it('passes the standard-tools check when encrypted, and opens in Firebreak with the site identity', async () => {
    const folder = await temporaryFolder('firebreak-bundlefile-');
    const keyPath = path.join(folder, 'site.key');
    expect((await run('age-keygen', ['-o', keyPath])).code).toBe(0);
    const recipient = parseAgeRecipient((await run('age-keygen', ['-y', keyPath])).output);
    const key = await newInstallationKey();
    const sealed = path.join(folder, 'b.fbundle.age');
    const { manifest, encrypted } = await writeBundleFile(sealed, key, await sampleDraft(folder), [recipient]);
    expect(encrypted).toBe(true);

    expect(
      (await run('sh', ['-c', 'age -d -i site.key b.fbundle.age > b.zip && unzip -q b.zip -d b'], folder)).code,
    ).toBe(0);
    const unzipped = path.join(folder, 'b');
    const signed = await run('minisign', ['-V', '-p', 'keys/sender.pub', '-m', 'manifest.json'], unzipped);
    expect(signed.code, signed.output).toBe(0);
    expect(await run('sha256sum', ['-c', 'SHA256SUMS'], unzipped)).toEqual({
      code: 0,
      output: `records/incidents.ndjson: OK\nevidence/${evidenceSha256}: OK\n`,
    });

    const staging = path.join(folder, 'staging');
    await mkdir(staging);
    const identity = parseAgeIdentity(await readFile(keyPath, 'utf8'));
    const opened = await openBundleFile(sealed, { identity, stagingFolder: staging });
    expect({ manifest: opened.manifest, fingerprint: opened.signer.fingerprint, encrypted: opened.encrypted }).toEqual({
      manifest,
      fingerprint: key.fingerprint,
      encrypted: true,
    });
  });

  it('refuses an encrypted bundle without the right identity, leaving nothing staged', async () => {
    const folder = await temporaryFolder('firebreak-bundlefile-');
    const site = generateAgeIdentity();
    const sealed = path.join(folder, 'b.fbundle.age');
    await writeBundleFile(sealed, await newInstallationKey(), await sampleDraft(folder), [site.publicKey]);
    const staging = path.join(folder, 'staging');
    await mkdir(staging);
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: Error) => error.message,
      );
    const plain = path.join(folder, 'plain.fbundle');
    await writeBundleFile(plain, await newInstallationKey(), await sampleDraft(folder));
    const corrupt = path.join(folder, 'corrupt.fbundle.age');
    await writeFile(corrupt, Buffer.concat([await readFile(sealed), Buffer.from('x')]));

    expect({
      none: await refusal(openBundleFile(sealed, { stagingFolder: staging })),
      wrong: await refusal(openBundleFile(sealed, { identity: generateAgeIdentity(), stagingFolder: staging })),
      corrupt: await refusal(openBundleFile(corrupt, { identity: site, stagingFolder: staging })),
      plain: (await openBundleFile(plain, { stagingFolder: staging })).encrypted,
    }).toEqual({
      none: 'The bundle is encrypted, and this site has no age identity to open it.',
      wrong: "The file is not encrypted to this site's age identity.",
      corrupt: expect.stringMatching(/^The age file is damaged: chunk \d+ of \d+ fails its check\.$/),
      plain: false,
    });
    expect(await readdir(staging)).toEqual([]);
    expect((await readdir(folder)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
