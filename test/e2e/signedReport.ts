/**
 * The checks every e2e test of a signed PDF shares: sign and export from the open report preview, find the one
 * exported PDF, then check it three ways — Firebreak's verifier (trusted by this installation's fingerprint, whole
 * document covered, the manifest as expected), poppler's `pdfsig`, and `npm run verify` — and read its text.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { verifySignedPdf } from '../../electron/verifier/verifyPdf';
import type { VerificationResult } from '../../shared/reports/signing';
import { repoRoot } from './harness';

/** Signs and exports the report shown in the open preview. */
export async function signAndExport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign and export' }).click();
  await page.getByText('Signed and saved to').waitFor({ timeout: 60_000 });
}

/** The path of the only PDF in `outputDir`; its file name must match `name`. */
export async function onlyExportedPdf(outputDir: string, name: RegExp): Promise<string> {
  const files = (await readdir(outputDir)).filter((file) => file.endsWith('.pdf'));
  expect(files).toEqual([expect.stringMatching(name)]);
  return join(outputDir, files[0]!);
}

/**
 * Checks the PDF at `path` is signed by the installation with `fingerprint` over the whole document, with a manifest
 * matching `manifest`, by Firebreak's verifier, `pdfsig` and `npm run verify`; resolves with the verdict and the
 * PDF's text (`pdftotext`, `-layout` when asked).
 */
export async function expectSignedByInstallation(
  path: string,
  fingerprint: string,
  manifest: Record<string, unknown>,
  options: { readonly layout?: boolean } = {},
): Promise<{ readonly result: VerificationResult; readonly text: string }> {
  const result = verifySignedPdf(await readFile(path), {
    anchors: { fingerprints: new Set([fingerprint]), caCertificates: [] },
  });
  expect(result).toMatchObject({ verdict: 'trusted', signatureValid: true, wholeDocumentCovered: true, problems: [] });
  expect(result.manifest).toMatchObject(manifest);
  const pdfsig = spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
  expect(pdfsig).toContain('Signature is Valid');
  expect(pdfsig).toContain('Total document signed');
  const verify = spawnSync('npm', ['run', '--silent', 'verify', '--', path, '--trust', fingerprint], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(verify.status).toBe(0);
  expect(verify.stdout).toContain('RESULT');
  const text = spawnSync('pdftotext', [...(options.layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8' }).stdout;
  return { result, text };
}
