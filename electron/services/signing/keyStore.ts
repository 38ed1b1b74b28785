/**
 * Where the signing identity (certificate and private key) rests, encrypted. The app seals it with Electron's
 * safeStorage (the OS keychain) — unless safeStorage would protect it with nothing better than a fixed password
 * (Linux's `basic_text` backend, used when no keyring is running) or offers no encryption at all: then the key is
 * sealed with a passphrase the person chooses (scrypt and AES-256-GCM) and must be given again to sign. The loopback
 * test host, which has no keychain, seals with a passphrase it holds itself. Signing code sees only this interface;
 * the key is decrypted in the host process and never leaves it.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../atomicWrite';

/** How a key written now would be protected: by the host on its own, or by a passphrase the person gives. */
export type KeyProtection = { readonly kind: 'host' } | { readonly kind: 'passphrase'; readonly reason: string };

export interface KeyStore {
  /** The sealed file; the list of identities (signing/identities.ts) is kept beside it. */
  readonly location: string;
  protection(): KeyProtection;
  /** The stored secret, or `undefined` when none has been saved yet. `passphrase` opens a passphrase-sealed one. */
  read(passphrase?: string): Promise<string | undefined>;
  /** Seals `secret`; when protection() is 'passphrase', `passphrase` is required. */
  write(secret: string, passphrase?: string): Promise<void>;
}

/** A key store refused in words a person can act on (no passphrase given, a wrong one). */
export class KeyStoreError extends Error {}

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The encryption half of Electron's safeStorage, so this module does not import Electron. */
export interface StringSealer {
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text' means secrets are protected by a hard-coded password. */
  getSelectedStorageBackend?(): string;
}

const PASSPHRASE_REASONS = {
  basicText:
    'This system has no keyring Firebreak can use (Electron’s safeStorage would fall back to its basic_text ' +
    'backend, which protects secrets with a fixed, publicly known password). Choose a passphrase to seal the ' +
    'signing key; you will be asked for it each time you sign.',
  unavailable:
    'This system offers no secure storage for secrets. Choose a passphrase to seal the signing key; you will be ' +
    'asked for it each time you sign.',
} as const;

/** What Electron's safeStorage can be trusted with on this system. */
export function safeStorageProtection(sealer: StringSealer, platform: string): KeyProtection {
  if (!sealer.isEncryptionAvailable()) return { kind: 'passphrase', reason: PASSPHRASE_REASONS.unavailable };
  if (platform === 'linux' && sealer.getSelectedStorageBackend?.() === 'basic_text') {
    return { kind: 'passphrase', reason: PASSPHRASE_REASONS.basicText };
  }
  return { kind: 'host' };
}

interface SealedFile {
  readonly format: 'firebreak-keystore';
  readonly salt: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

function keyFor(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

/** safeStorage output starts with a version tag ("v10"), never with "{": the two formats cannot be confused. */
function isPassphraseSealed(raw: Buffer): boolean {
  return raw.subarray(0, 1).toString('latin1') === '{';
}

function openWithPassphrase(raw: Buffer, passphrase: string): string {
  let sealed: SealedFile;
  try {
    sealed = JSON.parse(raw.toString('utf8')) as SealedFile;
  } catch {
    throw new KeyStoreError('The signing key store is damaged; create or import the signing identity again.');
  }
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyFor(passphrase, Buffer.from(sealed.salt, 'base64')),
    Buffer.from(sealed.iv, 'base64'),
  );
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyStoreError('The signing key store cannot be opened with this passphrase.');
  }
}

function sealWithPassphrase(secret: string, passphrase: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(passphrase, salt), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const sealed: SealedFile = {
    format: 'firebreak-keystore',
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return JSON.stringify(sealed);
}

async function writeSealed(path: string, sealed: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, sealed);
  await chmod(path, 0o600);
}

function requirePassphrase(passphrase: string | undefined, action: 'seal' | 'open'): string {
  if (passphrase === undefined || passphrase === '') {
    throw new KeyStoreError(
      action === 'seal'
        ? 'This system cannot protect the signing key on its own: enter a passphrase to seal it with.'
        : 'The signing key is sealed with a passphrase: enter it to sign.',
    );
  }
  return passphrase;
}

/** The app's store: safeStorage when it protects the key, else the person's passphrase. */
export function sealedFileKeyStore(path: string, sealer: StringSealer, platform: string = process.platform): KeyStore {
  const protection = (): KeyProtection => safeStorageProtection(sealer, platform);
  return {
    location: path,
    protection,
    async read(passphrase) {
      const sealed = await readIfPresent(path);
      if (sealed === undefined) return undefined;
      if (isPassphraseSealed(sealed)) return openWithPassphrase(sealed, requirePassphrase(passphrase, 'open'));
      return sealer.decryptString(sealed);
    },
    async write(secret, passphrase) {
      if (protection().kind === 'passphrase') {
        await writeSealed(path, sealWithPassphrase(secret, requirePassphrase(passphrase, 'seal')));
        return;
      }
      await writeSealed(path, sealer.encryptString(secret));
    },
  };
}

/** A store sealed with a passphrase the host holds (the test host's token or FIREBREAK_KEYSTORE_PASSPHRASE). */
export function passphraseFileKeyStore(path: string, passphrase: string): KeyStore {
  return {
    location: path,
    protection: () => ({ kind: 'host' }),
    async read() {
      const raw = await readIfPresent(path);
      return raw === undefined ? undefined : openWithPassphrase(raw, passphrase);
    },
    async write(secret) {
      await writeSealed(path, sealWithPassphrase(secret, passphrase));
    },
  };
}

/** A store sealed with the person's own passphrase, given at every create, import and signature. */
export function personalPassphraseKeyStore(path: string, reason: string): KeyStore {
  return {
    location: path,
    protection: () => ({ kind: 'passphrase', reason }),
    async read(passphrase) {
      const raw = await readIfPresent(path);
      return raw === undefined ? undefined : openWithPassphrase(raw, requirePassphrase(passphrase, 'open'));
    },
    async write(secret, passphrase) {
      await writeSealed(path, sealWithPassphrase(secret, requirePassphrase(passphrase, 'seal')));
    },
  };
}
