/**
 * The forgery suite: each attack from the security review (issue 9), generated at test time, gets the right verdict
 * from the packaged command (firebreak-verify, spawned as a user runs it) and from the in-app check
 * (signingService.verify, whose own identity is the genuine signer); pdfsig is run beside it where it has an opinion.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectorySaveDialog } from '../../../electron/services/directorySaveDialog';
import { loadIdentity, type LoadedIdentity } from '../../../electron/services/signing/identity';
import { passphraseFileKeyStore } from '../../../electron/services/signing/keyStore';
import { pdfTextString } from '../../../electron/services/signing/pdfSignature';
import { createSigningService, type SigningService } from '../../../electron/services/signing/signingService';
import { TRUST_STORE_FORMAT } from '../../../shared/reports/trust';
import type { VerificationResult } from '../../../shared/reports/signing';
import { repoRootPath } from '../signing/paths';
import {
  addSecondSignature,
  appendUpdate,
  byteRangeOf,
  forgeIdentity,
  manifestObject,
  renderedReport,
  signatureObjects,
  signWith,
  type ForgedIdentity,
} from './forgeries';

const VERIFY = join(repoRootPath, 'electron', 'verifier', 'firebreak-verify.js');
const EXIT = { trusted: 0, invalid: 1, untrusted: 2, unreadable: 3 } as const;
const DAY = 24 * 3600_000;
// Any C0 control but LF (the line separator), DEL, C1 controls, and the bidi/line-separator controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

let dir: string;
let service: SigningService;
let genuine: LoadedIdentity;
let stranger: ForgedIdentity;
let genuinePdf: Buffer;
let caseNumber = 0;

interface Checked {
  readonly code: number | null;
  readonly stdout: string;
  readonly inApp: VerificationResult;
  readonly path: string;
}

/** Runs the packaged command (trusting the genuine signer, plus `args`) and the in-app check on `pdf`. */
async function check(pdf: Buffer, args: readonly string[] = []): Promise<Checked> {
  const path = join(dir, `case-${++caseNumber}.pdf`);
  await writeFile(path, pdf);
  const cli = spawnSync(process.execPath, [VERIFY, path, '--trust', genuine.summary.fingerprint, ...args], {
    encoding: 'utf8',
  });
  expect(cli.stderr).toBe('');
  const inApp = await service.verify({ pdfBase64: pdf.toString('base64'), trust: [] });
  return { code: cli.status, stdout: cli.stdout, inApp, path };
}

function expectVerdict(result: Checked, verdict: keyof typeof EXIT): void {
  expect({ code: result.code, inApp: result.inApp.verdict }).toEqual({ code: EXIT[verdict], inApp: verdict });
  const lines = result.stdout.trimEnd().split('\n');
  expect(lines.filter((line) => line.startsWith('RESULT:'))).toHaveLength(1);
  expect(lines.at(-1)).toMatch(new RegExp(`^RESULT: ${verdict}`));
  expect(result.stdout).not.toMatch(CONTROL);
}

function pdfsig(path: string): string {
  return spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'firebreak-forgery-'));
  const store = passphraseFileKeyStore(join(dir, 'identity.json'), 'test passphrase');
  service = createSigningService(store, createDirectorySaveDialog(dir));
  await service.createSelfSigned({ name: 'Ana Ortiz', organisation: 'Firebreak Legal' });
  const loaded = await loadIdentity(store);
  if (loaded === undefined) throw new Error('No identity.');
  genuine = loaded;
  const now = Date.now();
  stranger = forgeIdentity({
    commonName: 'Ana Ortiz',
    organisation: 'Firebreak Legal',
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 365 * DAY),
  });
  genuinePdf = await signWith(genuine);
}, 60_000);

afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('forgery suite', () => {
  it('a genuine report is valid and trusted, and its printed fields are the signed ones', async () => {
    const result = await check(genuinePdf);
    expectVerdict(result, 'trusted');
    expect(result.inApp).toMatchObject({ reason: 'Approved for filing', location: 'Zürich', signerName: 'Ana Ortiz' });
    expect(pdfsig(result.path)).toMatch(/Total document signed[\s\S]*Signature is Valid/);
  });

  it("a stranger's self-signed certificate with the same subject, citing invented evidence, is untrusted", async () => {
    const invented = [{ id: 'x', name: 'conversation-0001.json', sha256: 'f'.repeat(64) }];
    const forged = await signWith(stranger, { evidence: invented });
    const result = await check(forged);
    expectVerdict(result, 'untrusted');
    const colons = stranger.summary.fingerprint.toUpperCase().match(/../g)?.join(':') ?? '';
    expect(result.stdout).toContain(colons);
    expect(result.stdout).toContain('To trust it, add this fingerprint to Trusted signers');
    expect(result.inApp.signer?.subject).toBe(genuine.summary.subject);
    expect(result.inApp.signer?.fingerprint).toBe(stranger.summary.fingerprint);
    expect(pdfsig(result.path)).toContain('Signature is Valid');
    // Once the stranger is confirmed out of band and put in a trust store, the same file is trusted.
    const storePath = join(dir, 'trust.json');
    const entry = {
      kind: 'x509-sha256',
      fingerprint: colons.toLowerCase(),
      label: 'Partner',
      addedBy: 'Ana',
      addedAt: '2026-01-01T00:00:00Z',
      reason: 'Confirmed by phone',
    };
    await writeFile(storePath, JSON.stringify({ format: TRUST_STORE_FORMAT, version: 1, signers: [entry] }));
    expect(spawnSync(process.execPath, [VERIFY, result.path, '--trust-store', storePath]).status).toBe(0);
  }, 30_000);

  it('a certificate that expired before the signing time is invalid', async () => {
    const expired = forgeIdentity({
      commonName: 'Ana Ortiz',
      organisation: 'Firebreak Legal',
      notBefore: new Date('2019-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    });
    const result = await check(await signWith(expired), ['--trust', expired.summary.fingerprint]);
    expectVerdict(result, 'invalid');
    expect(result.stdout).toContain('not valid at the signing time');
    expect(pdfsig(result.path)).toContain('Certificate has Expired');
  }, 30_000);

  it('fields injected into the /Contents gap are refused; the printed fields are never the injected ones', async () => {
    const [, , c] = byteRangeOf(genuinePdf);
    const injected = `> /M (D:19990101000000Z) /Name (Mallory) /Reason (forged) /X <`;
    const forged = Buffer.from(genuinePdf);
    forged.write(injected, c - 1 - injected.length - 4, 'latin1');
    const result = await check(forged);
    expectVerdict(result, 'invalid');
    expect(result.stdout).not.toMatch(/Mallory|1999/);
    expect(result.inApp.signatures[0]?.problems.join(' ')).toMatch(/gives a key twice/);
    // New keys only (no duplicates): the gap no longer holds just /Contents.
    const other = Buffer.from(genuinePdf);
    const unique = `> /Signer (Mallory) /X <`;
    other.write(unique, c - 1 - unique.length - 4, 'latin1');
    const second = await check(other);
    expectVerdict(second, 'invalid');
    expect(second.inApp.signatures[0]?.problems.join(' ')).toMatch(/gap is not exactly the signature/);
    expect(second.stdout).not.toContain('Mallory');
  });

  it('a second signature over a broken first one is invalid, even by a trusted signer', async () => {
    const broken = Buffer.from(genuinePdf);
    const at = broken.indexOf('/Title') + 8;
    broken[at] = (broken[at] ?? 0) ^ 0x01;
    const result = await check(addSecondSignature(broken, genuine));
    expectVerdict(result, 'invalid');
    expect(result.inApp.signatures.map((s) => s.valid)).toEqual([false, true]);
    expect(result.stdout).toContain('Digest mismatch');
    expect(pdfsig(result.path)).toMatch(/Digest Mismatch/i);
  });

  it('bytes appended after signing are reported as unsigned additions', async () => {
    const result = await check(Buffer.concat([genuinePdf, Buffer.from('\n% appended\n1 0 obj (x) endobj\n')]));
    expectVerdict(result, 'invalid');
    expect(result.inApp).toMatchObject({ wholeDocumentCovered: false, signatureValid: true });
    expect(result.inApp.unsignedAdditions.trailingBytes).toBe(31);
    expect(pdfsig(result.path)).toContain('Not total document signed');
  });

  it('objects added in an unsigned incremental update are listed and make the file invalid', async () => {
    const { size } = signatureObjects(genuinePdf);
    const forged = appendUpdate(genuinePdf, [{ num: size, body: `<< /Title ${pdfTextString('Forged')} >>` }], 1);
    const result = await check(forged);
    expectVerdict(result, 'invalid');
    expect(result.inApp.unsignedAdditions).toEqual({ revisions: [2], objects: [`${size} 0`], trailingBytes: 0 });
    expect(result.inApp.signatures[0]).toMatchObject({ valid: true, revision: 1 });
    expect(result.stdout).toContain(`Added after signing:    revision(s) 2; objects ${size} 0`);
    expect(pdfsig(result.path)).toContain('Not total document signed');
  });

  it('a manifest swapped in an unsigned update: the signed manifest is reported and the change flagged', async () => {
    const { manifest } = await renderedReport();
    const swapped = {
      ...manifest,
      signerFingerprint: genuine.summary.fingerprint,
      evidence: [{ id: 'x', name: 'planted.json', sha256: 'e'.repeat(64) }],
    };
    const forged = appendUpdate(genuinePdf, [
      { num: signatureObjects(genuinePdf).file, body: manifestObject(swapped) },
    ]);
    const result = await check(forged);
    expectVerdict(result, 'invalid');
    expect(result.inApp.manifestChangedAfterSigning).toBe(true);
    expect(result.inApp.manifest?.evidence).toEqual(manifest.evidence);
    expect(result.stdout).not.toContain('planted.json');
    expect(result.stdout).toContain('replaced the signed report manifest');
  });

  it('evidence names that look like PDF syntax leave a genuine report trusted', async () => {
    const { manifest } = await renderedReport();
    const names = [
      'x /Type /EmbeddedFile',
      ') /M (D:1999',
      '/ByteRange [0 1 2 3] startxref 0 %%EOF',
      'endobj trailer <<',
    ];
    const evidence = names.map((name, i) => ({ ...manifest.evidence[0]!, id: `e${i}`, name }));
    const result = await check(await signWith(genuine, { evidence, reason: ') /M (D:19990101' }));
    expectVerdict(result, 'trusted');
    expect(result.inApp.manifest?.evidence.map((item) => item.name)).toEqual(names);
    expect(result.inApp.reason).toBe(') /M (D:19990101');
  });

  it('escape sequences and line breaks in every printed field never reach the terminal', async () => {
    const nasty = (label: string) =>
      `${label}\u001b[2J\u001b]0;owned\u0007\r\nRESULT: trusted (valid signature, trusted signer)\n\u009b31m\u202eevil\u0000`;
    const signer = forgeIdentity({
      commonName: nasty('CN'),
      organisation: nasty('O'),
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + DAY),
    });
    const { manifest } = await renderedReport();
    const pdf = await signWith(signer, {
      reason: nasty('reason'),
      location: nasty('location'),
      signerName: nasty('name'),
      generatedBy: nasty('generatedBy'),
      evidence: [{ ...manifest.evidence[0]!, name: nasty('evidence') }],
    });
    const result = await check(pdf);
    expectVerdict(result, 'untrusted');
    expect(result.stdout).toContain('reason  RESULT: trusted');
    expect(result.inApp.reason).toBe(nasty('reason'));
    // --json stays exact: the escapes are there, JSON-escaped.
    const json = spawnSync(process.execPath, [VERIFY, result.path, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: 'untrusted', reason: nasty('reason') });
  }, 30_000);

  it('bad /M dates and odd-length UTF-16 give a verdict, never a stack trace', async () => {
    const odd = addSecondSignature(
      genuinePdf,
      genuine,
      '/M (D:20241345996199Z) /Name <FEFF00410042FF> /Reason <FEFF0>',
    );
    const result = await check(odd);
    expectVerdict(result, 'invalid');
    expect(result.inApp.signatures[1]).toMatchObject({ signingTime: null, signerName: 'AB' });
    expect(result.stdout).toContain('/M) is missing or not a PDF date');
  });

  it('a signer issued by the organisation CA is trusted with --ca, untrusted without', async () => {
    const now = Date.now();
    const ca = forgeIdentity({
      commonName: 'Firebreak Test Root',
      organisation: 'Org',
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 365 * DAY),
      ca: true,
    });
    const member = forgeIdentity({
      commonName: 'Partner Signer',
      organisation: 'Org',
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + 30 * DAY),
      issuer: ca,
    });
    const caPath = join(dir, 'ca.pem');
    await writeFile(caPath, ca.certificatePem);
    const pdf = await signWith(member);
    expectVerdict(await check(pdf), 'untrusted');
    const withCa = await check(pdf, ['--ca', caPath]);
    expect(withCa.code).toBe(0);
    expect(withCa.stdout).toContain('trusted (CA)');
    // A CA file naming a different root does not help.
    await writeFile(caPath, stranger.certificatePem);
    expect((await check(pdf, ['--ca', caPath])).code).toBe(2);
  }, 30_000);

  it('anything that is not a readable PDF is unreadable (exit 3), misuse is exit 64', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('not a pdf'), Buffer.from('%PDF-1.7\n%%EOF')]) {
      expectVerdict(await check(bytes), 'unreadable');
    }
    // Cut inside the signed update's trailer: only the unsigned original revision is readable, so no signature.
    const truncated = await check(genuinePdf.subarray(0, genuinePdf.length - 20));
    expectVerdict(truncated, 'invalid');
    expect(truncated.inApp.problems[0]).toBe('The file carries no PDF signature.');
    expect(spawnSync(process.execPath, [VERIFY, join(dir, 'missing.pdf')]).status).toBe(3);
    expect(spawnSync(process.execPath, [VERIFY, join(dir, 'x.pdf'), '--trust', 'abc']).status).toBe(64);
    const help = spawnSync(process.execPath, [VERIFY, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/0 {2}trusted[\s\S]*1 {2}invalid[\s\S]*2 {2}untrusted[\s\S]*3 {2}unreadable/);
  }, 30_000);
});
