/**
 * age v1 interop both ways with Debian's `age` and `age-keygen`: what Firebreak encrypts to a recipient opens with
 * `age -d -i`, what `age -r` encrypts to Firebreak's recipient opens here, at sizes around age's 64 KiB chunks; a
 * wrong identity, a changed header or chunk, and truncation are refused in words with no output file left behind.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageEncryptor, decryptFile, encryptFile } from '../../../electron/services/bundles/age';
import { fileSink } from '../../../electron/services/bundles/byteSink';
import {
  formatAgeIdentity,
  formatAgeRecipient,
  generateAgeIdentity,
  parseAgeIdentity,
  parseAgeRecipient,
} from '../../../electron/services/bundles/ageKeys';
import { temporaryFolder } from '../helpers';
import { run } from './keys';

const SIZES = [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_000];
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error) => error.message,
  );

async function cliIdentity(folder: string) {
  const keyPath = path.join(folder, 'site.key');
  expect((await run('age-keygen', ['-o', keyPath])).code).toBe(0);
  const recipient = (await run('age-keygen', ['-y', keyPath])).output.trim();
  return { keyPath, recipient, identity: parseAgeIdentity(await readFile(keyPath, 'utf8')) };
}

describe('age encryption', () => {
  it('encrypts files the age CLI decrypts, at every chunk boundary, for several recipients', async () => {
    const folder = await temporaryFolder('firebreak-age-');
    const cli = await cliIdentity(folder);
    const other = generateAgeIdentity();
    expect(formatAgeRecipient(cli.identity.publicKey)).toBe(cli.recipient);
    for (const size of SIZES) {
      const plain = randomBytes(size);
      const input = path.join(folder, `plain-${size}`);
      await writeFile(input, plain);
      await encryptFile(input, `${input}.age`, [other.publicKey, parseAgeRecipient(cli.recipient)]);
      const result = await run('age', ['-d', '-i', cli.keyPath, '-o', `${input}.out`, `${input}.age`]);
      expect(result, `size ${size}`).toEqual({ code: 0, output: '' });
      // age writes no output file at all for an empty plaintext.
      const out = size === 0 ? Buffer.alloc(0) : await readFile(`${input}.out`);
      expect(out.equals(plain), `size ${size}`).toBe(true);
    }
  });

  it('streams appends of any size into a file the age CLI and Firebreak decrypt, across chunk and read-block boundaries', async () => {
    const folder = await temporaryFolder('firebreak-age-');
    const cli = await cliIdentity(folder);
    const block = 64 * 65_536; // what decryptFile reads at once
    const cases: [number, number[]][] = [
      [block, [block]],
      [block + 1, [1, block]],
      [2 * block + 17, [65_535, 1, 65_536, 65_537, 3, block]],
      [65_536 * 3, [65_536, 65_536, 65_536]],
      [10, [0, 3, 0, 7]],
    ];
    for (const [size, pieces] of cases) {
      const plain = randomBytes(size);
      const sealed = path.join(folder, `stream-${size}.age`);
      const file = await open(sealed, 'w');
      const encryptor = await ageEncryptor(fileSink(file), [parseAgeRecipient(cli.recipient)]);
      let at = 0;
      for (const piece of [...pieces, size]) {
        const end = Math.min(size, at + piece);
        await encryptor.append(plain.subarray(at, end));
        at = end;
      }
      await encryptor.finish();
      await file.close();
      expect(at).toBe(size);
      const out = path.join(folder, `stream-${size}.out`);
      expect(await run('age', ['-d', '-i', cli.keyPath, '-o', out, sealed]), `size ${size}`).toEqual({ code: 0, output: '' });
      expect((await readFile(out)).equals(plain), `size ${size}`).toBe(true);
      await decryptFile(sealed, `${out}.ours`, cli.identity);
      expect((await readFile(`${out}.ours`)).equals(plain), `size ${size}`).toBe(true);
    }
  });

  it('decrypts files the age CLI encrypted to our recipient, at every chunk boundary', async () => {
    const folder = await temporaryFolder('firebreak-age-');
    const ours = generateAgeIdentity();
    const identityText = `# created by Firebreak\n${formatAgeIdentity(ours)}\n`;
    expect(parseAgeIdentity(identityText)).toEqual(ours);
    for (const size of SIZES) {
      const plain = randomBytes(size);
      const input = path.join(folder, `plain-${size}`);
      await writeFile(input, plain);
      const recipient = formatAgeRecipient(ours.publicKey);
      expect((await run('age', ['-r', recipient, '-o', `${input}.age`, input])).code).toBe(0);
      await decryptFile(`${input}.age`, `${input}.out`, ours);
      expect((await readFile(`${input}.out`)).equals(plain), `size ${size}`).toBe(true);
    }
  });

  it('refuses a wrong identity, a changed header or chunk, truncation and a passphrase file opened without its passphrase, writing nothing', async () => {
    const folder = await temporaryFolder('firebreak-age-');
    const ours = generateAgeIdentity();
    const input = path.join(folder, 'plain');
    await writeFile(input, randomBytes(3 * 65_536));
    const sealed = path.join(folder, 'sealed.age');
    await encryptFile(input, sealed, [ours.publicKey]);
    const bytes = await readFile(sealed);
    const variant = async (name: string, content: Buffer) => {
      await writeFile(path.join(folder, name), content);
      return refusal(decryptFile(path.join(folder, name), path.join(folder, `${name}.out`), ours));
    };
    const headerEnd = bytes.indexOf('\n---') + 1;
    const macChanged = Buffer.from(bytes);
    macChanged.write(
      macChanged.toString('latin1', headerEnd + 4, headerEnd + 5) === 'A' ? 'B' : 'A',
      headerEnd + 4,
      'latin1',
    );
    const chunkChanged = Buffer.from(bytes);
    chunkChanged.writeUInt8(chunkChanged.readUInt8(bytes.length - 100) ^ 1, bytes.length - 100);
    const stanzaAdded = Buffer.from(
      bytes.toString('latin1').replace('\n---', `\n-> X25519 ${'A'.repeat(43)}\n${'A'.repeat(43)}\n---`),
      'latin1',
    );
    const passphrase = Buffer.from(
      bytes.toString('latin1').replace(/-> X25519 \S+/, `-> scrypt ${'A'.repeat(22)} 18`),
      'latin1',
    );
    const atBoundary = path.join(folder, 'boundary.age');
    await writeFile(atBoundary, bytes);
    await truncate(atBoundary, bytes.length - (65_536 + 16));

    expect({
      wrongIdentity: await refusal(decryptFile(sealed, path.join(folder, 'wrong.out'), generateAgeIdentity())),
      mac: await variant('mac.age', macChanged),
      chunk: await variant('chunk.age', chunkChanged),
      stanza: await variant('stanza.age', stanzaAdded),
      truncated: await variant('truncated.age', bytes.subarray(0, bytes.length - 10)),
      boundary: await refusal(decryptFile(atBoundary, path.join(folder, 'boundary.out'), ours)),
      passphrase: await variant('passphrase.age', passphrase),
      notAge: await variant('plain.age', Buffer.from('PK\x03\x04 a zip file\n')),
    }).toEqual({
      wrongIdentity: "The file is not encrypted to this site's age identity.",
      mac: 'The age header was changed after it was written (its MAC does not match).',
      chunk: 'The age file is damaged: chunk 3 of 3 fails its check.',
      stanza: 'The age header was changed after it was written (its MAC does not match).',
      truncated: 'The age file is damaged: chunk 3 of 3 fails its check.',
      boundary: 'The age file is truncated: it stops after a whole chunk, before its last one.',
      passphrase: 'The file is encrypted with a passphrase: give the passphrase, then open it again.',
      notAge: 'The file is not an age v1 file.',
    });
    expect((await readdir(folder)).filter((name) => name.endsWith('.out') || name.endsWith('.partial'))).toEqual([]);
    expect(await refusal(stat(path.join(folder, 'wrong.out')))).toMatch(/ENOENT/);
  });
});
