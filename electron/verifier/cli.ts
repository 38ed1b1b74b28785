/**
 * firebreak-verify: checks a signed Firebreak PDF from the command line, with no Electron and no network.
 *   firebreak-verify report.pdf [--evidence DIR] [--json]
 * Prints the signature's validity and coverage, the signer, the signing time and the embedded manifest; with
 * --evidence, hashes every file in DIR and matches them against the manifest. Exits 1 on any failure, 2 on misuse.
 */
import { readFile } from 'node:fs/promises';
import { verifySignedPdf } from './verifyPdf';
import { checkEvidenceDirectory, type EvidenceCheck } from './evidenceCheck';

interface CliArguments {
  readonly pdfPath: string;
  readonly evidenceDir: string | undefined;
  readonly json: boolean;
}

function parseArguments(argv: readonly string[]): CliArguments | string {
  let pdfPath: string | undefined;
  let evidenceDir: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--evidence') evidenceDir = argv[++i];
    else if (arg === '--json') json = true;
    else if (arg !== undefined && !arg.startsWith('--') && pdfPath === undefined) pdfPath = arg;
    else return `Unknown argument: ${arg}`;
  }
  if (pdfPath === undefined) return 'Name the PDF to verify.';
  if (argv.includes('--evidence') && evidenceDir === undefined) return '--evidence needs a directory.';
  return { pdfPath, evidenceDir, json };
}

const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

export async function runVerifier(
  argv: readonly string[],
  print: (line: string) => void = console.log,
): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    print(`${args}\nUsage: firebreak-verify report.pdf [--evidence DIR] [--json]`);
    return 2;
  }
  let pdf: Buffer;
  try {
    pdf = await readFile(args.pdfPath);
  } catch {
    print(`Cannot read ${args.pdfPath}.`);
    return 2;
  }
  const result = verifySignedPdf(pdf);
  let evidence: EvidenceCheck | undefined;
  if (args.evidenceDir !== undefined)
    evidence = await checkEvidenceDirectory(args.evidenceDir, result.manifest?.evidence ?? []);
  const ok = result.ok && (evidence === undefined || evidence.ok);
  if (args.json) {
    print(JSON.stringify({ ...result, ok, evidence }, null, 2));
    return ok ? 0 : 1;
  }
  print(`File:                   ${args.pdfPath}`);
  print(`Signed:                 ${mark(result.signed)}`);
  print(`Signature valid:        ${mark(result.signatureValid)}`);
  print(`Whole document covered: ${mark(result.wholeDocumentCovered)}`);
  print(`Signature type:         ${result.subFilter || '—'}`);
  print(
    `PAdES B-B attributes:   signing-certificate-v2 ${result.signingCertificateV2 ? 'present' : 'MISSING'}, CMS signing-time ${result.cmsSigningTimeAbsent ? 'absent' : 'PRESENT'}`,
  );
  print(`Signer:                 ${result.signer?.subject ?? '—'}`);
  print(`Issuer:                 ${result.signer?.issuer ?? '—'}`);
  print(`Certificate SHA-256:    ${result.signer?.fingerprint ?? '—'}`);
  print(`Signing time:           ${result.signingTime ?? '—'}`);
  print(`Signed by / reason:     ${result.signerName || '—'} / ${result.reason || '—'}`);
  print('Manifest:');
  print(result.manifest === null ? '  (none)' : JSON.stringify(result.manifest, null, 2).replace(/^/gm, '  '));
  if (evidence !== undefined) {
    print(`Evidence in ${args.evidenceDir}:`);
    for (const line of evidence.lines) print(`  ${line}`);
  }
  for (const problem of [...result.problems, ...(evidence?.problems ?? [])]) print(`FAIL: ${problem}`);
  print(ok ? 'RESULT: valid' : 'RESULT: NOT VALID');
  return ok ? 0 : 1;
}
