/**
 * age v1 passphrase stanzas (`-> scrypt <salt> <log2 N>`, https://age-encryption.org/v1): the 16-byte file key
 * wrapped with ChaCha20-Poly1305 (zero nonce) under scrypt(passphrase, "age-encryption.org/v1/scrypt" || salt,
 * N = 2^logN, r = 8, p = 1). `age -p` opens what Firebreak writes and the other way round.
 *
 * The work factor is the sender's choice, so a hostile file could ask for days of work or gigabytes of memory: on
 * decryption it is capped at log N ≤ 20 (1 GiB, a few seconds), and a larger one is refused in words before any
 * work. Firebreak writes 18, as `age -p` does.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { ageBase64Decode, ageBase64Encode, AgeRefusedError, type AgeStanza } from './ageKeys';

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const SCRYPT_R = 8;
export const DEFAULT_WORK_FACTOR = 18;
export const MAX_WORK_FACTOR = 20;
/** The shortest passphrase Firebreak writes with; a reader is never refused for a short one. */
export const MIN_PASSPHRASE_LENGTH = 12;

function deriveKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(
      Buffer.from(passphrase, 'utf8'),
      Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]),
      32,
      { N, r: SCRYPT_R, p: 1, maxmem: 128 * SCRYPT_R * N + 32 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** The scrypt stanza that gives `fileKey` to whoever knows `passphrase`. */
export async function wrapFileKeyWithPassphrase(
  fileKey: Buffer,
  passphrase: string,
  workFactor: number = DEFAULT_WORK_FACTOR,
): Promise<AgeStanza> {
  if (passphrase.length === 0) throw new AgeRefusedError('Type a passphrase to encrypt with.');
  if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_WORK_FACTOR)
    throw new AgeRefusedError(`The passphrase work factor must be between 1 and ${MAX_WORK_FACTOR}.`);
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, workFactor);
  const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
  return { type: 'scrypt', args: [ageBase64Encode(salt), String(workFactor)], body };
}

/** The file key from a scrypt stanza, or undefined when the passphrase is not the one it was made with. */
export async function unwrapFileKeyWithPassphrase(stanza: AgeStanza, passphrase: string): Promise<Buffer | undefined> {
  const [saltText, factorText] = stanza.args;
  if (stanza.args.length !== 2 || stanza.body.length !== 32 || saltText === undefined || factorText === undefined)
    throw new AgeRefusedError('The age header is damaged: its passphrase stanza has the wrong shape.');
  const salt = ageBase64Decode(saltText, 'the passphrase salt');
  if (salt.length !== 16) throw new AgeRefusedError('The age header is damaged: its passphrase salt is not 16 bytes.');
  if (!/^[1-9][0-9]?$/.test(factorText))
    throw new AgeRefusedError('The age header is damaged: its passphrase work factor is not a number.');
  const workFactor = Number(factorText);
  if (workFactor > MAX_WORK_FACTOR)
    throw new AgeRefusedError(
      `The file asks for a passphrase work factor of ${workFactor} (2^${workFactor} rounds); Firebreak opens at most ` +
        `${MAX_WORK_FACTOR}, so a file cannot make it work for hours. Ask the sender to encrypt it again with age -p.`,
    );
  const key = await deriveKey(passphrase, salt, workFactor);
  const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
  decipher.setAuthTag(stanza.body.subarray(16));
  try {
    return Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]);
  } catch {
    return undefined;
  }
}
