/**
 * Reads a partner's certificate or public key file and works out what to trust: the SHA-256 of an X.509
 * certificate's DER encoding (PEM or DER file), or of a raw Ed25519 public key (a minisign `.pub` file or a PEM
 * `PUBLIC KEY`). Only the fingerprint is kept; nothing in the file is trusted beyond it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { TrustedSignerDraft } from '../../../shared/domain/trust/trustedSigner';

export type SignerKey = Pick<TrustedSignerDraft, 'kind' | 'fingerprint'>;

const ED25519_SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

function base64ToBytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length === 0) return undefined;
  try {
    return Uint8Array.from(atob(clean), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function pemBlock(text: string, label: string): Uint8Array | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  return match?.[1] === undefined ? undefined : base64ToBytes(match[1]);
}

function ed25519Key(raw: Uint8Array): SignerKey {
  return { kind: 'ed25519-sha256', fingerprint: bytesToHex(sha256(raw)) };
}

/** The key a file holds, or a sentence saying why it holds none Firebreak can use. */
export function signerKeyFromFile(bytes: Uint8Array): SignerKey | string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const certificate = pemBlock(text, 'CERTIFICATE');
  if (certificate) return { kind: 'x509-sha256', fingerprint: bytesToHex(sha256(certificate)) };
  const spki = pemBlock(text, 'PUBLIC KEY');
  if (spki) {
    const isEd25519 = spki.length === 44 && ED25519_SPKI_PREFIX.every((byte, index) => spki[index] === byte);
    return isEd25519 ? ed25519Key(spki.subarray(12)) : 'This public key is not an Ed25519 key.';
  }
  const minisign = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('untrusted comment:'));
  const decoded = minisign.length === 1 && minisign[0] ? base64ToBytes(minisign[0]) : undefined;
  if (decoded?.length === 42 && decoded[0] === 0x45 && decoded[1] === 0x64) return ed25519Key(decoded.subarray(10));
  // A DER certificate starts with a SEQUENCE whose length is given in two bytes.
  if (bytes.length > 100 && bytes[0] === 0x30 && bytes[1] === 0x82) {
    return { kind: 'x509-sha256', fingerprint: bytesToHex(sha256(bytes)) };
  }
  return 'This file holds no certificate (PEM or DER) and no Ed25519 public key (minisign .pub or PEM).';
}
