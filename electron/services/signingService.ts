/**
 * Answers the signing and report channels: the installation's identity (public details only), making or importing
 * it, signing a rendered report and saving it where the person chooses, and verifying any PDF. The private key is
 * loaded from the KeyStore for each signature and never leaves this process.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { SignAndSaveResult, SigningIdentity, VerificationResult } from '../../shared/reports/signing';
import type { signAndSaveRequestSchema } from '../../shared/reports/signing';
import { normalizeFingerprint } from '../../shared/reports/trust';
import { verifySignedPdf } from '../verifier/verifyPdf';
import { writeFileAtomically } from './atomicWrite';
import type { SaveDialog } from './dialogs';
import { createSelfSignedIdentity, IdentityError, importPkcs12Identity, loadIdentity } from './signing/identity';
import type { KeyStore } from './signing/keyStore';
import { signReportPdf } from './signing/signReport';

export interface SigningService {
  getIdentity(): Promise<SigningIdentity | null>;
  createSelfSigned(request: { readonly name: string; readonly organisation: string }): Promise<SigningIdentity>;
  importPkcs12(request: { readonly fileBase64: string; readonly passphrase: string }): Promise<SigningIdentity>;
  signAndSave(request: z.output<typeof signAndSaveRequestSchema>): Promise<SignAndSaveResult>;
  /** Verifies a PDF trusting `trust` (fingerprints) and this installation's current identity. */
  verify(request: { readonly pdfBase64: string; readonly trust: readonly string[] }): Promise<VerificationResult>;
}

export function createSigningService(store: KeyStore | undefined, dialog: SaveDialog): SigningService {
  function keyStore(): KeyStore {
    if (store === undefined) throw new IdentityError('This host keeps no signing keys.');
    return store;
  }
  return {
    async getIdentity() {
      return store === undefined ? null : ((await loadIdentity(store))?.summary ?? null);
    },
    createSelfSigned: async (request) => createSelfSignedIdentity(keyStore(), request),
    importPkcs12: async (request) => importPkcs12Identity(keyStore(), request),
    async signAndSave(request) {
      const identity = await loadIdentity(keyStore());
      if (identity === undefined) {
        throw new IdentityError('There is no signing identity yet: create or import one in Settings → Signing.');
      }
      if (request.manifest.signerFingerprint !== identity.summary.fingerprint) {
        throw new IdentityError('The report was prepared for another signing certificate; preview it again.');
      }
      const pdf = Buffer.from(request.pdfBase64, 'base64');
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new IdentityError('The report is not a PDF.');
      const signed = signReportPdf(pdf, request, identity);
      const target = await dialog.chooseSavePath(request.suggestedName, 'application/pdf');
      if (target === undefined) return { status: 'cancelled' };
      const bytes = await writeFileAtomically(target, signed);
      return {
        status: 'saved',
        path: target,
        bytes,
        sha256: createHash('sha256').update(signed).digest('hex'),
        signerFingerprint: identity.summary.fingerprint,
      };
    },
    async verify(request) {
      const own = store === undefined ? undefined : await loadIdentity(store).catch(() => undefined);
      const fingerprints = [...request.trust, own?.summary.fingerprint ?? ''].flatMap(
        (text) => normalizeFingerprint(text) ?? [],
      );
      return verifySignedPdf(Buffer.from(request.pdfBase64, 'base64'), {
        anchors: { fingerprints: new Set(fingerprints), caCertificates: [] },
      });
    },
  };
}
