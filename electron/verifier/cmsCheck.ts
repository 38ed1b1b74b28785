/**
 * Checks one CMS SignedData (a PAdES B-B signature) against the digest of the bytes it claims to cover: the
 * message-digest attribute, the signature over the signed attributes with the signer's certificate (found by issuer
 * serial), ESS signing-certificate-v2 naming that certificate, and no CMS signing-time. Never throws: anything it
 * cannot read is a problem in words.
 */
import { X509Certificate, createHash, verify } from 'node:crypto';
import { child, children, decodeOid, readNode, setOf, type DerNode } from '../services/signing/der';
import { OID } from '../services/signing/oids';

export interface CmsCheck {
  readonly readable: boolean;
  readonly signer: X509Certificate | undefined;
  /** Every certificate the CMS carries (the signer's and any chain), for path building. */
  readonly certificates: readonly X509Certificate[];
  readonly digestMatches: boolean;
  readonly signatureValid: boolean;
  readonly signingCertificateV2: boolean;
  readonly signingTimeAbsent: boolean;
  readonly problems: readonly string[];
}

const UNREADABLE: CmsCheck = {
  readable: false,
  signer: undefined,
  certificates: [],
  digestMatches: false,
  signatureValid: false,
  signingCertificateV2: false,
  signingTimeAbsent: false,
  problems: ['The signature data (/Contents) cannot be read as a CMS signature.'],
};

function serialHex(bytes: Buffer | string): string {
  const hex = typeof bytes === 'string' ? bytes : bytes.toString('hex');
  return hex.replace(/^(00)+/, '').toUpperCase();
}

function readCms(cms: Buffer, digest: Buffer): CmsCheck {
  const contentInfo = readNode(cms);
  // The gap is padded with zeros; anything else after the signature would be unsigned data riding along.
  if (cms.subarray(contentInfo.raw.length).some((byte) => byte !== 0)) {
    return { ...UNREADABLE, problems: ['The signature’s /Contents holds data after the CMS signature.'] };
  }
  if (decodeOid(child(contentInfo, 0).content) !== OID.signedData) return UNREADABLE;
  const parts = children(child(child(contentInfo, 1), 0));
  const certificateSet = parts.find((part) => part.tag === 0xa0);
  const signerInfos = parts.at(-1);
  if (signerInfos === undefined || children(signerInfos).length !== 1) {
    return { ...UNREADABLE, problems: ['The signature must carry exactly one signer.'] };
  }
  const fields = children(child(signerInfos, 0));
  const signedAttributes = fields.find((part) => part.tag === 0xa0);
  const signature = fields.at(-1);
  const attributes = new Map<string, DerNode>();
  for (const attribute of signedAttributes === undefined ? [] : children(signedAttributes)) {
    const type = decodeOid(child(attribute, 0).content);
    if (attributes.has(type)) return { ...UNREADABLE, problems: ['The signature repeats a signed attribute.'] };
    attributes.set(type, child(child(attribute, 1), 0));
  }
  const certificates = (certificateSet === undefined ? [] : children(certificateSet))
    .filter((node) => node.tag === 0x30)
    .map((node) => new X509Certificate(node.raw));
  const sid = fields[1];
  const serial = sid === undefined || sid.tag !== 0x30 ? '' : serialHex(child(sid, 1).content);
  const signer = certificates.find((certificate) => serialHex(certificate.serialNumber) === serial);
  const messageDigest = attributes.get(OID.messageDigest)?.content;
  const essCertificate = attributes.get(OID.signingCertificateV2);
  let signingCertificateV2 = false;
  if (essCertificate !== undefined && signer !== undefined) {
    const certHash = child(child(child(essCertificate, 0), 0), 0).content;
    signingCertificateV2 = certHash.equals(createHash('sha256').update(signer.raw).digest());
  }
  const signedSet =
    signedAttributes === undefined ? undefined : setOf(...children(signedAttributes).map((node) => node.raw));
  let signatureValid = false;
  if (signer !== undefined && signature !== undefined && signedSet !== undefined) {
    try {
      signatureValid = verify('sha256', signedSet, signer.publicKey, signature.content);
    } catch {
      signatureValid = false;
    }
  }
  const digestMatches = messageDigest !== undefined && messageDigest.equals(digest);
  const signingTimeAbsent = !attributes.has(OID.signingTime);
  const problems: string[] = [];
  if (signer === undefined) problems.push('The signature does not carry the signer’s certificate.');
  if (!digestMatches) problems.push('Digest mismatch: the signed bytes were changed after they were signed.');
  if (signer !== undefined && !signatureValid) problems.push('The signature does not match the signer’s certificate.');
  if (!signingCertificateV2) {
    problems.push('The ESS signing-certificate-v2 attribute is missing or names another certificate.');
  }
  if (!signingTimeAbsent) problems.push('The CMS carries a signing-time attribute, which PAdES B-B forbids.');
  return {
    readable: true,
    signer,
    certificates,
    digestMatches,
    signatureValid,
    signingCertificateV2,
    signingTimeAbsent,
    problems,
  };
}

export function checkCms(cms: Buffer, digest: Buffer): CmsCheck {
  try {
    return readCms(cms, digest);
  } catch {
    return UNREADABLE;
  }
}
