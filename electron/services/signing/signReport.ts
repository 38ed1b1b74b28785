/** Signs a report PDF with the installation's identity and attaches its manifest. */
import { serializeManifest, MANIFEST_FILE_NAME, type AnyReportManifest } from '../../../shared/reports/manifest';
import { createCadesSignature } from './cms';
import type { LoadedIdentity } from './identity';
import { signPdf } from './pdfSignature';

export interface ReportSignatureRequest {
  readonly reason: string;
  readonly location: string;
  readonly signerName: string;
  readonly manifest: AnyReportManifest;
  readonly signingTime?: Date;
}

export function signReportPdf(pdf: Buffer, request: ReportSignatureRequest, identity: LoadedIdentity): Buffer {
  return signPdf(
    pdf,
    {
      signerName: request.signerName,
      reason: request.reason,
      location: request.location,
      signingTime: request.signingTime ?? new Date(),
      attachment: {
        fileName: MANIFEST_FILE_NAME,
        description: 'Firebreak report manifest: report type, incident, signer, evidence hashes, audit-chain head',
        content: Buffer.from(serializeManifest(request.manifest), 'utf8'),
      },
    },
    (contentDigest) =>
      createCadesSignature({
        contentDigest,
        certificateDer: identity.certificateDer,
        chainDer: identity.chainDer,
        privateKey: identity.privateKey,
      }),
  );
}
