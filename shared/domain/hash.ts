/**
 * SHA-256 as lowercase hex. Synchronous on purpose: IndexedDB transactions commit as soon as they wait on anything
 * that is not IndexedDB (WebCrypto's digest included), so hashes inside a write transaction must not be async.
 * The pure-JS digest works everywhere; a platform may install a faster synchronous one computing the same digest
 * (the renderer installs hash-wasm's WebAssembly SHA-256 before its first write: `renderer/db/fastSha256.ts`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

/** SHA-256 of a string's UTF-8 bytes or of bytes, as lowercase hex. */
export type Sha256Hex = (data: string | Uint8Array) => string;

const pureSha256Hex: Sha256Hex = (data) => bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
let installed: Sha256Hex = pureSha256Hex;

/** Replaces the digest with a faster one that gives the same hex for the same input. */
export function installSha256Hex(implementation: Sha256Hex): void {
  installed = implementation;
}

export function sha256Hex(data: string | Uint8Array): string {
  return installed(data);
}

export function hashValue(value: unknown): string {
  return installed(canonicalJson(value));
}
