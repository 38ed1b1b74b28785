/** Trusted signers: add (one active entry per fingerprint), remove with a reason, list, and export as a trust store. */
import {
  removalReasonSchema,
  trustedSignerDraftSchema,
  type TrustedSignerDraftInput,
  type TrustedSignerRecord,
} from '../../../shared/domain/trust/trustedSigner';
import { TRUST_STORE_FORMAT, formatFingerprint, type TrustStore } from '../../../shared/reports/trust';
import type { FirebreakDatabase } from '../database';
import { parseOrRefuse, refuseIf } from '../../../shared/errors';
import { writeTransaction, type Actor } from '../write';

/** The signers trusted now, newest first. */
export async function liveTrustedSigners(db: FirebreakDatabase): Promise<TrustedSignerRecord[]> {
  const all = await db.trustedSigners.toArray();
  return all.filter((signer) => signer.deletedAt === null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function addTrustedSigner(
  db: FirebreakDatabase,
  actor: Actor,
  input: TrustedSignerDraftInput,
): Promise<TrustedSignerRecord> {
  const draft = parseOrRefuse(trustedSignerDraftSchema, 'trusted signer', input);
  return writeTransaction(db, actor, async (writer) => {
    const same = await db.trustedSigners.where('fingerprint').equals(draft.fingerprint).toArray();
    const active = same.find((signer) => signer.deletedAt === null);
    refuseIf(
      active === undefined
        ? undefined
        : `${formatFingerprint(draft.fingerprint)} is already trusted as “${active.label}”.`,
    );
    return writer.create('trustedSigner', { ...draft, removedReason: null });
  });
}

export async function removeTrustedSigner(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  reasonInput: string,
): Promise<void> {
  const reason = parseOrRefuse(removalReasonSchema, 'removal', reasonInput);
  await writeTransaction(db, actor, async (writer) => {
    const current = await db.trustedSigners.get(id);
    refuseIf(current === undefined || current.deletedAt !== null ? 'This signer is no longer trusted.' : undefined);
    if (current) writer.softDelete('trustedSigner', current, { removedReason: reason });
  });
}

/** The trust store file: every trusted signer, plus this installation's own identities (given by the host). */
export function trustStoreOf(
  signers: readonly TrustedSignerRecord[],
  ownIdentities: readonly { readonly fingerprint: string; readonly label: string; readonly since: string }[],
  exportedBy: string,
): TrustStore {
  return {
    format: TRUST_STORE_FORMAT,
    version: 1,
    signers: [
      ...ownIdentities.map((own) => ({
        kind: 'x509-sha256' as const,
        fingerprint: own.fingerprint,
        label: own.label,
        addedBy: exportedBy,
        addedAt: own.since,
        reason: 'This installation’s own signing identity.',
      })),
      ...signers.map((signer) => ({
        kind: signer.kind,
        fingerprint: signer.fingerprint,
        label: signer.label,
        addedBy: signer.createdBy,
        addedAt: signer.createdAt,
        reason: signer.reason,
      })),
    ],
  };
}
