/**
 * What can be done with one item: verify, export, place or lift legal hold, record a transfer, delete (soft, with a
 * reason). Refusals come from the write path (legal hold, legal review mode) and are shown in words.
 */
import { useId, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { deleteEvidence, liftLegalHold, placeLegalHold } from '../../db/evidence/evidence';
import { Button } from '../../ui/Button';
import { describeError } from '../../ui/errorMessage';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/toastStore';
import { formatBytes } from '../../../shared/domain/byteSize';
import { custodyReasonSchema, type EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { exportEvidenceItem } from './exportEvidence';
import { EditDetailsDialog } from './EditDetailsDialog';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { verifyEvidenceItem } from './verifyEvidence';
import { TransferDialog } from './TransferDialog';

type Pending = 'hold' | 'lift' | 'transfer' | 'delete' | null;
type ReasonPending = Exclude<Pending, 'transfer' | null>;

const DIALOGS = {
  hold: {
    title: 'Place legal hold',
    description: 'While on hold the item cannot be deleted or altered.',
    fieldLabel: 'Reason for the hold',
    confirmLabel: 'Place hold',
  },
  lift: {
    title: 'Lift legal hold',
    description: 'The item can be changed or deleted again once the hold is lifted.',
    fieldLabel: 'Reason for lifting',
    confirmLabel: 'Lift hold',
  },
  delete: {
    title: 'Delete evidence item',
    description: 'The item is marked deleted with your reason; its custody log is kept.',
    fieldLabel: 'Reason for deleting',
    confirmLabel: 'Delete item',
  },
} as const satisfies Record<ReasonPending, unknown>;

export function EvidenceActions({ item, reviewOn }: { readonly item: EvidenceItem; readonly reviewOn: boolean }) {
  const db = useDatabase();
  const { actor } = useSession();
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [progress, setProgress] = useState<{ label: string; done: number } | null>(null);
  const holdNoteId = useId();

  const verify = async (): Promise<void> => {
    setProgress({ label: 'Verifying', done: 0 });
    try {
      const result = await verifyEvidenceItem(db, actor, item, (done) => setProgress({ label: 'Verifying', done }));
      if (result.verification.state === 'intact') showToast('success', `${item.name} verified intact.`);
      else showToast('error', `HASH MISMATCH: ${item.name} no longer matches the hash recorded at intake.`);
    } catch (caught) {
      showToast('error', describeError(caught));
    } finally {
      setProgress(null);
    }
  };

  const exportItem = async (): Promise<void> => {
    setProgress({ label: 'Exporting', done: 0 });
    try {
      const outcome = await exportEvidenceItem(db, actor, item, (done) => setProgress({ label: 'Exporting', done }));
      if (outcome.status === 'cancelled') return;
      if (outcome.matches) showToast('success', `Exported to ${outcome.path}; its SHA-256 matches.`);
      else showToast('error', `Exported to ${outcome.path}, but the written file's SHA-256 does not match.`);
    } catch (caught) {
      showToast('error', describeError(caught));
    } finally {
      setProgress(null);
    }
  };

  const confirm = async (text: string): Promise<void> => {
    setBusy(true);
    setError('');
    try {
      if (pending === 'hold') await placeLegalHold(db, actor, item.id, text);
      if (pending === 'lift') await liftLegalHold(db, actor, item.id, text);
      if (pending === 'delete') await deleteEvidence(db, actor, item.id, text);
      setPending(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="evidence-actions">
      <div className="evidence-action-buttons">
        <Button icon="check" busy={progress?.label === 'Verifying'} onClick={() => void verify()}>
          Verify
        </Button>
        <Button icon="arrowLeft" busy={progress?.label === 'Exporting'} onClick={() => void exportItem()}>
          Export
        </Button>
        {reviewOn ? null : item.hold ? (
          <Button icon="shield" onClick={() => setPending('lift')}>
            Lift legal hold
          </Button>
        ) : (
          <Button icon="shield" onClick={() => setPending('hold')}>
            Place legal hold
          </Button>
        )}
        {reviewOn ? null : (
          <>
            <Button
              icon="edit"
              disabled={item.hold !== null}
              aria-describedby={item.hold ? holdNoteId : undefined}
              onClick={() => setEditing(true)}
            >
              Edit details
            </Button>
            <Button icon="refresh" onClick={() => setPending('transfer')}>
              Record transfer
            </Button>
            <Button
              icon="trash"
              variant="danger"
              disabled={item.hold !== null}
              aria-describedby={item.hold ? holdNoteId : undefined}
              onClick={() => setPending('delete')}
            >
              Delete
            </Button>
          </>
        )}
      </div>
      {item.hold && !reviewOn ? (
        <p className="field-hint" id={holdNoteId}>
          On legal hold: it cannot be edited or deleted until the hold is lifted. It can still be verified, exported and
          handed over.
        </p>
      ) : null}
      {progress ? (
        <ProgressBar
          label={`${progress.label} ${item.name}`}
          value={progress.done}
          max={item.size}
          detail={`${formatBytes(progress.done)} of ${formatBytes(item.size)}`}
        />
      ) : null}
      {editing ? <EditDetailsDialog item={item} onClose={() => setEditing(false)} /> : null}
      {pending === 'transfer' ? <TransferDialog item={item} onClose={() => setPending(null)} /> : null}
      {pending && pending !== 'transfer' ? (
        <ReasonDialog
          {...DIALOGS[pending]}
          textSchema={custodyReasonSchema}
          destructive={pending === 'delete'}
          error={error}
          busy={busy}
          onConfirm={(text) => void confirm(text)}
          onClose={() => {
            setPending(null);
            setError('');
          }}
        />
      ) : null}
    </div>
  );
}
