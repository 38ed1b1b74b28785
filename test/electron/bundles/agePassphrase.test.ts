/**
 * age passphrase (scrypt) encryption, interop both ways with Debian's `age -p` / `age -d`. age reads a passphrase
 * only from a terminal, so the CLI runs under `script` (util-linux), which gives it a pseudo-terminal fed from our
 * stdin. Then the refusals: a wrong passphrase, none at all, a work factor past the cap (before any work), and a
 * passphrase stanza beside another one.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, formatHeader, parseHeader } from '../../../electron/services/bundles/age';
import { generateAgeIdentity, wrapFileKey } from '../../../electron/services/bundles/ageKeys';
import { wrapFileKeyWithPassphrase } from '../../../electron/services/bundles/agePassphrase';
import { temporaryFolder } from '../helpers';

const PASSPHRASE = 'correct horse battery staple';

/** Runs `age` under a pseudo-terminal, typing `answers` one line at a time as it prompts. */
function ageOnTerminal(args: readonly string[], answers: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const quoted = ['age', ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
    const child = spawn('script', ['-qec', quoted, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let answered = 0;
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const prompts = output.match(/passphrase[^:\n]*:/gi)?.length ?? 0;
      while (answered < Math.min(prompts, answers.length)) child.stdin.write(`${answers[answered++]}\n`);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error) => error.message,
  );

describe('age passphrase encryption', () => {
  it('encrypts with a passphrase that age -d opens, and opens what age -p wrote', async () => {
    const folder = await temporaryFolder('firebreak-age-p-');
    const plain = randomBytes(200_000);
    await writeFile(path.join(folder, 'plain'), plain);

    await encryptFile(path.join(folder, 'plain'), path.join(folder, 'ours.age'), { passphrase: PASSPHRASE });
    expect((await readFile(path.join(folder, 'ours.age'), 'latin1')).split('\n')[1]).toMatch(
      /^-> scrypt [A-Za-z0-9+/]{22} 18$/,
    );
    const opened = await ageOnTerminal(
      ['-d', '-o', path.join(folder, 'ours.out'), path.join(folder, 'ours.age')],
      [PASSPHRASE],
    );
    expect(opened.code, opened.output).toBe(0);
    expect((await readFile(path.join(folder, 'ours.out'))).equals(plain)).toBe(true);

    const sealed = await ageOnTerminal(
      ['-p', '-o', path.join(folder, 'cli.age'), path.join(folder, 'plain')],
      [PASSPHRASE, PASSPHRASE],
    );
    expect(sealed.code, sealed.output).toBe(0);
    await decryptFile(path.join(folder, 'cli.age'), path.join(folder, 'cli.out'), { passphrase: PASSPHRASE });
    expect((await readFile(path.join(folder, 'cli.out'))).equals(plain)).toBe(true);
  }, 120_000);

  it('refuses a wrong or missing passphrase, a work factor past the cap and a passphrase beside a recipient', async () => {
    const folder = await temporaryFolder('firebreak-age-p-');
    const input = path.join(folder, 'plain');
    await writeFile(input, randomBytes(70_000));
    const sealed = path.join(folder, 'sealed.age');
    await encryptFile(input, sealed, { passphrase: PASSPHRASE, workFactor: 10 });
    const bytes = await readFile(sealed);
    const header = parseHeader(bytes);
    const payload = bytes.subarray(header.payloadStart);
    const fileKey = randomBytes(16);
    const costly = {
      ...(await wrapFileKeyWithPassphrase(fileKey, PASSPHRASE, 10)),
      args: ['AAAAAAAAAAAAAAAAAAAAAA', '21'],
    };
    await writeFile(path.join(folder, 'costly.age'), Buffer.concat([formatHeader(fileKey, [costly]), payload]));
    const mixed = [
      await wrapFileKeyWithPassphrase(fileKey, PASSPHRASE, 10),
      wrapFileKey(fileKey, generateAgeIdentity().publicKey),
    ];
    await writeFile(path.join(folder, 'mixed.age'), Buffer.concat([formatHeader(fileKey, mixed), payload]));
    const started = performance.now();
    const refusals = {
      wrong: await refusal(decryptFile(sealed, path.join(folder, 'wrong.out'), { passphrase: 'not the passphrase' })),
      none: await refusal(decryptFile(sealed, path.join(folder, 'none.out'), generateAgeIdentity())),
      costly: await refusal(
        decryptFile(path.join(folder, 'costly.age'), path.join(folder, 'costly.out'), { passphrase: PASSPHRASE }),
      ),
      mixed: await refusal(
        decryptFile(path.join(folder, 'mixed.age'), path.join(folder, 'mixed.out'), { passphrase: PASSPHRASE }),
      ),
      tooShortToWrite: await refusal(encryptFile(input, path.join(folder, 'empty.age'), { passphrase: '' })),
    };
    expect(refusals).toEqual({
      wrong: 'The passphrase is not the one the file was encrypted with.',
      none: 'The file is encrypted with a passphrase: give the passphrase, then open it again.',
      costly: expect.stringMatching(/^The file asks for a passphrase work factor of 21 .* at most 20/),
      mixed: 'The age header is damaged: a passphrase stanza must be its only stanza.',
      tooShortToWrite: 'Type a passphrase to encrypt with.',
    });
    // The capped work factor is refused before any scrypt work.
    expect(performance.now() - started).toBeLessThan(5_000);
    await decryptFile(sealed, path.join(folder, 'right.out'), { passphrase: PASSPHRASE });
    expect((await readFile(path.join(folder, 'right.out'))).equals(await readFile(input))).toBe(true);
    expect((await readdir(folder)).filter((name) => name.endsWith('.out'))).toEqual(['right.out']);
  });
});
