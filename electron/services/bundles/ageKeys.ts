/**
 * age v1 X25519 keys and stanzas (https://age-encryption.org/v1): identities (`AGE-SECRET-KEY-1…`), recipients
 * (`age1…`), and wrapping the 16-byte file key for a recipient — an ephemeral X25519 share, HKDF-SHA256 over the
 * shared secret salted with both public keys, and ChaCha20-Poly1305 with a zero nonce — so `age -d -i site.key`
 * opens what Firebreak encrypts and the other way round. node:crypto does the arithmetic.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import { bech32Decode, bech32Encode } from '../../../shared/domain/bundles/bech32';
import { ExplainedError } from '../../../shared/errors';

const X25519_INFO = 'age-encryption.org/v1/X25519';
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/** An age file or key that does not check out; the message says why in words. */
export class AgeRefusedError extends ExplainedError {
  override name = 'AgeRefusedError';
}

/** A sound-looking file that none of the keys given opens: no identity it is for, no passphrase, or another one. */
export class AgeNoKeyError extends AgeRefusedError {
  override name = 'AgeNoKeyError';
}

export interface AgeIdentity {
  readonly secret: Buffer;
  readonly publicKey: Buffer;
}

export interface AgeStanza {
  readonly type: string;
  readonly args: readonly string[];
  readonly body: Buffer;
}

function privateKeyObject(secret: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secret]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(publicKey: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(-32);
}

/** age's base64: the standard alphabet without padding, and only its canonical spelling. */
export function ageBase64Decode(text: string, what: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]*$/.test(text) || bytes.toString('base64').replace(/=+$/, '') !== text)
    throw new AgeRefusedError(`The age header is damaged: ${what} is not valid base64.`);
  return bytes;
}

export function ageBase64Encode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

export function generateAgeIdentity(): AgeIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    secret: privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32),
    publicKey: rawPublicKey(publicKey),
  };
}

export function formatAgeIdentity(identity: AgeIdentity): string {
  return bech32Encode('age-secret-key-', identity.secret).toUpperCase();
}

export function formatAgeRecipient(publicKey: Buffer): string {
  return bech32Encode('age', publicKey);
}

/** Reads an identity from `age-keygen` output (comment lines allowed) or a bare `AGE-SECRET-KEY-1…` line. */
export function parseAgeIdentity(text: string): AgeIdentity {
  const line = text.split(/\r?\n/).find((candidate) => candidate.startsWith('AGE-SECRET-KEY-1'));
  const decoded = line === undefined ? undefined : bech32Decode(line.trim());
  if (decoded?.prefix !== 'age-secret-key-' || decoded.bytes.length !== 32)
    throw new AgeRefusedError('This is not an age identity (a line starting AGE-SECRET-KEY-1 was expected).');
  const secret = Buffer.from(decoded.bytes);
  return { secret, publicKey: rawPublicKey(createPublicKey(privateKeyObject(secret))) };
}

export function parseAgeRecipient(text: string): Buffer {
  const decoded = bech32Decode(text.trim());
  if (decoded?.prefix !== 'age' || decoded.bytes.length !== 32)
    throw new AgeRefusedError(`${JSON.stringify(text.slice(0, 80))} is not an age recipient (age1…).`);
  return Buffer.from(decoded.bytes);
}

function wrapKey(shared: Buffer, share: Buffer, recipient: Buffer): Buffer {
  if (shared.every((byte) => byte === 0))
    throw new AgeRefusedError('The age recipient key is not a usable X25519 key.');
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([share, recipient]), X25519_INFO, 32));
}

/** The X25519 stanza that gives `fileKey` to `recipient`. */
export function wrapFileKey(fileKey: Buffer, recipient: Buffer): AgeStanza {
  const ephemeral = generateKeyPairSync('x25519');
  const share = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject(recipient) });
  const cipher = createCipheriv('chacha20-poly1305', wrapKey(shared, share, recipient), Buffer.alloc(12), {
    authTagLength: 16,
  });
  const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
  return { type: 'X25519', args: [ageBase64Encode(share)], body };
}

/** The file key from an X25519 stanza meant for `identity`, or undefined when it is meant for someone else. */
export function unwrapFileKey(stanza: AgeStanza, identity: AgeIdentity): Buffer | undefined {
  if (stanza.type !== 'X25519') return undefined;
  if (stanza.args.length !== 1 || stanza.body.length !== 32)
    throw new AgeRefusedError('The age header is damaged: an X25519 stanza has the wrong shape.');
  const share = ageBase64Decode(stanza.args[0] ?? '', 'an X25519 share');
  if (share.length !== 32) throw new AgeRefusedError('The age header is damaged: an X25519 share is not 32 bytes.');
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: privateKeyObject(identity.secret), publicKey: publicKeyObject(share) });
  } catch {
    throw new AgeRefusedError('The age header is damaged: an X25519 share is not a usable key.');
  }
  const decipher = createDecipheriv('chacha20-poly1305', wrapKey(shared, share, identity.publicKey), Buffer.alloc(12), {
    authTagLength: 16,
  });
  decipher.setAuthTag(stanza.body.subarray(16));
  try {
    return Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]);
  } catch {
    return undefined;
  }
}
