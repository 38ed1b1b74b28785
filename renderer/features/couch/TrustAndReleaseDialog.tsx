/**
 * Trusts the installation that signed a quarantined revision (an `ed25519-sha256` trusted signer, with the reason
 * you trust it: audited) and releases every quarantined revision it signed, judged again through the pull's checks.
 * A revision that still fails (altered after signing) stays quarantined with its reason.
 */
import { trustedSignerDraftSchema } from '../../../shared/domain/trust/trustedSigner';
import { formatFingerprint } from '../../../shared/reports/trust';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { releaseQuarantined } from '../../db/couch/quarantine';
import type { QuarantinedRevision } from '../../db/couch/storage';
import { addTrustedSigner, liveTrustedSigners } from '../../db/trust/trustedSigners';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { showToast } from '../../ui/toastStore';
import { useReasonedAction } from '../../ui/useReasonedAction';
import { appLiveSyncContext } from './appLiveSyncContext';

export function TrustAndReleaseDialog({
  row,
  all,
  databaseUrl,
  onClose,
}: {
  readonly row: QuarantinedRevision;
  readonly all: readonly QuarantinedRevision[];
  readonly databaseUrl: string;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const fingerprint = row.claimedFingerprint ?? '';
  const label = `Firebreak at ${row.claimedSite || 'an unnamed site'} (${(row.claimedInstallation ?? '').slice(0, 12)})`;
  const { problem, busy, run } = useReasonedAction(async (reason) => {
    const trusted = (await liveTrustedSigners(db)).some((signer) => signer.fingerprint === fingerprint);
    if (!trusted) await addTrustedSigner(db, actor, { kind: 'ed25519-sha256', fingerprint, label, reason });
    const keys = all.filter((other) => other.claimedFingerprint === fingerprint).map((other) => other.key);
    const result = await releaseQuarantined(await appLiveSyncContext(db, actor, databaseUrl), keys);
    showToast(
      result.quarantined === 0 ? 'success' : 'error',
      result.quarantined === 0
        ? `Trusted ${label}; ${result.applied} ${result.applied === 1 ? 'revision' : 'revisions'} applied.`
        : `Trusted ${label}; ${result.applied} applied, ${result.quarantined} still quarantined (see the reasons).`,
    );
  }, onClose);

  return (
    <ReasonDialog
      title={`Trust ${label}?`}
      description={`Compare this fingerprint with that installation’s Settings › Live sync, by phone or in person, before you trust it: ${formatFingerprint(fingerprint)}. Its quarantined revisions are then checked again and applied if intact. Trusting it is recorded in the audit log.`}
      fieldLabel="Why you trust it"
      confirmLabel="Trust and release"
      textSchema={trustedSignerDraftSchema.shape.reason}
      error={problem}
      busy={busy}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
