/**
 * SHA-256 as lowercase hex. Synchronous on purpose: IndexedDB transactions commit as soon as they wait on anything
 * that is not IndexedDB (WebCrypto's digest included), so hashes inside a write transaction must not be async.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

export function hashValue(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
