/**
 * Key handling: where safeStorage cannot protect a key (Linux's basic_text backend, or no encryption at all) the
 * identity is sealed with the person's passphrase and signing needs it; replacing an identity needs `replace: true`
 * and keeps the old certificate as retired. Uses the real signing service and key store over a fake safeStorage.
 */
import { X509Certificate } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest, TRUSTED_SENDER } from '../../../electron/ipc/handleRequest';
import { createServices } from '../../../electron/services/createServices';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import {
  safeStorageProtection,
  sealedFileKeyStore,
  type StringSealer,
} from '../../../electron/services/signing/keyStore';
import { createSigningService } from '../../../electron/services/signing/signingService';
import { buildReport } from '../../../shared/reports/reportTypes';
import { reportSource } from '../../fixtures/reportSources';
import { temporaryFolder } from '../helpers';

/** Electron's safeStorage as it behaves on Linux: "v11" plus the secret, with the backend it chose. */
function fakeSafeStorage(backend: string, available = true): StringSealer {
  return {
    encryptString: (plain) => Buffer.concat([Buffer.from('v11'), Buffer.from(plain, 'utf8')]),
    decryptString: (sealed) => sealed.subarray(3).toString('utf8'),
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
  };
}

function reportFor(fingerprint: string, keyPassphrase?: string) {
  const document = buildReport('executive-brief', { ...reportSource(), signerFingerprint: fingerprint });
  return {
    pdfBase64: Buffer.from('%PDF-1.7\n').toString('base64'),
    suggestedName: 'brief.pdf',
    reason: '',
    location: '',
    signerName: '',
    manifest: document.manifest,
    ...(keyPassphrase === undefined ? {} : { keyPassphrase }),
  };
}

describe('safeStorageProtection', () => {
  it('trusts a real keyring and asks for a passphrase with basic_text or without encryption', () => {
    expect([
      safeStorageProtection(fakeSafeStorage('gnome_libsecret'), 'linux').kind,
      safeStorageProtection(fakeSafeStorage('kwallet5'), 'linux').kind,
      safeStorageProtection(fakeSafeStorage('basic_text'), 'linux').kind,
      safeStorageProtection(fakeSafeStorage('unknown'), 'darwin').kind,
      safeStorageProtection(fakeSafeStorage('unknown', false), 'win32').kind,
    ]).toEqual(['host', 'host', 'passphrase', 'host', 'passphrase']);
    expect(safeStorageProtection(fakeSafeStorage('basic_text'), 'linux')).toEqual({
      kind: 'passphrase',
      reason: expect.stringMatching(/basic_text backend, which protects secrets with a fixed, publicly known password/),
    });
  });
});

describe('a key store without a keyring (basic_text)', () => {
  it('refuses to seal a key without a passphrase, seals it with one and asks for it to sign', async () => {
    const dir = await temporaryFolder();
    const service = createSigningService(
      sealedFileKeyStore(join(dir, 'signing-identity.sealed'), fakeSafeStorage('basic_text'), 'linux'),
      createDirectorySaveDialog(join(dir, 'out')),
    );
    expect(await service.listIdentities()).toEqual({
      current: null,
      currentNeedsPassphrase: false,
      retired: [],
      newKeyProtection: { kind: 'passphrase', reason: expect.any(String) },
    });
    await expect(service.createSelfSigned({ name: 'Dana Reyes', organisation: 'Firebreak' })).rejects.toThrow(
      'This system cannot protect the signing key on its own: enter a passphrase to seal it with.',
    );
    expect(await readdir(dir)).toEqual([]);

    const created = await service.createSelfSigned({
      name: 'Dana Reyes',
      organisation: 'Firebreak',
      keyPassphrase: 'correct horse battery',
    });
    const sealed = await readFile(join(dir, 'signing-identity.sealed'), 'utf8');
    expect(JSON.parse(sealed)).toMatchObject({ format: 'firebreak-keystore' });
    expect(sealed).not.toMatch(/PRIVATE KEY|BEGIN|Dana/);
    expect(await service.listIdentities()).toMatchObject({ current: created, currentNeedsPassphrase: true });
    expect(await service.getIdentity()).toEqual(created);

    await expect(service.signAndSave(reportFor(created.fingerprint))).rejects.toThrow(
      'The signing key is sealed with a passphrase: enter it to sign.',
    );
    await expect(service.signAndSave(reportFor(created.fingerprint, 'wrong horse battery'))).rejects.toThrow(
      'The signing key store cannot be opened with this passphrase.',
    );
    // The right passphrase unlocks the key; the check after it (the report's certificate) is what refuses here.
    await expect(service.signAndSave(reportFor('f'.repeat(64), 'correct horse battery'))).rejects.toThrow(
      /prepared for another signing certificate/,
    );
  }, 30_000);

  it('refuses a short passphrase at the IPC boundary, in words', async () => {
    const dir = await temporaryFolder();
    const services = createServices({
      identity: { name: 'Firebreak', version: '0.1.0', platform: 'linux', host: 'electron' },
      saveDialog: createDirectorySaveDialog(dir),
      keyStore: sealedFileKeyStore(join(dir, 'k.sealed'), fakeSafeStorage('basic_text'), 'linux'),
    });
    expect(
      await handleRequest(
        'signing:createSelfSigned',
        { name: 'A', organisation: 'B', keyPassphrase: 'short' },
        TRUSTED_SENDER,
        services,
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: expect.stringContaining('keyPassphrase: Use a passphrase of at least 12 characters.'),
      },
    });
  });
});

describe('replacing the signing identity', () => {
  it('refuses without replace: true, then retires the old certificate, newest first', async () => {
    const dir = await temporaryFolder();
    const store = sealedFileKeyStore(join(dir, 'signing-identity.sealed'), fakeSafeStorage('gnome_libsecret'), 'linux');
    const service = createSigningService(store, createDirectorySaveDialog(dir));
    const first = await service.createSelfSigned({ name: 'Dana Reyes', organisation: 'Firebreak' });
    await expect(service.createSelfSigned({ name: 'Sam Okafor', organisation: 'Firebreak' })).rejects.toThrow(
      `This installation already signs with the certificate SHA-256 ${first.fingerprint}. ` +
        'Confirm the replacement to retire it and use the new one.',
    );
    expect((await service.listIdentities()).current).toEqual(first);

    const second = await service.createSelfSigned({ name: 'Sam Okafor', organisation: 'Firebreak', replace: true });
    const third = await service.createSelfSigned({ name: 'Ana Ortiz', organisation: 'Firebreak', replace: true });
    const listed = await service.listIdentities();
    expect(listed).toEqual({
      current: third,
      currentNeedsPassphrase: false,
      retired: [
        {
          ...second,
          certificatePem: expect.stringMatching(/^-----BEGIN CERTIFICATE-----/),
          retiredAt: expect.any(String),
        },
        {
          ...first,
          certificatePem: expect.stringMatching(/^-----BEGIN CERTIFICATE-----/),
          retiredAt: expect.any(String),
        },
      ],
      newKeyProtection: { kind: 'host' },
    });
    // The retired certificate is the real one: its own fingerprint is the one reports it signed carry.
    expect(new X509Certificate(listed.retired[1]!.certificatePem).fingerprint256.replace(/:/g, '').toLowerCase()).toBe(
      first.fingerprint,
    );
    const onDisk = await readFile(join(dir, 'signing-identities.json'), 'utf8');
    expect(onDisk).not.toMatch(/PRIVATE KEY/);
    expect(await readdir(dir)).toEqual(['signing-identities.json', 'signing-identity.sealed']);
  }, 60_000);
});
