/**
 * The installation key: an Ed25519 key pair made on first use and sealed in a KeyStore like the signing identity,
 * so it never leaves the host process. It signs audit and custody checkpoints (and, later, sync bundles).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import type { KeyStore } from '../signing/keyStore';

const sealedKeySchema = z.object({ format: z.literal('firebreak-installation-key'), privateKeyPem: z.string() });

export interface InstallationKey {
  /** SHA-256 of the raw 32-byte public key, hex. */
  readonly fingerprint: string;
  readonly publicKey: KeyObject;
  sign(message: Buffer): Buffer;
  verify(message: Buffer, signature: Buffer): boolean;
}

/** The raw 32-byte Ed25519 public key (the last 32 bytes of its SPKI encoding). */
export function rawEd25519PublicKey(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
}

function fromPrivateKey(privateKey: KeyObject): InstallationKey {
  const publicKey = createPublicKey(privateKey);
  return {
    fingerprint: createHash('sha256').update(rawEd25519PublicKey(publicKey)).digest('hex'),
    publicKey,
    sign: (message) => sign(null, message, privateKey),
    verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature),
  };
}

/** The stored installation key, or undefined when none was made yet. */
export async function loadInstallationKey(store: KeyStore): Promise<InstallationKey | undefined> {
  const secret = await store.read();
  if (secret === undefined) return undefined;
  const sealed = sealedKeySchema.parse(JSON.parse(secret));
  return fromPrivateKey(createPrivateKey(sealed.privateKeyPem));
}

/** The installation key, made and sealed now if there is none. */
/** In-flight first reads per store: two callers at start-up (a checkpoint and a bundle screen) get the same key. */
const ensuring = new WeakMap<KeyStore, Promise<InstallationKey>>();

export function ensureInstallationKey(store: KeyStore): Promise<InstallationKey> {
  let pending = ensuring.get(store);
  if (!pending) {
    pending = loadOrCreateInstallationKey(store);
    ensuring.set(store, pending);
    // A failure is not remembered: the next caller tries again.
    pending.catch(() => ensuring.delete(store));
  }
  return pending;
}

/** The stored installation key — the one in memory once made or read through `ensureInstallationKey` — or undefined. */
export function knownInstallationKey(store: KeyStore): Promise<InstallationKey | undefined> {
  return ensuring.get(store) ?? loadInstallationKey(store);
}

async function loadOrCreateInstallationKey(store: KeyStore): Promise<InstallationKey> {
  const existing = await loadInstallationKey(store);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  await store.write(JSON.stringify({ format: 'firebreak-installation-key', privateKeyPem }));
  return fromPrivateKey(privateKey);
}
