/** Asks why a signer is no longer trusted before removing it; the removal and its reason are audited. */
import { removalReasonSchema, type TrustedSignerRecord } from '../../../shared/domain/trust/trustedSigner';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { removeTrustedSigner } from '../../db/trust/trustedSigners';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useReasonedAction } from '../../ui/useReasonedAction';

export function RemoveTrustedSignerDialog({
  signer,
  onClose,
}: {
  readonly signer: TrustedSignerRecord;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const { problem, busy, run } = useReasonedAction(
    (reason) => removeTrustedSigner(db, actor, signer.id, reason),
    onClose,
  );

  return (
    <ReasonDialog
      alert
      destructive
      title={`Stop trusting ${signer.label}?`}
      description="Reports and bundles it signed will then show as signed by an untrusted signer. The removal and its reason are recorded in the audit log."
      fieldLabel="Why it is no longer trusted"
      confirmLabel="Stop trusting"
      cancelLabel="Keep trusting"
      textSchema={removalReasonSchema}
      error={problem}
      busy={busy}
      onConfirm={run}
      onClose={onClose}
    />
  );
}
