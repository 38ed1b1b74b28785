import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPkcs12Identity, loadIdentity } from '../../../electron/services/signing/identity';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { createSigningService } from '../../../electron/services/signing/signingService';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { buildReport } from '../../../shared/reports/reportTypes';
import { renderReportPdf } from '../../../renderer/features/reports/renderReportPdf';
import { reportSource } from '../../fixtures/reportSources';
import { reportFonts } from '../../fixtures/signedReports';
import { repoRootPath } from './paths';
import { temporaryFolder } from '../helpers';

describe('signing identity', () => {
  it('imports an organisation-issued PKCS#12 file and signs with it', async () => {
    const dir = await temporaryFolder();
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '30',
        '-subj',
        '/CN=Legal Signer/O=Example Org',
      ],
      { stdio: 'pipe' },
    );
    execFileSync(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-inkey',
        join(dir, 'key.pem'),
        '-in',
        join(dir, 'cert.pem'),
        '-out',
        join(dir, 'id.p12'),
        '-passout',
        'pass:s3cret (x)',
      ],
      { stdio: 'pipe' },
    );
    const store = passphraseFileKeyStore(join(dir, 'store.json'), 'store passphrase');
    const fileBase64 = (await readFile(join(dir, 'id.p12'))).toString('base64');
    await expect(importPkcs12Identity(store, { fileBase64, passphrase: 'wrong' })).rejects.toThrow(
      /passphrase is right/,
    );
    const summary = await importPkcs12Identity(store, { fileBase64, passphrase: 's3cret (x)' });
    expect(summary).toMatchObject({ subject: 'CN=Legal Signer, O=Example Org', source: 'pkcs12' });

    const service = createSigningService(store, createDirectorySaveDialog(join(dir, 'out')));
    const document = buildReport('executive-brief', { ...reportSource(), signerFingerprint: summary.fingerprint });
    const rendered = await renderReportPdf(document, reportFonts());
    const saved = await service.signAndSave({
      pdfBase64: Buffer.from(rendered.bytes).toString('base64'),
      suggestedName: 'brief.pdf',
      reason: 'Filing',
      location: 'Berlin',
      signerName: 'Legal Signer',
      manifest: document.manifest,
    });
    expect(saved).toMatchObject({ status: 'saved', signerFingerprint: summary.fingerprint });
    const path = saved.status === 'saved' ? saved.path : '';
    const pdfsig = spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
    expect(pdfsig).toContain('Signature is Valid');
    expect(pdfsig).toContain('Total document signed');

    // The packaged command, as someone with a fresh clone runs it: untrusted until the fingerprint is passed
    // (here in the colon-separated, upper-case form people read out).
    const verifyCommand = join(repoRootPath, 'electron', 'verifier', 'firebreak-verify.js');
    const untrusted = spawnSync(process.execPath, [verifyCommand, path], { encoding: 'utf8' });
    expect(untrusted.status).toBe(2);
    const readOut = summary.fingerprint.toUpperCase().match(/../g)?.join(':') ?? '';
    const cli = spawnSync(process.execPath, [verifyCommand, path, '--trust', readOut], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('  Signer:               CN=Legal Signer, O=Example Org');
  }, 60_000);

  it('keeps the key sealed: the store file holds no key material and refuses a wrong passphrase', async () => {
    const dir = await temporaryFolder();
    const path = join(dir, 'store.json');
    const store = passphraseFileKeyStore(path, 'right');
    const service = createSigningService(store, createDirectorySaveDialog(dir));
    expect(await service.getIdentity()).toBeNull();
    const created = await service.createSelfSigned({ name: 'Ana Ortiz', organisation: 'Firebreak Test' });
    expect(await service.getIdentity()).toEqual(created);
    expect(JSON.stringify(created)).not.toMatch(/PRIVATE KEY/);
    expect(await readFile(path, 'utf8')).not.toMatch(/PRIVATE KEY|BEGIN/);
    await expect(loadIdentity(passphraseFileKeyStore(path, 'wrong'))).rejects.toThrow(/cannot be opened/);
  });

  it('refuses to sign a report prepared for another certificate', async () => {
    const dir = await temporaryFolder();
    const service = createSigningService(
      passphraseFileKeyStore(join(dir, 's.json'), 'p'),
      createDirectorySaveDialog(dir),
    );
    await service.createSelfSigned({ name: 'A', organisation: 'B' });
    const document = buildReport('executive-brief', { ...reportSource(), signerFingerprint: 'f'.repeat(64) });
    await expect(
      service.signAndSave({
        pdfBase64: 'JVBERi0=',
        suggestedName: 'x.pdf',
        reason: '',
        location: '',
        signerName: '',
        manifest: document.manifest,
      }),
    ).rejects.toThrow(/another signing certificate/);
  });
});
