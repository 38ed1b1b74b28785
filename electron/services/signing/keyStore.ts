/**
 * Where the signing identity (certificate and private key) rests, encrypted. The app seals it with Electron's
 * safeStorage (the OS keychain); the loopback test host, which has no keychain, with a passphrase (scrypt and
 * AES-256-GCM). Signing code sees only this interface; the key is decrypted in the host process and never leaves it.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../atomicWrite';

export interface KeyStore {
  /** The stored secret, or `undefined` when none has been saved yet. */
  read(): Promise<string | undefined>;
  write(secret: string): Promise<void>;
}

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
}

export function sealedFileKeyStore(path: string, sealer: StringSealer): KeyStore {
  return {
    async read() {
      const sealed = await readIfPresent(path);
      return sealed === undefined ? undefined : sealer.decryptString(sealed);
    },
    async write(secret) {
      if (!sealer.isEncryptionAvailable()) {
        throw new Error('This system offers no secure storage, so Firebreak cannot keep a signing key here.');
      }
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomically(path, sealer.encryptString(secret));
      await chmod(path, 0o600);
    },
  };
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

export function passphraseFileKeyStore(path: string, passphrase: string): KeyStore {
  return {
    async read() {
      const raw = await readIfPresent(path);
      if (raw === undefined) return undefined;
      const sealed = JSON.parse(raw.toString('utf8')) as SealedFile;
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keyFor(passphrase, Buffer.from(sealed.salt, 'base64')),
        Buffer.from(sealed.iv, 'base64'),
      );
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('The signing key store cannot be opened with this passphrase.');
      }
    },
    async write(secret) {
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
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomically(path, JSON.stringify(sealed));
      await chmod(path, 0o600);
    },
  };
}
