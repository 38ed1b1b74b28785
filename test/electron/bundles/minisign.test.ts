/**
 * minisign interop both ways with Debian's `minisign` CLI: our signature verifies with `minisign -V`, a
 * `minisign -S` signature verifies here, and every kind of forgery is refused with a sentence.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blake2b512OfFile,
  formatPublicKeyFile,
  parsePublicKeyFile,
  parseSignatureFile,
  publicKeyOf,
  signPrehashed,
  verifyPrehashed,
} from '../../../electron/services/bundles/minisign';
import { temporaryFolder } from '../helpers';
import { newInstallationKey, run } from './keys';

const content = Buffer.from('{"format":"firebreak-bundle"}\n'.repeat(1000));
const trusted = 'firebreak-bundle bundle:0193 sender:LON';

async function signedByUs() {
  const folder = await temporaryFolder('firebreak-minisign-');
  const key = await newInstallationKey();
  const file = path.join(folder, 'manifest.json');
  await writeFile(file, content);
  const signature = signPrehashed(key, await blake2b512OfFile(file), { trusted, untrusted: 'signed by Firebreak' });
  await writeFile(`${file}.minisig`, signature);
  await writeFile(path.join(folder, 'key.pub'), formatPublicKeyFile(publicKeyOf(key)));
  return { folder, file, key, signature };
}

async function verifyOurs(publicKeyText: string, signatureText: string, file: string): Promise<string> {
  return verifyPrehashed(
    parsePublicKeyFile(publicKeyText),
    parseSignatureFile(signatureText),
    await blake2b512OfFile(file),
  );
}

describe('minisign signatures', () => {
  it('makes signatures the minisign CLI verifies, with our trusted comment', async () => {
    const { folder, file } = await signedByUs();
    const result = await run('minisign', ['-Vm', file, '-p', path.join(folder, 'key.pub')]);
    expect(result).toEqual({
      code: 0,
      output: `Signature and comment signature verified\nTrusted comment: ${trusted}\n`,
    });
  });

  it('verifies a signature made by the minisign CLI, and reports the signer fingerprint', async () => {
    const folder = await temporaryFolder('firebreak-minisign-');
    const pub = path.join(folder, 'cli.pub');
    const sec = path.join(folder, 'cli.key');
    expect((await run('minisign', ['-G', '-W', '-p', pub, '-s', sec])).code).toBe(0);
    const file = path.join(folder, 'data.bin');
    await writeFile(file, content);
    expect((await run('minisign', ['-S', '-s', sec, '-m', file, '-t', 'made by the CLI'])).code).toBe(0);
    const publicKeyText = await readFile(pub, 'utf8');
    expect(await verifyOurs(publicKeyText, await readFile(`${file}.minisig`, 'utf8'), file)).toBe('made by the CLI');
    expect(parsePublicKeyFile(publicKeyText).fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a tampered file, a tampered trusted comment, a wrong key, a truncated or legacy signature', async () => {
    const { folder, file, signature } = await signedByUs();
    const publicKeyText = await readFile(path.join(folder, 'key.pub'), 'utf8');
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: Error) => error.message,
      );

    const tampered = path.join(folder, 'tampered.json');
    await writeFile(tampered, Buffer.concat([content, Buffer.from(' ')]));
    const editedComment = signature.replace(trusted, trusted.replace('LON', 'PAR'));
    const otherKey = formatPublicKeyFile(publicKeyOf(await newInstallationKey()));
    const sameIdOtherKey = formatPublicKeyFile({
      ...publicKeyOf(await newInstallationKey()),
      keyId: parsePublicKeyFile(publicKeyText).keyId,
    });
    const lines = signature.split('\n');
    const legacyLine = Buffer.concat([Buffer.from('Ed'), Buffer.from(lines[1] ?? '', 'base64').subarray(2)]);
    const legacy = [lines[0], legacyLine.toString('base64'), ...lines.slice(2)].join('\n');

    expect({
      file: await refusal(verifyOurs(publicKeyText, signature, tampered)),
      comment: await refusal(verifyOurs(publicKeyText, editedComment, file)),
      keyId: await refusal(verifyOurs(otherKey, signature, file)),
      key: await refusal(verifyOurs(sameIdOtherKey, signature, file)),
      truncated: await refusal(verifyOurs(publicKeyText, signature.slice(0, 150), file)),
      cut: await refusal(verifyOurs(publicKeyText, signature.split('\n').slice(0, 3).join('\n'), file)),
      legacy: await refusal(verifyOurs(publicKeyText, legacy, file)),
    }).toEqual({
      file: 'The signature does not match the file: the file was changed after signing.',
      comment: 'The trusted comment was changed after signing.',
      keyId: expect.stringMatching(
        /^The signature was made with key [0-9A-F]{16}, not with the given key [0-9A-F]{16}\.$/,
      ),
      key: 'The signature does not match the file: the file was changed after signing.',
      truncated: expect.stringMatching(/damaged/),
      cut: 'The signature file (global signature) is damaged: its key line is not 64 bytes of base64.',
      legacy: expect.stringMatching(/^The signature is a legacy minisign signature/),
    });
    const cli = await run('minisign', ['-Vm', tampered, '-x', `${file}.minisig`, '-p', path.join(folder, 'key.pub')]);
    expect(cli.code).not.toBe(0);
  });
});
