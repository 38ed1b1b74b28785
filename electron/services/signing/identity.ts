/**
 * The installation's signing identity: a self-signed X.509 certificate made here, or an organisation-issued
 * certificate and key imported from a PKCS#12 file. Stored as one sealed JSON record in a KeyStore; the private key
 * is parsed only inside this process and nothing here returns it to a caller outside the signing services.
 */
import {
  X509Certificate,
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import forge from 'node-forge';
import type { SigningIdentity } from '../../../shared/reports/signing';
import type { KeyStore } from './keyStore';

export interface StoredIdentity {
  readonly format: 'firebreak-signing-identity';
  readonly source: SigningIdentity['source'];
  readonly certificatePem: string;
  readonly chainPem: readonly string[];
  readonly privateKeyPem: string;
}

/** The identity as signing needs it; held only in the host process. */
export interface LoadedIdentity {
  readonly summary: SigningIdentity;
  readonly certificateDer: Buffer;
  readonly chainDer: readonly Buffer[];
  readonly privateKey: KeyObject;
}

export class IdentityError extends Error {}

export function summarise(certificatePem: string, source: SigningIdentity['source']): SigningIdentity {
  const certificate = new X509Certificate(certificatePem);
  return {
    subject: certificate.subject.replace(/\n/g, ', '),
    issuer: certificate.issuer.replace(/\n/g, ', '),
    serialNumber: certificate.serialNumber,
    fingerprint: createHash('sha256').update(certificate.raw).digest('hex'),
    validFrom: new Date(certificate.validFrom).toISOString(),
    validTo: new Date(certificate.validTo).toISOString(),
    source,
  };
}

function load(stored: StoredIdentity): LoadedIdentity {
  return {
    summary: summarise(stored.certificatePem, stored.source),
    certificateDer: new X509Certificate(stored.certificatePem).raw,
    chainDer: stored.chainPem.map((pem) => new X509Certificate(pem).raw),
    privateKey: createPrivateKey(stored.privateKeyPem),
  };
}

/** The sealed record, parsed; the private key becomes a KeyObject here and nowhere else. */
export function parseStoredIdentity(secret: string): LoadedIdentity {
  return load(JSON.parse(secret) as StoredIdentity);
}

export async function loadIdentity(store: KeyStore, passphrase?: string): Promise<LoadedIdentity | undefined> {
  const secret = await store.read(passphrase);
  if (secret === undefined) return undefined;
  return parseStoredIdentity(secret);
}

function utf8Attribute(shortName: string, value: string): forge.pki.CertificateField {
  return { shortName, value, valueTagClass: forge.asn1.Type.UTF8 as number };
}

/** A new RSA-3072 key and a five-year self-signed certificate for `name` at `organisation`, sealed in `store`. */
export async function createSelfSignedIdentity(
  store: KeyStore,
  request: { readonly name: string; readonly organisation: string },
  now: Date = new Date(),
): Promise<SigningIdentity> {
  const stored = makeSelfSignedIdentity(request, now);
  await store.write(JSON.stringify(stored));
  return summarise(stored.certificatePem, stored.source);
}

/** A new RSA-3072 key and a five-year self-signed certificate for `name` at `organisation`. */
export function makeSelfSignedIdentity(
  request: { readonly name: string; readonly organisation: string },
  now: Date = new Date(),
): StoredIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive serial: the top bit of the first byte clear.
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now.getTime() + 5 * 365 * 24 * 3600_000);
  const names = [utf8Attribute('CN', request.name), utf8Attribute('O', request.organisation)];
  certificate.setSubject(names);
  certificate.setIssuer(names);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  const stored: StoredIdentity = {
    format: 'firebreak-signing-identity',
    source: 'self-signed',
    certificatePem: forge.pki.certificateToPem(certificate),
    chainPem: [],
    privateKeyPem,
  };
  return stored;
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, type: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType: type })[type] ?? [];
}

/** Imports the key and its certificate (plus any chain) from a PKCS#12 file into `store`. */
export async function importPkcs12Identity(
  store: KeyStore,
  request: { readonly fileBase64: string; readonly passphrase: string },
): Promise<SigningIdentity> {
  const stored = readPkcs12Identity(request);
  await store.write(JSON.stringify(stored));
  return summarise(stored.certificatePem, stored.source);
}

/** The key and its certificate (plus any chain) from a PKCS#12 file protected by `passphrase`. */
export function readPkcs12Identity(request: {
  readonly fileBase64: string;
  readonly passphrase: string;
}): StoredIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.util.decode64(request.fileBase64);
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), request.passphrase);
  } catch {
    throw new IdentityError(
      'The file could not be opened: check that it is a PKCS#12 (.p12 or .pfx) file and the passphrase is right.',
    );
  }
  const keyBag = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag!), ...bagsOf(p12, forge.pki.oids.keyBag!)][0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (key === undefined) {
    throw new IdentityError('The PKCS#12 file holds no RSA private key (Firebreak signs with RSA keys).');
  }
  const certificates = bagsOf(p12, forge.pki.oids.certBag!)
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined && cert !== null);
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n !== undefined && publicKey.n.equals(key.n);
  });
  if (own === undefined) throw new IdentityError('The PKCS#12 file holds no certificate for its private key.');
  const stored: StoredIdentity = {
    format: 'firebreak-signing-identity',
    source: 'pkcs12',
    certificatePem: forge.pki.certificateToPem(own),
    chainPem: certificates.filter((cert) => cert !== own).map((cert) => forge.pki.certificateToPem(cert)),
    privateKeyPem: forge.pki.privateKeyToPem(key),
  };
  return stored;
}
