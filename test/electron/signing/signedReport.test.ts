/**
 * Signed reports from the real pipeline, checked by tools that owe Firebreak nothing: poppler's pdfsig for the
 * signature and its coverage, openssl for the CMS attributes PAdES B-B requires, and firebreak-verify.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedIdentity } from '../../../electron/services/signing/identity';
import { runVerifier } from '../../../electron/verifier/cli';
import { verifySignedPdf } from '../../../electron/verifier/verifyPdf';
import { reportEvidence, reportSource } from '../../fixtures/reportSources';
import { signedReport, testIdentity } from '../../fixtures/signedReports';

function pdfsig(pdf: Buffer, dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', path], { input: pdf });
  const result = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

async function verifierOutput(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runVerifier(args, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('signed incident report', () => {
  let identity: LoadedIdentity;
  let pdf: Buffer;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'firebreak-signed-'));
    identity = await testIdentity();
    pdf = (await signedReport('incident-report', reportSource({ entries: 40, evidence: 5 }), identity)).pdf;
  }, 60_000);

  it('validates in pdfsig as a whole-document ETSI.CAdES.detached signature', () => {
    const output = pdfsig(pdf, dir, 'signed.pdf');
    expect(output).toContain('Signature is Valid');
    expect(output).toContain('Total document signed');
    expect(output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(output).toContain('Signer Certificate Common Name: Ána (trailer) Ωμέγα');
  });

  it('carries signing-certificate-v2 and no CMS signing-time (openssl cms)', async () => {
    const hex = /\/Contents\s*<([0-9A-F]+)>/.exec(pdf.toString('latin1', pdf.lastIndexOf('/ByteRange')))?.[1] ?? '';
    const der = join(dir, 'signature.der');
    await writeFile(der, Buffer.from(hex.replace(/(00)+$/, ''), 'hex'));
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', der], {
      encoding: 'utf8',
    });
    expect(printed).toMatch(/id-smime-aa-signingCertificateV2/);
    expect(printed).not.toMatch(/signingTime/);
    expect(printed).toMatch(/messageDigest/);
  });

  it('reads back the signer, time, names and manifest in firebreak-verify', async () => {
    const anchors = { fingerprints: new Set([identity.summary.fingerprint]), caCertificates: [] };
    const result = verifySignedPdf(pdf, { anchors });
    expect(result).toMatchObject({
      verdict: 'trusted',
      ok: true,
      signed: true,
      signatureValid: true,
      wholeDocumentCovered: true,
      subFilter: 'ETSI.CAdES.detached',
      signingCertificateV2: true,
      cmsSigningTimeAbsent: true,
      reason: 'Approved for filing (trailer) — ünïcode',
      location: 'Zürich ) ( trailer',
      signerName: 'Ána Ortiz (trailer)',
      problems: [],
    });
    expect(result.signer?.fingerprint).toBe(identity.summary.fingerprint);
    expect(result.manifest?.evidence.map((item) => item.sha256)).toEqual(reportEvidence(5).map((item) => item.sha256));
    const { code, text } = await verifierOutput([join(dir, 'signed.pdf'), '--trust', identity.summary.fingerprint]);
    expect(code).toBe(0);
    expect(text.split('\n').at(-1)).toBe('RESULT: trusted (valid signature, trusted signer)');
    expect((await verifierOutput([join(dir, 'signed.pdf')])).code).toBe(2);
  });

  it('reports a digest mismatch when one byte is flipped', async () => {
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Title') + 8;
    tampered[at] = tampered[at]! ^ 0x01;
    expect(pdfsig(tampered, dir, 'flipped.pdf')).toMatch(/Digest Mismatch/i);
    const { code, text } = await verifierOutput([join(dir, 'flipped.pdf')]);
    expect(code).toBe(1);
    expect(text).toContain('FAIL: Digest mismatch');
    expect(text.split('\n').at(-1)).toBe('RESULT: invalid');
  });

  it('reports that bytes appended after signing are not covered', async () => {
    const appended = Buffer.concat([pdf, Buffer.from('\n% appended after signing\n')]);
    expect(pdfsig(appended, dir, 'appended.pdf')).toContain('Not total document signed');
    const { code, text } = await verifierOutput([join(dir, 'appended.pdf')]);
    expect(code).toBe(1);
    expect(text).toContain('does not cover the whole file');
  });

  it('checks an evidence directory against the manifest hashes', async () => {
    const good = await mkdtemp(join(dir, 'evidence-'));
    for (let i = 1; i <= 5; i++) await writeFile(join(good, `item-${i}.json`), `evidence ${i}`);
    const trust = ['--trust', identity.summary.fingerprint];
    expect((await verifierOutput([join(dir, 'signed.pdf'), '--evidence', good, ...trust])).code).toBe(0);
    await writeFile(join(good, 'item-3.json'), 'evidence 3, edited');
    const { code, text } = await verifierOutput([join(dir, 'signed.pdf'), '--evidence', good, ...trust]);
    expect(code).toBe(1);
    expect(text).toMatch(/no file in the directory has SHA-256/);
  });
});
