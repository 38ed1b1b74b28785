/**
 * Answers the signing and report channels: the installation's identities (public details only: the current one and
 * those it retired), making or importing a new one (sealed with a passphrase where the host cannot protect the key
 * alone; replacing the current one only when the request says `replace: true`), signing a rendered report and saving
 * it where the person chooses, and verifying any PDF. The private key is unsealed for each signature and never
 * leaves this process.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  createSelfSignedRequestSchema,
  importPkcs12RequestSchema,
  SignAndSaveResult,
  SigningIdentities,
  SigningIdentity,
  VerificationResult,
} from '../../../shared/reports/signing';
import type { signAndSaveRequestSchema } from '../../../shared/reports/signing';
import { normalizeFingerprint } from '../../../shared/reports/trust';
import { verifySignedPdf } from '../../verifier/verifyPdf';
import { writeFileAtomically } from '../atomicWrite';
import type { SaveDialog } from '../dialogs';
import { createIdentityRegistry, type IdentityRegistry } from './identities';
import { IdentityError, makeSelfSignedIdentity, readPkcs12Identity } from './identity';
import type { KeyStore } from './keyStore';
import { signReportPdf } from './signReport';

export interface SigningService {
  getIdentity(): Promise<SigningIdentity | null>;
  listIdentities(): Promise<SigningIdentities>;
  createSelfSigned(request: z.output<typeof createSelfSignedRequestSchema>): Promise<SigningIdentity>;
  importPkcs12(request: z.output<typeof importPkcs12RequestSchema>): Promise<SigningIdentity>;
  signAndSave(request: z.output<typeof signAndSaveRequestSchema>): Promise<SignAndSaveResult>;
  /** Verifies a PDF trusting `trust` (fingerprints) and this installation's current and retired identities. */
  verify(request: { readonly pdfBase64: string; readonly trust: readonly string[] }): Promise<VerificationResult>;
}

const NO_KEYS: SigningIdentities = {
  current: null,
  currentNeedsPassphrase: false,
  retired: [],
  newKeyProtection: { kind: 'host' },
};

export function createSigningService(store: KeyStore | undefined, dialog: SaveDialog): SigningService {
  const registry = store === undefined ? undefined : createIdentityRegistry(store);
  function identities(): IdentityRegistry {
    if (registry === undefined) throw new IdentityError('This host keeps no signing keys.');
    return registry;
  }
  return {
    async getIdentity() {
      return registry === undefined ? null : (await registry.list()).current;
    },
    listIdentities: async () => (registry === undefined ? NO_KEYS : registry.list()),
    createSelfSigned: async ({ keyPassphrase, replace, ...request }) =>
      identities().install(makeSelfSignedIdentity(request), { keyPassphrase, replace }),
    importPkcs12: async ({ keyPassphrase, replace, ...request }) =>
      identities().install(readPkcs12Identity(request), { keyPassphrase, replace }),
    async signAndSave(request) {
      const identity = await identities().unlock(request.keyPassphrase);
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
      // A retired identity stays trusted for the reports it signed while it was current.
      const own = registry === undefined ? NO_KEYS : await registry.list().catch(() => NO_KEYS);
      const fingerprints = [
        ...request.trust,
        own.current?.fingerprint ?? '',
        ...own.retired.map((identity) => identity.fingerprint),
      ].flatMap((text) => normalizeFingerprint(text) ?? []);
      return verifySignedPdf(Buffer.from(request.pdfBase64, 'base64'), {
        anchors: { fingerprints: new Set(fingerprints), caCertificates: [] },
      });
    },
  };
}
