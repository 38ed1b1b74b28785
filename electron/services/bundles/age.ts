/**
 * age v1 encryption of a whole bundle file for X25519 recipients, streamed in age's 64 KiB chunks so a multi-GB
 * bundle is never held: a random file key wrapped once per recipient (`ageKeys.ts`), a header MAC under a key
 * derived from the file key, and the payload in ChaCha20-Poly1305 chunks whose nonces count up and mark the last
 * chunk. Interoperable with the `age` CLI both ways. Bundles are signed, then encrypted.
 *
 * What it protects: the bundle's content from anyone without a recipient's identity, and its integrity (any change,
 * reordering, truncation or extension of the ciphertext is refused). What it does not: it says nothing about who
 * encrypted the file (anyone can encrypt to a recipient; authorship is the minisign signature inside), nor hides the
 * bundle's size or the number of recipients. A passphrase (one scrypt stanza, alone, as age requires —
 * `agePassphrase.ts`) is the other way to encrypt: as strong as the passphrase.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  ageBase64Decode,
  ageBase64Encode,
  AgeNoKeyError,
  AgeRefusedError,
  unwrapFileKey,
  wrapFileKey,
  type AgeIdentity,
  type AgeStanza,
} from './ageKeys';
import { unwrapFileKeyWithPassphrase, wrapFileKeyWithPassphrase } from './agePassphrase';
import { fileSink, type ByteSink } from './byteSink';

/** Whom a file is encrypted to: X25519 recipients (raw keys), or a passphrase (never both: age allows scrypt alone). */
export type AgeEncryptTo = readonly Buffer[] | { readonly passphrase: string; readonly workFactor?: number };

/** What opens a file: this site's identity, a passphrase, or either. */
export type AgeDecryptKeys = AgeIdentity | { readonly identity?: AgeIdentity; readonly passphrase?: string };

const VERSION_LINE = 'age-encryption.org/v1';
const CHUNK = 64 * 1024;
const TAG = 16;
const MAX_HEADER_BYTES = 64 * 1024;

function refuse(message: string): never {
  throw new AgeRefusedError(message);
}

function headerMac(fileKey: Buffer, header: Buffer): Buffer {
  const key = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'header', 32));
  return createHmac('sha256', key).update(header).digest();
}

function payloadKey(fileKey: Buffer, nonce: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

function chunkNonce(index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 3);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function formatStanza(stanza: AgeStanza): string {
  const body = ageBase64Encode(stanza.body);
  const lines: string[] = body.match(/.{1,64}/g) ?? [];
  if (body.length % 64 === 0) lines.push('');
  return `-> ${[stanza.type, ...stanza.args].join(' ')}\n${lines.join('\n')}\n`;
}

/** The header without its MAC (ending in `---`), and the whole header line block with it. */
export function formatHeader(fileKey: Buffer, stanzas: readonly AgeStanza[]): Buffer {
  const unsigned = Buffer.from(`${VERSION_LINE}\n${stanzas.map(formatStanza).join('')}---`);
  return Buffer.concat([unsigned, Buffer.from(` ${ageBase64Encode(headerMac(fileKey, unsigned))}\n`)]);
}

interface ParsedHeader {
  readonly stanzas: readonly AgeStanza[];
  /** The bytes the MAC covers: everything up to and including `---`. */
  readonly unsigned: Buffer;
  readonly mac: Buffer;
  readonly payloadStart: number;
}

export function parseHeader(bytes: Buffer): ParsedHeader {
  let at = 0;
  const nextLine = (): string => {
    const end = bytes.indexOf(10, at);
    if (end === -1) refuse('The file is not an age file, or its header is truncated.');
    const line = bytes.toString('latin1', at, end);
    at = end + 1;
    return line;
  };
  if (nextLine() !== VERSION_LINE) refuse('The file is not an age v1 file.');
  const stanzas: AgeStanza[] = [];
  for (;;) {
    const lineStart = at;
    const line = nextLine();
    if (line.startsWith('--- ')) {
      if (stanzas.length === 0) refuse('The age header has no recipients.');
      const mac = ageBase64Decode(line.slice(4), 'the header MAC');
      if (mac.length !== 32) refuse('The age header is damaged: its MAC is not 32 bytes.');
      return { stanzas, unsigned: bytes.subarray(0, lineStart + 3), mac, payloadStart: at };
    }
    const args = line.startsWith('-> ') ? line.slice(3).split(' ') : [];
    const [type, ...rest] = args;
    if (type === undefined || args.some((arg) => !/^[\x21-\x7e]+$/.test(arg)))
      refuse('The age header is damaged: a recipient stanza is malformed.');
    const bodyLines: string[] = [];
    for (let bodyLine = nextLine(); ; bodyLine = nextLine()) {
      if (bodyLine.length > 64) refuse('The age header is damaged: a stanza body line is too long.');
      bodyLines.push(bodyLine);
      if (bodyLine.length < 64) break;
    }
    stanzas.push({ type, args: rest, body: ageBase64Decode(bodyLines.join(''), 'a stanza body') });
  }
}

/** Writes to a temporary file beside `target` and renames it into place only when `write` succeeds. */
async function writeWhole(target: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const file = await open(temp, 'wx', 0o600);
  try {
    await write(file);
    await file.sync();
    await file.close();
    await rename(temp, target);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

async function readExactly(file: FileHandle, position: number, length: number): Promise<Buffer> {
  // Every byte is overwritten, or the read is refused: no need to zero the buffer first.
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) refuse('The file changed while it was read.');
  return buffer;
}

async function stanzasFor(fileKey: Buffer, to: AgeEncryptTo): Promise<AgeStanza[]> {
  if ('passphrase' in to) return [await wrapFileKeyWithPassphrase(fileKey, to.passphrase, to.workFactor)];
  if (to.length === 0) refuse('Choose at least one recipient to encrypt to.');
  return to.map((recipient) => wrapFileKey(fileKey, recipient));
}

/** An age encryptor: what is appended to it goes to `output` encrypted, in age's chunks; `finish` seals the last. */
export interface AgeEncryptor extends ByteSink {
  finish(): Promise<void>;
}

/**
 * Starts an age file on `output` (header, then the payload nonce) for recipients or a passphrase, and returns a sink
 * that encrypts what is appended to it as it comes: full 64 KiB chunks are sealed straight from the caller's buffer
 * (one `appendMany` per append), the tail of less than a chunk waits in a 64 KiB carry, and the newest full chunk is
 * held back until more arrives, because only the last chunk is marked final. Nothing but that carry is kept.
 */
export async function ageEncryptor(output: ByteSink, to: AgeEncryptTo): Promise<AgeEncryptor> {
  const fileKey = randomBytes(16);
  const header = formatHeader(fileKey, await stanzasFor(fileKey, to));
  const nonce = randomBytes(16);
  const key = payloadKey(fileKey, nonce);
  await output.appendMany([header, nonce]);
  const carry = Buffer.allocUnsafe(CHUNK);
  let carried = 0;
  let index = 0;
  let finished = false;
  const seal = (plain: Uint8Array, final: boolean, parts: Uint8Array[]) => {
    const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(index, final), { authTagLength: TAG });
    parts.push(cipher.update(plain));
    cipher.final();
    parts.push(cipher.getAuthTag());
    index += 1;
  };
  const append = async (data: Uint8Array) => {
    if (finished) throw new Error('The age file is already finished.');
    const parts: Uint8Array[] = [];
    let at = 0;
    while (at < data.length) {
      // More bytes follow the carried chunk, so it is not the last: seal it.
      if (carried === CHUNK) {
        seal(carry, false, parts);
        carried = 0;
      }
      if (carried === 0 && data.length - at > CHUNK) {
        seal(data.subarray(at, at + CHUNK), false, parts);
        at += CHUNK;
        continue;
      }
      const taken = Math.min(CHUNK - carried, data.length - at);
      carry.set(data.subarray(at, at + taken), carried);
      carried += taken;
      at += taken;
    }
    if (parts.length > 0) await output.appendMany(parts);
  };
  return {
    append,
    async appendMany(pieces) {
      for (const piece of pieces) await append(piece);
    },
    async finish() {
      if (finished) return;
      const parts: Uint8Array[] = [];
      seal(carry.subarray(0, carried), true, parts);
      finished = true;
      await output.appendMany(parts);
    },
  };
}

/** How much of a file is read at once when encrypting or decrypting it (a whole number of age chunks). */
const BLOCK_CHUNKS = 64;

/** Encrypts the file at `inputPath` to every recipient (raw X25519 public keys) or a passphrase into `outputPath`. */
export async function encryptFile(inputPath: string, outputPath: string, to: AgeEncryptTo): Promise<void> {
  const input = await open(inputPath, 'r');
  try {
    const size = (await input.stat()).size;
    await writeWhole(outputPath, async (output) => {
      const encryptor = await ageEncryptor(fileSink(output), to);
      for (let offset = 0; offset < size; offset += BLOCK_CHUNKS * CHUNK)
        await encryptor.append(await readExactly(input, offset, Math.min(BLOCK_CHUNKS * CHUNK, size - offset)));
      await encryptor.finish();
    });
  } finally {
    await input.close();
  }
}

function openChunk(key: Buffer, sealed: Buffer, index: number, final: boolean): Buffer | undefined {
  const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(index, final), { authTagLength: TAG });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    const plain = decipher.update(sealed.subarray(0, sealed.length - TAG));
    decipher.final();
    return plain;
  } catch {
    return undefined;
  }
}

/** Whether the header wraps its file key with a passphrase (then it is the only stanza). */
export function needsPassphrase(header: Pick<ParsedHeader, 'stanzas'>): boolean {
  return header.stanzas.some((stanza) => stanza.type === 'scrypt');
}

async function fileKeyFor(header: ParsedHeader, keys: AgeDecryptKeys): Promise<Buffer> {
  const { identity, passphrase } = 'secret' in keys ? { identity: keys, passphrase: undefined } : keys;
  if (needsPassphrase(header)) {
    const [stanza] = header.stanzas;
    if (header.stanzas.length !== 1 || !stanza)
      refuse('The age header is damaged: a passphrase stanza must be its only stanza.');
    if (passphrase === undefined || passphrase === '')
      throw new AgeNoKeyError('The file is encrypted with a passphrase: give the passphrase, then open it again.');
    const fileKey = await unwrapFileKeyWithPassphrase(stanza, passphrase);
    if (!fileKey) throw new AgeNoKeyError('The passphrase is not the one the file was encrypted with.');
    return fileKey;
  }
  if (identity)
    for (const stanza of header.stanzas) {
      const fileKey = unwrapFileKey(stanza, identity);
      if (fileKey) return fileKey;
    }
  throw new AgeNoKeyError(
    identity
      ? "The file is not encrypted to this site's age identity."
      : 'The file is encrypted, and no age identity was given to open it.',
  );
}

/**
 * Decrypts the age file at `inputPath` with an identity or passphrase into `outputPath`; every chunk is authenticated
 * before it is written, and the output appears only when the whole file checked out.
 */
export async function decryptFile(inputPath: string, outputPath: string, keys: AgeDecryptKeys): Promise<void> {
  const input = await open(inputPath, 'r');
  try {
    const size = (await input.stat()).size;
    const header = parseHeader(await readExactly(input, 0, Math.min(size, MAX_HEADER_BYTES)));
    const fileKey = await fileKeyFor(header, keys);
    if (!timingSafeEqual(headerMac(fileKey, header.unsigned), header.mac))
      refuse('The age header was changed after it was written (its MAC does not match).');
    if (size < header.payloadStart + 16 + TAG) refuse('The age file is truncated: it has no payload.');
    const key = payloadKey(fileKey, await readExactly(input, header.payloadStart, 16));
    const start = header.payloadStart + 16;
    const count = Math.ceil((size - start) / (CHUNK + TAG));
    const sealedChunk = CHUNK + TAG;
    await writeWhole(outputPath, async (output) => {
      const sink = fileSink(output);
      // Read a block of chunks at once, open each, and write the block's plain text in one go.
      for (let first = 0; first < count; first += BLOCK_CHUNKS) {
        const blockStart = start + first * sealedChunk;
        const block = await readExactly(input, blockStart, Math.min(BLOCK_CHUNKS * sealedChunk, size - blockStart));
        const plains: Uint8Array[] = [];
        for (let index = first; index < Math.min(count, first + BLOCK_CHUNKS); index++) {
          const at = (index - first) * sealedChunk;
          const sealed = block.subarray(at, Math.min(at + sealedChunk, block.length));
          if (sealed.length < TAG) refuse('The age file is truncated in the middle of a chunk.');
          const final = index === count - 1;
          const plain = openChunk(key, sealed, index, final);
          if (!plain && final && openChunk(key, sealed, index, false))
            refuse('The age file is truncated: it stops after a whole chunk, before its last one.');
          if (!plain) refuse(`The age file is damaged: chunk ${index + 1} of ${count} fails its check.`);
          if (final && plain.length === 0 && count > 1)
            refuse('The age file ends with an empty chunk it must not have.');
          plains.push(plain);
        }
        await sink.appendMany(plains);
      }
    });
  } finally {
    await input.close();
  }
}
