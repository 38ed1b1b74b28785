/**
 * One signed report through the real pipeline, timed: build the document, open the fonts, lay out, draw, sign — what
 * the report worker and the host do for one render — and the checks that it came out right (the project's verifier,
 * poppler's pdfsig and pdftotext when installed). Shared by the benchmark's child process and the unit suite's smoke
 * check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedIdentity } from '../../../electron/services/signing/identity';
import { verifySignedPdf } from '../../../electron/verifier/verifyPdf';
import type { ReportSource } from '../../../shared/reports/inputs';
import { signedReport } from '../../fixtures/signedReports';

export interface TimedReport {
  readonly ms: number;
  /** User and system CPU time of the render: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly pdf: Buffer;
  readonly pageCount: number;
}

export async function timeSignedReport(source: ReportSource, identity: LoadedIdentity): Promise<TimedReport> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { pdf, pageCount } = await signedReport('incident-report', source, identity);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, pdf, pageCount };
}

export interface ReportChecks {
  /** The project's verifier, trusting the signing identity: `trusted` when the signature covers the whole file. */
  readonly verdict: string;
  /** pdfsig: "Signature is Valid" and "Total document signed"; null when poppler is not installed. */
  readonly pdfsigValid: boolean | null;
  /** pdftotext of the last page reads "Page N of N"; null when poppler is not installed. */
  readonly numbered: boolean | null;
}

function poppler(tool: string, args: readonly string[]): string | null {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.error === undefined ? `${result.stdout}${result.stderr}` : null;
}

export async function checkSignedReport(timed: TimedReport, identity: LoadedIdentity): Promise<ReportChecks> {
  const anchors = { fingerprints: new Set([identity.summary.fingerprint]), caCertificates: [] };
  // The verifier bounds its work per file at 1.5 s by default; a 1,000-page report is several megabytes.
  const { verdict } = verifySignedPdf(timed.pdf, { anchors, timeLimitMs: 30_000 });
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-bench-'));
  const path = join(dir, 'report.pdf');
  try {
    await writeFile(path, timed.pdf);
    const signature = poppler('pdfsig', [path]);
    const last = String(timed.pageCount);
    const lastPage = poppler('pdftotext', ['-f', last, '-l', last, path, '-']);
    return {
      verdict,
      pdfsigValid:
        signature === null
          ? null
          : signature.includes('Signature is Valid') && signature.includes('Total document signed'),
      numbered: lastPage === null ? null : lastPage.includes(`Page ${last} of ${last}`),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
