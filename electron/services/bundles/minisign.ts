/**
 * minisign's file formats, made and checked with node:crypto so a bundle's signature verifies with the `minisign`
 * CLI and a `minisign -S` signature verifies here. Only the pre-hashed `ED` kind is made or accepted: Ed25519 over
 * BLAKE2b-512 of the file, so a multi-GB file is hashed as a stream and never held. Legacy `Ed` signatures (Ed25519
 * over the whole file) are refused with a sentence saying so; minisign itself has made `ED` by default since 0.11.
 *
 * What a signature proves: the file's bytes and the trusted comment were signed by the holder of the secret key
 * whose public key was used to check. What it does not prove: that the key belongs to who the comments say, or
 * that it is trusted — the caller decides that from the key's fingerprint (the trust model's `ed25519-sha256`); the
 * untrusted comment is not signed at all and is never read. Key ids only pick a key; they are not a check.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ExplainedError } from '../../../shared/errors';
import { rawEd25519PublicKey, type InstallationKey } from '../trust/installationKey';

const PUBLIC_KEY_ALGORITHM = Buffer.from('Ed');
const PREHASHED_ALGORITHM = Buffer.from('ED');
const LEGACY_ALGORITHM = Buffer.from('Ed');
/** minisign refuses comments longer than this; so do we, before signing anything. */
const MAX_COMMENT_BYTES = 1024;

/** A signature or key file that does not check out; the message says why in words. */
export class SignatureRefusedError extends ExplainedError {
  override name = 'SignatureRefusedError';
}

export interface MinisignPublicKey {
  /** 8 bytes, as minisign stores them (little-endian; shown reversed in hex, as minisign prints it). */
  readonly keyId: Buffer;
  /** The raw 32-byte Ed25519 public key. */
  readonly key: Buffer;
  /** SHA-256 of the raw key, hex: the fingerprint the trust model records (`ed25519-sha256`). */
  readonly fingerprint: string;
}

export interface MinisignSignature {
  readonly keyId: Buffer;
  readonly signature: Buffer;
  readonly trustedComment: string;
  readonly globalSignature: Buffer;
}

/** minisign's own display of a key id: the 8 bytes read as a little-endian integer, in upper-case hex. */
export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

/** The key id Firebreak gives its installation key: the first 8 bytes of the key's SHA-256 fingerprint. */
export function installationKeyId(fingerprint: string): Buffer {
  return Buffer.from(fingerprint.slice(0, 16), 'hex');
}

export function publicKeyOf(key: InstallationKey): MinisignPublicKey {
  const raw = rawEd25519PublicKey(key.publicKey);
  return { keyId: installationKeyId(key.fingerprint), key: raw, fingerprint: key.fingerprint };
}

export function formatPublicKeyFile(publicKey: MinisignPublicKey): string {
  const body = Buffer.concat([PUBLIC_KEY_ALGORITHM, publicKey.keyId, publicKey.key]).toString('base64');
  return `untrusted comment: minisign public key ${keyIdHex(publicKey.keyId)}\n${body}\n`;
}

function base64Line(line: string | undefined, bytes: number, what: string): Buffer {
  const text = (line ?? '').trim();
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (decoded.length !== bytes || decoded.toString('base64') !== text)
    throw new SignatureRefusedError(`${what} is damaged: its key line is not ${bytes} bytes of base64.`);
  return decoded;
}

/** Reads a minisign public key file (`minisign -G` or `formatPublicKeyFile`); a bare base64 line is accepted too. */
export function parsePublicKeyFile(text: string): MinisignPublicKey {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const keyLine = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0];
  const decoded = base64Line(keyLine, 42, 'The public key file');
  if (!decoded.subarray(0, 2).equals(PUBLIC_KEY_ALGORITHM))
    throw new SignatureRefusedError('The public key file is not an Ed25519 minisign key.');
  const key = decoded.subarray(10);
  return { keyId: decoded.subarray(2, 10), key, fingerprint: createHash('sha256').update(key).digest('hex') };
}

export function parseSignatureFile(text: string): MinisignSignature {
  const lines = text.split(/\r?\n/);
  if (!lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: '))
    throw new SignatureRefusedError(
      'The signature file is damaged or truncated: it needs an untrusted comment, a signature, a trusted comment ' +
        'and a global signature.',
    );
  const decoded = base64Line(lines[1], 74, 'The signature file');
  const algorithm = decoded.subarray(0, 2);
  if (algorithm.equals(LEGACY_ALGORITHM))
    throw new SignatureRefusedError(
      'The signature is a legacy minisign signature (not pre-hashed); Firebreak accepts only pre-hashed ones ' +
        '(minisign 0.11 or later makes them by default).',
    );
  if (!algorithm.equals(PREHASHED_ALGORITHM))
    throw new SignatureRefusedError('The signature file is not an Ed25519 minisign signature.');
  return {
    keyId: decoded.subarray(2, 10),
    signature: decoded.subarray(10),
    trustedComment: lines[2].slice('trusted comment: '.length),
    globalSignature: base64Line(lines[3], 64, 'The signature file (global signature)'),
  };
}

/** BLAKE2b-512 of a file, read as a stream. */
export async function blake2b512OfFile(filePath: string): Promise<Buffer> {
  const hash = createHash('blake2b512');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest();
}

export function blake2b512(bytes: Uint8Array): Buffer {
  return createHash('blake2b512').update(bytes).digest();
}

function checkComment(comment: string, what: string): void {
  if (/[\r\n]/.test(comment) || Buffer.byteLength(comment) > MAX_COMMENT_BYTES)
    throw new SignatureRefusedError(`The ${what} must be one line of at most ${MAX_COMMENT_BYTES} bytes.`);
}

/** Signs a file's BLAKE2b-512 digest with the installation key, in minisign's signature file format. */
export function signPrehashed(
  key: InstallationKey,
  digest: Buffer,
  comments: { readonly trusted: string; readonly untrusted: string },
): string {
  checkComment(comments.trusted, 'trusted comment');
  checkComment(comments.untrusted, 'untrusted comment');
  const keyId = installationKeyId(key.fingerprint);
  const signature = key.sign(digest);
  const globalSignature = key.sign(Buffer.concat([signature, Buffer.from(comments.trusted)]));
  return [
    `untrusted comment: ${comments.untrusted}`,
    Buffer.concat([PREHASHED_ALGORITHM, keyId, signature]).toString('base64'),
    `trusted comment: ${comments.trusted}`,
    globalSignature.toString('base64'),
    '',
  ].join('\n');
}

function ed25519Key(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/**
 * Checks a parsed signature over a BLAKE2b-512 digest against a public key; returns the trusted comment, or throws
 * a sentence naming what failed. The caller still has to decide whether it trusts `publicKey.fingerprint`.
 */
export function verifyPrehashed(publicKey: MinisignPublicKey, signature: MinisignSignature, digest: Buffer): string {
  if (!signature.keyId.equals(publicKey.keyId))
    throw new SignatureRefusedError(
      `The signature was made with key ${keyIdHex(signature.keyId)}, not with the given key ` +
        `${keyIdHex(publicKey.keyId)}.`,
    );
  const key = ed25519Key(publicKey.key);
  if (!verify(null, digest, key, signature.signature))
    throw new SignatureRefusedError('The signature does not match the file: the file was changed after signing.');
  const signedComment = Buffer.concat([signature.signature, Buffer.from(signature.trustedComment)]);
  if (!verify(null, signedComment, key, signature.globalSignature))
    throw new SignatureRefusedError('The trusted comment was changed after signing.');
  return signature.trustedComment;
}
