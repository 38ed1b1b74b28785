/** Certificate and key files give the fingerprints openssl and minisign would: SHA-256 of the DER or raw key. */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signerKeyFromFile } from '../../../renderer/features/trust/signerFile';

const encode = (text: string) => new TextEncoder().encode(text);

describe('signer files', () => {
  it('fingerprints a PEM and a DER certificate as openssl does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-cert-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ed25519',
          '-nodes',
          '-subj',
          '/CN=Partner CERT',
          '-days',
          '30',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const pem = readFileSync(join(dir, 'cert.pem'));
      const expected = new X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase();
      expect(signerKeyFromFile(pem)).toEqual({ kind: 'x509-sha256', fingerprint: expected });
      expect(signerKeyFromFile(new X509Certificate(pem).raw)).toEqual({ kind: 'x509-sha256', fingerprint: expected });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fingerprints an Ed25519 key from a PEM public key and from a minisign .pub file alike', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const expected = { kind: 'ed25519-sha256', fingerprint: createHash('sha256').update(raw).digest('hex') };
    expect(signerKeyFromFile(encode(publicKey.export({ format: 'pem', type: 'spki' }).toString()))).toEqual(expected);
    const minisign = Buffer.concat([Buffer.from('Ed'), Buffer.alloc(8, 7), raw]).toString('base64');
    expect(signerKeyFromFile(encode(`untrusted comment: minisign public key 0707070707070707\n${minisign}\n`))).toEqual(
      expected,
    );
  });

  it('says in words when a file holds nothing it can trust', () => {
    expect(signerKeyFromFile(encode('hello'))).toBe(
      'This file holds no certificate (PEM or DER) and no Ed25519 public key (minisign .pub or PEM).',
    );
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(signerKeyFromFile(encode(publicKey.export({ format: 'pem', type: 'spki' }).toString()))).toBe(
      'This public key is not an Ed25519 key.',
    );
  });
});
