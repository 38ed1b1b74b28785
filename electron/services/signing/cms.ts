/**
 * CMS SignedData for a PAdES Baseline B-B signature (ETSI EN 319 142-1): a detached SHA-256 signature whose signed
 * attributes are content type, message digest and ESS signing-certificate-v2 — and deliberately no CMS
 * signing-time, because PAdES puts the signing time in the signature dictionary's /M instead.
 */
import { createHash, sign, type KeyObject } from 'node:crypto';
import {
  child,
  children,
  contextTag,
  nullValue,
  octetString,
  oid,
  readNode,
  sequence,
  setOf,
  smallInteger,
  tlv,
} from './der';
import { OID } from './oids';

export interface CertificateParts {
  readonly issuer: Buffer;
  readonly serial: Buffer;
}

/** Issuer name and serial number (both as DER) from a certificate's TBSCertificate. */
export function certificateParts(certificateDer: Buffer): CertificateParts {
  const tbs = child(readNode(certificateDer), 0);
  const fields = children(tbs);
  const start = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[start];
  const issuer = fields[start + 2];
  if (serial === undefined || issuer === undefined) throw new Error('The signing certificate cannot be read.');
  return { issuer: issuer.raw, serial: serial.raw };
}

function sha256AlgorithmId(): Buffer {
  return sequence(oid(OID.sha256), nullValue());
}

function attribute(type: string, value: Buffer): Buffer {
  return sequence(oid(type), setOf(value));
}

/** ESS SigningCertificateV2 with the certificate's SHA-256 (the default algorithm, so it is omitted) and issuer. */
function signingCertificateV2(certificateDer: Buffer): Buffer {
  const { issuer, serial } = certificateParts(certificateDer);
  const certHash = createHash('sha256').update(certificateDer).digest();
  const issuerSerial = sequence(sequence(contextTag(4, issuer)), serial);
  return sequence(sequence(sequence(octetString(certHash), issuerSerial)));
}

export interface CmsSignInput {
  /** SHA-256 of the signed byte ranges of the PDF. */
  readonly contentDigest: Buffer;
  readonly certificateDer: Buffer;
  /** Further certificates of the chain, if the identity came with them. */
  readonly chainDer: readonly Buffer[];
  readonly privateKey: KeyObject;
}

export function createCadesSignature(input: CmsSignInput): Buffer {
  const signedAttributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(input.contentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(input.certificateDer)),
  ];
  // The signature covers the attributes encoded as a DER SET; inside SignerInfo they sit under an implicit [0].
  const signedSet = setOf(...signedAttributes);
  const signature = sign('sha256', signedSet, input.privateKey);
  const { issuer, serial } = certificateParts(input.certificateDer);
  const signerInfo = sequence(
    smallInteger(1),
    sequence(issuer, serial),
    sha256AlgorithmId(),
    tlv(0xa0, signedSet.subarray(readHeaderLength(signedSet))),
    sequence(oid(OID.sha256WithRsa), nullValue()),
    octetString(signature),
  );
  const signedData = sequence(
    smallInteger(1),
    setOf(sha256AlgorithmId()),
    sequence(oid(OID.data)),
    contextTag(0, input.certificateDer, ...input.chainDer),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), contextTag(0, signedData));
}

function readHeaderLength(encoded: Buffer): number {
  const node = readNode(encoded);
  return node.raw.length - node.content.length;
}
