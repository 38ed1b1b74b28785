/** Asks why a signer is no longer trusted before removing it; the removal and its reason are audited. */
import { useState } from 'react';
import { removalReasonSchema, type TrustedSignerRecord } from '../../../shared/domain/trust/trustedSigner';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { removeTrustedSigner } from '../../db/trust/trustedSigners';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';

export function RemoveTrustedSignerDialog({
  signer,
  onClose,
}: {
  readonly signer: TrustedSignerRecord;
  readonly onClose: () => void;
}) {
  const db = useDatabase();
  const { actor } = useSession();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const remove = async (): Promise<void> => {
    const parsed = removalReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await removeTrustedSigner(db, actor, signer.id, parsed.data);
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      size="sm"
      role="alertdialog"
      title={`Stop trusting ${signer.label}?`}
      description="Reports and bundles it signed will then show as signed by an untrusted signer. The removal and its reason are recorded in the audit log."
      onClose={onClose}
      footer={
        <>
          <Button data-autofocus onClick={onClose}>
            Keep trusting
          </Button>
          <Button variant="danger" busy={busy} onClick={() => void remove()}>
            Stop trusting
          </Button>
        </>
      }
    >
      <Field label="Why it is no longer trusted" error={problem}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
