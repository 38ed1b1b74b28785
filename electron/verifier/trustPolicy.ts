/**
 * Who the verifier trusts, and whether a signer is one of them: a certificate is trusted when its SHA-256
 * fingerprint is listed (`--trust`, `--trust-store`, the app's trusted signers) or when it chains to an
 * organisation CA (`--ca`), every link checked with node:crypto (issuer name, signature, CA flag, validity at the
 * signing time), intermediates taken from the CA file and the signature's own certificate set.
 */
import { X509Certificate, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { normalizeFingerprint, trustStoreSchema } from '../../shared/reports/trust';

export interface TrustAnchors {
  readonly fingerprints: ReadonlySet<string>;
  readonly caCertificates: readonly X509Certificate[];
}

export const NO_TRUST: TrustAnchors = { fingerprints: new Set(), caCertificates: [] };

export interface TrustDecision {
  readonly trusted: boolean;
  readonly basis: 'fingerprint' | 'ca' | 'none';
}

const MAX_CHAIN = 8;

export function certificateFingerprint(certificate: X509Certificate): string {
  return createHash('sha256').update(certificate.raw).digest('hex');
}

/** Whether `time` lies within the certificate's validity period. */
export function validAt(certificate: X509Certificate, time: Date): boolean {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  const at = time.getTime();
  return Number.isFinite(from) && Number.isFinite(to) && at >= from && at <= to;
}

function issuedBy(subject: X509Certificate, issuer: X509Certificate, time: Date): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey) && issuer.ca && validAt(issuer, time);
  } catch {
    return false;
  }
}

/** Whether `signer` chains to one of the CA certificates, each link valid at `time`. */
function chainsToCa(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  time: Date,
): boolean {
  const anchorPrints = new Set(anchors.map(certificateFingerprint));
  const pool = [...anchors, ...intermediates];
  let current = signer;
  const used = new Set<string>([certificateFingerprint(signer)]);
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const issuer = pool.find(
      (candidate) => !used.has(certificateFingerprint(candidate)) && issuedBy(current, candidate, time),
    );
    if (issuer === undefined) return false;
    const print = certificateFingerprint(issuer);
    if (anchorPrints.has(print)) return true;
    used.add(print);
    current = issuer;
  }
  return false;
}

export function decideTrust(
  signer: X509Certificate,
  carried: readonly X509Certificate[],
  anchors: TrustAnchors,
  signingTime: Date,
): TrustDecision {
  if (anchors.fingerprints.has(certificateFingerprint(signer))) return { trusted: true, basis: 'fingerprint' };
  if (anchors.caCertificates.length > 0 && chainsToCa(signer, carried, anchors.caCertificates, signingTime)) {
    return { trusted: true, basis: 'ca' };
  }
  return { trusted: false, basis: 'none' };
}

export class TrustInputError extends Error {}

/**
 * The fingerprints of one kind in a `firebreak-trust-store` file: x509 certificates for PDFs (the default), Ed25519
 * installation keys for bundles.
 */
export async function readTrustStore(
  path: string,
  kind: 'x509-sha256' | 'ed25519-sha256' = 'x509-sha256',
): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new TrustInputError(`Cannot read the trust store ${path} as JSON.`);
  }
  const store = trustStoreSchema.safeParse(parsed);
  if (!store.success)
    throw new TrustInputError(`${path} is not a Firebreak trust store (format firebreak-trust-store, version 1).`);
  return store.data.signers.filter((signer) => signer.kind === kind).map((signer) => signer.fingerprint);
}

/** Every certificate in a PEM file. */
export async function readCaFile(path: string): Promise<X509Certificate[]> {
  let text: string;
  try {
    text = await readFile(path, 'latin1');
  } catch {
    throw new TrustInputError(`Cannot read the CA file ${path}.`);
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  try {
    const certificates = blocks.map((block) => new X509Certificate(block));
    if (certificates.length === 0) throw new TrustInputError('none');
    return certificates;
  } catch {
    throw new TrustInputError(`${path} holds no readable PEM certificate.`);
  }
}

/** Canonical fingerprints from what people pass; throws for one that is not a SHA-256 fingerprint. */
export function parseFingerprints(texts: readonly string[]): string[] {
  return texts.map((text) => {
    const canonical = normalizeFingerprint(text);
    if (canonical === undefined)
      throw new TrustInputError(`Not a SHA-256 fingerprint (64 hex digits): ${text.slice(0, 80)}`);
    return canonical;
  });
}
