/**
 * firebreak-verify: checks a signed Firebreak PDF or a sync bundle from the command line, with no Electron and no
 * network. Parses the arguments, loads the trust anchors, runs verifyPdf.ts (a PDF) or verifyBundleFile.ts (a
 * `.fbundle`, `.fbundle.age`, or any file that starts as a ZIP or an age file) and prints the text or JSON report.
 * `--help` is the manual; the exit code is the verdict.
 */
import { open, readFile } from 'node:fs/promises';
import { verificationResultSchema, type VerificationResult } from '../../shared/reports/signing';
import { checkEvidenceDirectory, type EvidenceCheck } from './evidenceCheck';
import { textReport } from './textReport';
import { parseFingerprints, readCaFile, readTrustStore, TrustInputError, type TrustAnchors } from './trustPolicy';
import { verifySignedPdf } from './verifyPdf';
import { askHidden } from './askHidden';

export const EXIT_CODES = { trusted: 0, invalid: 1, untrusted: 2, unreadable: 3, usage: 64 } as const;

export const HELP = `firebreak-verify: check a signed Firebreak report or sync bundle, offline, without Firebreak.

Usage:
  firebreak-verify REPORT.pdf [--trust FINGERPRINT]... [--trust-store FILE] [--ca FILE]
                              [--evidence DIR] [--json]
  firebreak-verify BUNDLE.fbundle[.age] [--identity FILE | --passphrase-file FILE]
                              [--trust FINGERPRINT]... [--trust-store FILE] [--json]

Trust:
  A signature proves who signed only if you trust the signer. Signers are named by the SHA-256 fingerprint of their
  certificate (64 hex digits; colons, spaces and case do not matter).
  --trust FINGERPRINT   trust the certificate with this fingerprint (repeatable)
  --trust-store FILE    trust every certificate in a trusted-signers list exported from Firebreak
                        (JSON, format "firebreak-trust-store", version 1)
  --ca FILE             trust certificates that chain to a CA certificate in this PEM file; intermediates may be in
                        the same file or in the signature; every certificate must be valid at the signing time

Other options:
  --evidence DIR        hash every file in DIR and match it against the evidence SHA-256s in the signed manifest
  --json                print the full result as JSON (exact values, not made printable: handle with care)
  --help                print this text

What is checked:
  Every signature field in every revision; each signature against exactly the revision it covers: the /ByteRange gap
  must be exactly its /Contents, the CMS digest and signature must match, signing-certificate-v2 must name the
  certificate, the certificate must be valid at the signed time /M. Revisions added after the newest signature,
  and bytes after the last %%EOF, are listed and make the file invalid. Every printed field is read from the
  signed bytes; the manifest is the one the signed revision references. Control characters are never printed.

Verdicts and exit codes:
  0  trusted      every signature valid, nothing added after signing, every signer trusted
  1  invalid      something signed was changed, something was added after signing, a certificate was outside its
                  validity at the signing time, the manifest does not match, or --evidence found a mismatch
  2  untrusted    the signature is valid but the signer is on no trust list: confirm the printed fingerprint with
                  the signer out of band, then pass it with --trust (or add it to Trusted signers in Firebreak)
  3  unreadable   the file cannot be read as a PDF exactly (damaged, truncated, not a PDF, too complex)
  64 usage        bad arguments, or a trust store or CA file that cannot be read

What it does not protect against:
  A signer's stolen key; a signing time the signer chose to backdate (/M is the signer's claim, there is no
  timestamp); evidence files you do not pass with --evidence.

Sync bundles:
  --identity FILE         the age identity (AGE-SECRET-KEY-1…, as age-keygen writes it) a .fbundle.age is
                          encrypted to
  --passphrase-file FILE  the passphrase of a passphrase-encrypted bundle (its first line); without it the
                          passphrase is asked for when run in a terminal
  --trust FINGERPRINT     trust the sender installation key with this SHA-256 fingerprint (Firebreak shows it in
                          the trust prompt and under Trusted signers); --trust-store reads the ed25519 ones
  Checked, in order, refusing at the first failure: the age decryption (every chunk authenticated; a passphrase
  work factor above 2^20 is refused), the ZIP's strict profile (no path escapes, absolute or backslash names,
  duplicates, compression, hidden bytes; caps on entries and sizes), the minisign signature of manifest.json and its
  trusted comment, SHA256SUMS, every entry against the signed manifest (names, order, sizes, CRC-32, SHA-256, record
  counts), then every record line against Firebreak's schemas. Prints the sender (site, installation, key
  fingerprint), the records per table, the evidence files and sizes, and the HLC range. Same exit codes: 0 trusted,
  1 invalid, 2 untrusted (intact, signer not trusted), 3 unreadable (not openable: no identity or passphrase for
  it, or not a bundle), 64 usage. A bundle does not protect against a stolen installation key, nor against an old
  bundle sent again (it still verifies; importing it twice changes nothing).
`;

interface CliArguments {
  readonly pdfPath: string;
  readonly identityPath: string | undefined;
  readonly passphraseFile: string | undefined;
  readonly evidenceDir: string | undefined;
  readonly json: boolean;
  readonly trust: readonly string[];
  readonly trustStores: readonly string[];
  readonly caFiles: readonly string[];
}

function parseArguments(argv: readonly string[]): CliArguments | 'help' | string {
  let pdfPath: string | undefined;
  let evidenceDir: string | undefined;
  let identityPath: string | undefined;
  let passphraseFile: string | undefined;
  let json = false;
  const trust: string[] = [];
  const trustStores: string[] = [];
  const caFiles: string[] = [];
  const withValue: Record<string, (value: string) => void> = {
    '--evidence': (value) => (evidenceDir = value),
    '--trust': (value) => trust.push(value),
    '--trust-store': (value) => trustStores.push(value),
    '--ca': (value) => caFiles.push(value),
    '--identity': (value) => (identityPath = value),
    '--passphrase-file': (value) => (passphraseFile = value),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const take = withValue[arg];
    if (arg === '--help' || arg === '-h') return 'help';
    if (take !== undefined) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value.`;
      take(value);
    } else if (arg === '--json') json = true;
    else if (!arg.startsWith('-') && pdfPath === undefined) pdfPath = arg;
    else return `Unknown argument: ${arg}`;
  }
  if (pdfPath === undefined) return 'Name the PDF or bundle to verify.';
  return { pdfPath, identityPath, passphraseFile, evidenceDir, json, trust, trustStores, caFiles };
}

async function loadAnchors(args: CliArguments): Promise<TrustAnchors> {
  const fingerprints = parseFingerprints(args.trust);
  for (const path of args.trustStores) fingerprints.push(...(await readTrustStore(path)));
  const caCertificates = [];
  for (const path of args.caFiles) caCertificates.push(...(await readCaFile(path)));
  return { fingerprints: new Set(fingerprints), caCertificates };
}

/** An --evidence mismatch makes a valid report invalid: the report no longer speaks for what is in DIR. */
function withEvidence(result: VerificationResult, evidence: EvidenceCheck | undefined): VerificationResult {
  if (evidence === undefined || evidence.ok || result.verdict === 'unreadable') return result;
  return { ...result, verdict: 'invalid', ok: false, problems: [...result.problems, ...evidence.problems] };
}

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const AGE_MAGIC = Buffer.from('age-encryption.org/v1');

/** A bundle by its name, or by its first bytes (a ZIP or an age file); anything else is read as a PDF. */
async function isBundle(filePath: string): Promise<boolean> {
  if (/\.fbundle(\.age)?$/i.test(filePath)) return true;
  try {
    const file = await open(filePath, 'r');
    try {
      const start = Buffer.alloc(AGE_MAGIC.length);
      const { bytesRead } = await file.read(start, 0, start.length, 0);
      const head = start.subarray(0, bytesRead);
      return head.subarray(0, 4).equals(ZIP_MAGIC) || head.equals(AGE_MAGIC);
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

async function passphraseFrom(args: CliArguments): Promise<string | undefined> {
  if (args.passphraseFile !== undefined) {
    let text: string;
    try {
      text = await readFile(args.passphraseFile, 'utf8');
    } catch {
      throw new TrustInputError(`Cannot read the passphrase file ${args.passphraseFile}.`);
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  return process.stdin.isTTY ? askHidden('Bundle passphrase: ') : undefined;
}

async function runBundleVerifier(args: CliArguments, print: (line: string) => void): Promise<number> {
  let trusted: Set<string>;
  try {
    trusted = new Set(parseFingerprints(args.trust));
    for (const store of args.trustStores)
      for (const fingerprint of await readTrustStore(store, 'ed25519-sha256')) trusted.add(fingerprint);
  } catch (error) {
    print(error instanceof TrustInputError ? error.message : 'Cannot read the trust anchors.');
    return EXIT_CODES.usage;
  }
  // Loaded only for a bundle: the record schemas it needs make a PDF check's start-up slower for nothing.
  const { bundleTextReport, verifyBundleFile } = await import('./verifyBundleFile');
  let passphraseProblem: string | undefined;
  const report = await verifyBundleFile(
    args.pdfPath,
    {
      ...(args.identityPath === undefined ? {} : { identityPath: args.identityPath }),
      passphrase: async () => {
        try {
          return await passphraseFrom(args);
        } catch (error) {
          passphraseProblem = error instanceof TrustInputError ? error.message : 'Cannot read the passphrase.';
          return undefined;
        }
      },
    },
    trusted,
  );
  if (passphraseProblem !== undefined) {
    print(passphraseProblem);
    return EXIT_CODES.usage;
  }
  if (args.json) print(JSON.stringify(report, null, 2));
  else for (const line of bundleTextReport(args.pdfPath, report)) print(line);
  return EXIT_CODES[report.verdict];
}

export async function runVerifier(
  argv: readonly string[],
  print: (line: string) => void = console.log,
): Promise<number> {
  const args = parseArguments(argv);
  if (args === 'help') {
    print(HELP);
    return 0;
  }
  if (typeof args === 'string') {
    print(
      `${args}\nUsage: firebreak-verify REPORT.pdf [--trust FINGERPRINT]... [--trust-store FILE] [--ca FILE] [--evidence DIR] [--json]\n` +
        `   or: firebreak-verify BUNDLE.fbundle[.age] [--identity FILE | --passphrase-file FILE] [--trust FINGERPRINT]... [--json]; --help for more.`,
    );
    return EXIT_CODES.usage;
  }
  if (await isBundle(args.pdfPath)) return runBundleVerifier(args, print);
  let anchors: TrustAnchors;
  try {
    anchors = await loadAnchors(args);
  } catch (error) {
    print(error instanceof TrustInputError ? error.message : 'Cannot read the trust anchors.');
    return EXIT_CODES.usage;
  }
  let verified: VerificationResult;
  try {
    verified = verifySignedPdf(await readFile(args.pdfPath), { anchors });
  } catch {
    verified = { ...verifySignedPdf(Buffer.alloc(0)), problems: [`Cannot read the file ${args.pdfPath}.`] };
  }
  const evidence =
    args.evidenceDir === undefined
      ? undefined
      : await checkEvidenceDirectory(args.evidenceDir, verified.manifest?.evidence ?? []);
  const result = verificationResultSchema.parse(withEvidence(verified, evidence));
  if (args.json) print(JSON.stringify({ ...result, evidence }, null, 2));
  else {
    const lines = textReport(
      args.pdfPath,
      result,
      evidence === undefined ? undefined : { directory: args.evidenceDir ?? '', check: evidence },
    );
    for (const line of lines) print(line);
  }
  return EXIT_CODES[result.verdict];
}
